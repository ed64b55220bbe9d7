package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.TogglTrack;
import dev.togglkit.track.model.ClientPayload;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading the fake's state without a request: what it shows, and what it must not touch. */
@TogglFakeTest
class FakeSnapshotTest {

  @Test
  void showsWhatRequestsAndSeedsCreated(TogglFake fake, TogglTrack track) {
    WorkspaceSeed ws = fake.seed().workspace();
    long project = ws.project(ProjectSeed.named("Web").client(ws.client("Seeded")));
    ws.projectUser(ProjectUserSeed.of(project, fake.userId()).manager(true));
    track.clients().createClient(ws.id(), new ClientPayload().name("Acme Corp")).execute();

    WorkspaceSnapshot snapshot = fake.snapshot().workspace(ws.id());

    assertEquals(List.of("Seeded", "Acme Corp"), snapshot.clients().stream().map(ClientSnapshot::name)
        .collect(Collectors.toList()));
    assertEquals(fake.userId(), snapshot.client("Acme Corp").orElseThrow().creatorId());
    assertEquals("Web", snapshot.projects().get(0).name());
    assertEquals(snapshot.client("Seeded").orElseThrow().id(), snapshot.projects().get(0).clientId());
    assertTrue(snapshot.projectUsers().get(0).manager());
    assertEquals(List.of(ws.id()), fake.snapshot().workspaces().stream().map(WorkspaceSnapshot::id)
        .collect(Collectors.toList()));
  }

  @Test
  void sendsNoRequestAndSpendsNoLimit(TogglFake fake, TogglTrack track) {
    long workspace = fake.seed().workspace().id();
    fake.limits().hourlyQuota(1).rateLimit(1, 1);

    for (int i = 0; i < 5; i++) {
      fake.snapshot();
    }

    assertTrue(fake.received().isEmpty());
    assertEquals(List.of(), track.clients().listClients(workspace).execute(), "the one request the limits allow");
  }

  @Test
  void isACopyThatLaterRequestsDoNotChange(TogglFake fake, TogglTrack track) {
    long workspace = fake.seed().workspace().id();
    FakeSnapshot before = fake.snapshot();

    track.clients().createClient(workspace, new ClientPayload().name("Acme Corp")).execute();

    assertTrue(before.workspace(workspace).clients().isEmpty());
    assertFalse(fake.snapshot().workspace(workspace).clients().isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> before.workspace(workspace).clients().clear());
  }

  @Test
  void anUnknownWorkspaceIsNamed(TogglFake fake) {
    long known = fake.seed().workspace().id();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fake.snapshot().workspace(42));

    assertEquals("the fake has no workspace 42; it has [" + known + "]", e.getMessage());
  }
}
