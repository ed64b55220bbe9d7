package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.TogglTrack;
import dev.togglkit.track.model.CurrentUser;
import dev.togglkit.track.model.Workspace;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Workspace discovery: {@code GET /me} and {@code GET /me/workspaces}. */
@TogglFakeTest
class MeTest {

  @Test
  void theDefaultWorkspaceIsTheCallersFirst(TogglFake fake, TogglTrack track) {
    long first = fake.seed().workspace().id();
    fake.seed().workspace();

    CurrentUser me = track.me().getMe().execute();

    assertEquals(first, me.getDefaultWorkspaceId());
    assertEquals(fake.userId(), me.getId());
    assertEquals(fake.email(), me.getEmail());
  }

  @Test
  void aCallerWithoutWorkspaceGetsOneAsAtSignUp(TogglFake fake, TogglTrack track) {
    long workspaceId = track.me().getMe().execute().getDefaultWorkspaceId();

    assertEquals(List.of(workspaceId), fake.snapshot().workspaces().stream().map(WorkspaceSnapshot::id)
        .collect(Collectors.toList()));
    assertTrue(track.clients().listClients(workspaceId).execute().isEmpty(), "the caller may use it");
  }

  @Test
  void listsOnlyTheWorkspacesTheCallerBelongsTo(TogglFake fake, TogglTrack track) {
    long admin = fake.seed().workspace().id();
    long member = fake.seed().workspace().callerIsMember().id();
    fake.seed().workspace().callerIsNotMember();

    List<Workspace> workspaces = track.me().listMyWorkspaces().execute();

    assertEquals(List.of(admin, member), workspaces.stream().map(Workspace::getId).collect(Collectors.toList()));
    assertTrue(workspaces.get(0).getAdmin());
    assertEquals("user", workspaces.get(1).getRole());
    assertFalse(workspaces.get(1).getAdmin());
  }
}
