package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.model.ProjectActiveFilter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "Host", "Content-Length", "content-type", "TRANSFER-ENCODING",
      "Connection"})
  void everyHeaderTogglkitOwnsIsRefusedWhateverItsCase(String name) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RequestOptions.builder().header(name, "x"));
    assertEquals("header " + name + " is set by togglkit and cannot be replaced per call", e.getMessage());
  }

  static List<Arguments> nulls() {
    RequestOptions.Builder builder = RequestOptions.builder();
    return List.of(
        Arguments.of("query parameter name", (Executable) () -> builder.queryParameter(null, "v"),
            "query parameter name must not be null or blank"),
        Arguments.of("query parameter value", (Executable) () -> builder.queryParameter("tag", null),
            "query parameter tag: value must not be null"),
        Arguments.of("header name", (Executable) () -> builder.header(null, "v"),
            "header name must not be null or empty"),
        Arguments.of("header value", (Executable) () -> builder.header("X-A", null),
            "header X-A: value must be non-null text without line breaks or control characters"));
  }

  @ParameterizedTest(name = "null {0}")
  @MethodSource("nulls")
  void aNullNameOrValueIsRefusedNamingIt(String what, Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void extrasWithSecretLookingNamesAreMaskedInLogLines() throws InterruptedException {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(json(200, "{\"id\":2}"));
    RequestOptions extra = RequestOptions.builder()
        .header("X-Api-Key", "k3y-v4lue").header("X-Trace", "visible-1")
        .queryParameter("api_token", "t0k3n-v4lue").queryParameter("tag", "visible-2").build();

    trackBuilder().httpLogger(lines::add).build().clients().getClient(1L, 2L).withOptions(extra).execute();

    assertEquals("k3y-v4lue", server.takeRequest().getHeader("X-Api-Key"), "sent as given");
    String log = String.join("\n", lines);
    assertTrue(log.contains("X-Api-Key: ****"), log);
    assertTrue(log.contains("X-Trace: visible-1") && log.contains("tag=visible-2"), log);
    assertFalse(log.contains("k3y-v4lue") || log.contains("t0k3n-v4lue"), log);
  }

  @Test
  void toStringShowsNamesNeverValues() {
    String shown = RequestOptions.builder().header("X-Api-Secret", "s3cr3t")
        .queryParameter("token", "t0k3n").build().toString();
    assertTrue(shown.contains("X-Api-Secret") && shown.contains("token"), shown);
    assertFalse(shown.contains("s3cr3t") || shown.contains("t0k3n"), shown);
  }
}
