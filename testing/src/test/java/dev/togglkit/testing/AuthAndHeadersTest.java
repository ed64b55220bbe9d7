package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.testing.Wire.Reply;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Track Basic auth (token or email and password), Focus Bearer, the 401s, and X-Toggl-Request-Id. */
class AuthAndHeadersTest {

  private TogglFake fake;
  private long workspace;

  @BeforeEach
  void start() {
    fake = TogglFake.builder().emailAndPassword("ann@example.com", "s3cret").start();
    workspace = fake.seed().workspace().id();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Reply trackGet(String authorization) {
    return Wire.send("GET", fake.trackBaseUrl() + "workspaces/" + workspace + "/clients", null, authorization);
  }

  private Reply focusGet(String authorization) {
    return Wire.send("GET", fake.focusBaseUrl() + "workspaces/" + workspace + "/clients", null, authorization);
  }

  @Test
  void trackTakesTheApiTokenOrEmailAndPassword() {
    assertEquals(200, trackGet(Credentials.basic(fake.apiToken(), "api_token")).status);
    assertEquals(200, trackGet(Credentials.basic("ann@example.com", "s3cret")).status);
    assertEquals(401, trackGet(Credentials.basic("ann@example.com", "wrong")).status);
    assertEquals(401, trackGet(Credentials.basic("not-a-token", "api_token")).status);
    assertEquals(401, trackGet("Bearer " + fake.focusApiKey()).status, "Track has no Bearer auth");
  }

  @Test
  void focusTakesTheBearerKeyOrEmailAndPassword() {
    assertEquals(200, focusGet("Bearer " + fake.focusApiKey()).status);
    assertEquals(200, focusGet(Credentials.basic("ann@example.com", "s3cret")).status);
    assertEquals(401, focusGet("Bearer toggl_sk_wrong").status);
    assertEquals(401, focusGet(Credentials.basic(fake.apiToken(), "api_token")).status, "no Track tokens on Focus");
  }

  @Test
  void missingCredentialsGet401WithAnEmptyBodyAndTheMissingHeader() {
    Reply track = trackGet(null);
    Reply focus = focusGet(null);
    Reply wrong = trackGet(Credentials.basic("x", "api_token"));

    assertEquals(401, track.status);
    assertEquals("", track.body);
    assertEquals("true", track.header("X-Authorization-Missing"));
    assertEquals(401, focus.status);
    assertEquals("true", focus.header("X-Authorization-Missing"));
    assertNull(wrong.header("X-Authorization-Missing"), "credentials came, they were wrong");
  }

  @Test
  void everyAnswerCarriesADistinctRequestIdAndIsRecordedWithoutCredentials() {
    Reply ok = trackGet(Credentials.basic(fake.apiToken(), "api_token"));
    Reply unauthorized = trackGet(null);
    Reply unknownPath = Wire.send("GET", fake.trackBaseUrl() + "time_entries", null, null);

    assertEquals(32, ok.header("X-Toggl-Request-Id").length());
    assertFalse(ok.header("X-Toggl-Request-Id").equals(unauthorized.header("X-Toggl-Request-Id")));
    assertTrue(unknownPath.header("X-Toggl-Request-Id") != null);
    assertEquals(404, unknownPath.status);
    ReceivedRequest first = fake.received().get(0);
    assertEquals(TogglOperation.TRACK_LIST_CLIENTS, first.operation());
    assertEquals("Basic", first.authScheme());
    assertEquals(ok.header("X-Toggl-Request-Id"), first.requestId());
    assertFalse(first.toString().contains(fake.apiToken()));
    assertNull(fake.received().get(2).operation());
  }
}
