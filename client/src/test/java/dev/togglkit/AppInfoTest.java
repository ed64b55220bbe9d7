package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The application's own product token goes in front of togglkit's in User-Agent. */
class AppInfoTest extends MockServerTest {

  private String userAgentSent(TogglTrack.Builder builder) throws InterruptedException {
    server.enqueue(json(200, "{\"id\":2}"));
    things(builder).getThing(1L, 2L).execute();
    RecordedRequest request = server.takeRequest();
    return request.getHeader("User-Agent");
  }

  @Test
  void appTokenComesFirst() throws InterruptedException {
    String userAgent = userAgentSent(trackBuilder().appInfo("myapp", "1.2"));
    assertTrue(userAgent.matches("myapp/1\\.2 togglkit/\\S+"), userAgent);
  }

  @Test
  void withoutAppInfoOnlyTogglkit() throws InterruptedException {
    assertTrue(userAgentSent(trackBuilder()).matches("togglkit/\\S+"));
  }

  @Test
  void tokensAreValidated() {
    assertEquals("appInfo name must be a token (visible ASCII, no spaces or separators such as"
        + " / ( ) ; :), found U+0020 at index 2",
        assertThrows(IllegalArgumentException.class,
            () -> TogglTrack.builder().appInfo("my app", "1")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> TogglTrack.builder().appInfo("app", "1.2\r\nX: y"));
    assertThrows(IllegalArgumentException.class, () -> TogglTrack.builder().appInfo("app/x", "1"));
    assertThrows(IllegalArgumentException.class, () -> TogglTrack.builder().appInfo("app", "é"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> TogglTrack.builder().appInfo(null, "1")).getMessage().contains("appInfo name"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> TogglTrack.builder().appInfo("app", "")).getMessage().contains("appInfo version"));
    TogglFocus.builder().appInfo("sync-job", "2026.11.1+build.7");
  }
}
