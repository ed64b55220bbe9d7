package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.togglkit.errors.BadRequestException;
import dev.togglkit.errors.QuotaExceededException;
import dev.togglkit.TogglTrack;
import dev.togglkit.track.model.ClientPayload;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** {@link TogglFakeTest}'s attributes configure the class's fake, and its limits hold again after each reset. */
@TogglFakeTest(manualClock = true, hourlyQuota = 2, maxClientNameLength = 5)
class TogglFakeTestAttributesTest {

  @RepeatedTest(2)
  void theQuotaIsSetForEveryTestAndResetsOnTheSharedClock(TogglFake fake, TogglTrack track, ManualClock clock) {
    long workspace = fake.seed().workspace().id();
    track.clients().listClients(workspace).execute();
    track.clients().listClients(workspace).execute();

    QuotaExceededException spent = assertThrows(QuotaExceededException.class,
        () -> track.clients().listClients(workspace).execute());

    assertEquals(clock.instant().plus(Duration.ofHours(1)), spent.quota().resetsAt().orElseThrow(),
        "the client measures the reset on the fake's clock");
    assertEquals(spent.quota(), track.quota());
    clock.advance(Duration.ofHours(1));
    track.clients().listClients(workspace).execute();
  }

  @Test
  void clientNamesFollowTheAttribute(TogglFake fake, TogglTrack track) {
    long workspace = fake.seed().workspace().id();

    track.clients().createClient(workspace, new ClientPayload().name("Acme")).execute();
    assertThrows(BadRequestException.class,
        () -> track.clients().createClient(workspace, new ClientPayload().name("Globex")).execute());
  }

  @Test
  void theFakeRunsOnTheInjectedManualClock(TogglFake fake, TogglTrack track, ManualClock clock) {
    long workspace = fake.seed().workspace().id();
    clock.advance(Duration.ofDays(3));

    track.clients().createClient(workspace, new ClientPayload().name("Acme")).execute();

    assertEquals(clock.instant(), fake.snapshot().workspace(workspace).client("Acme").orElseThrow().at(),
        "the fake stamps the client with the injected clock's time");
  }
}
