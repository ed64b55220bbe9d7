package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.PremiumFeatureException;
import dev.togglkit.TogglTrack;
import org.junit.jupiter.api.Test;

/** {@code @TogglFakeTest(premium = false)}: seeded workspaces are on the free plan unless a seed says otherwise. */
@TogglFakeTest(premium = false)
class TogglFakeTestPremiumTest {

  @Test
  void archivingIsAPremiumFeature(TogglFake fake, TogglTrack track) {
    WorkspaceSeed ws = fake.seed().workspace();
    long client = ws.client("Acme");

    assertThrows(PremiumFeatureException.class, () -> track.clients().archiveClient(ws.id(), client).execute());
    assertFalse(fake.snapshot().workspace(ws.id()).premium());
  }

  @Test
  void aSeedStillDecidesPerWorkspace(TogglFake fake, TogglTrack track) {
    WorkspaceSeed ws = fake.seed().workspace().premium(true);
    long client = ws.client("Acme");

    track.clients().archiveClient(ws.id(), client).execute();
    assertTrue(fake.snapshot().workspace(ws.id()).clients().get(0).archived());
  }
}
