package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.model.ProjectActiveFilter;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The escape hatch for what the spec does not know yet: extra query parameters and headers for one
 * call, through {@link RequestOptions}, seen by a loopback server.
 */
class ExtraQueryAndHeadersTest extends MockServerTest {

  @Test
  void extraQueryParametersFollowTheOperationsOwnAndAreEncoded() throws InterruptedException {
    server.enqueue(json(200, "[]"));
    RequestOptions extra = RequestOptions.builder()
        .queryParameter("sort_field", "pinned_at")
        .queryParameter("tag", "a b&c")
        .queryParameter("tag", "d")
        .build();

    TogglTrack track = trackBuilder().build();
    track.projects().listProjects(1L, ListProjectsParams.builder().active(ProjectActiveFilter.BOTH).build())
        .withOptions(extra).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("/api/v9/workspaces/1/projects?active=both&sort_field=pinned_at&tag=a%20b%26c&tag=d",
        request.getPath());
  }

  @Test
  void extraHeadersAreSentAndReplaceTheDefaultOfTheSameName() throws InterruptedException {
    server.enqueue(json(200, "{\"id\":2}"));
    RequestOptions extra = RequestOptions.builder()
        .header("X-Toggl-Beta", "projects-v2")
        .header("User-Agent", "first")
        .header("user-agent", "my-sync/1.4")
        .build();

    trackBuilder().build().clients().getClient(1L, 2L).withOptions(extra).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("projects-v2", request.getHeader("X-Toggl-Beta"));
    assertEquals("my-sync/1.4", request.getHeader("User-Agent"));
    assertTrue(request.getHeader("Authorization").startsWith("Basic "), "credentials untouched");
  }

  @Test
  void otherCallsOfTheSameClientSendNoExtras() throws InterruptedException {
    server.enqueue(json(200, "{\"id\":2}"));
    server.enqueue(json(200, "{\"id\":2}"));
    TogglTrack track = trackBuilder().build();
    track.clients().getClient(1L, 2L)
        .withOptions(RequestOptions.builder().queryParameter("with_deleted", "true").header("X-A", "1").build())
        .execute();
    track.clients().getClient(1L, 2L).execute();

    server.takeRequest();
    RecordedRequest plain = server.takeRequest();
    assertEquals("/api/v9/workspaces/1/clients/2", plain.getPath());
    assertNull(plain.getHeader("X-A"));
  }

  @Test
  void headersTogglkitOwnsAndMalformedOnesAreRefusedNamingThem() {
    RequestOptions.Builder builder = RequestOptions.builder();
    IllegalArgumentException auth = assertThrows(IllegalArgumentException.class,
        () -> builder.header("authorization", "Bearer x"));
    assertEquals("header authorization is set by togglkit and cannot be replaced per call", auth.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.header("X-A", "line\r\nInjected: 1"));
    assertThrows(IllegalArgumentException.class, () -> builder.header("Bad Name", "v"));
    assertThrows(IllegalArgumentException.class, () -> builder.queryParameter(" ", "v"));
  }

  @Test
  void toStringShowsNamesNeverValues() {
    String shown = RequestOptions.builder().header("X-Api-Secret", "s3cr3t")
        .queryParameter("token", "t0k3n").build().toString();
    assertTrue(shown.contains("X-Api-Secret") && shown.contains("token"), shown);
    assertFalse(shown.contains("s3cr3t") || shown.contains("t0k3n"), shown);
  }
}
