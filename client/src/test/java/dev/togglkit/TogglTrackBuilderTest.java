package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.fixtures.ThingsApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class TogglTrackBuilderTest extends MockServerTest {

  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void apiTokenIsSentAsBasicTokenColonApiToken() throws Exception {
    server.enqueue(json(200, "[]"));
    things().listThings(1L, null).execute();
    RecordedRequest request = server.takeRequest();
    assertEquals(basic(TOKEN + ":api_token"), request.getHeader("Authorization"));
  }

  @Test
  void emailAndPasswordAreSentAsBasic() throws Exception {
    server.enqueue(json(200, "[]"));
    things(trackBuilder().emailAndPassword("ada@example.com", "pa:ss wörd"))
        .listThings(1L, null).execute();
    assertEquals(basic("ada@example.com:pa:ss wörd"), server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void userAgentNamesTogglkitAndTheFilteredVersion() throws Exception {
    server.enqueue(json(200, "[]"));
    things().listThings(1L, null).execute();
    String userAgent = server.takeRequest().getHeader("User-Agent");
    assertTrue(userAgent.matches("togglkit/\\d+\\.\\d+\\.\\d+.*"), userAgent);
  }

  @Test
  void nullOrBlankCredentialsFailBeforeAnyRequest() {
    IllegalArgumentException nullToken =
        assertThrows(IllegalArgumentException.class, () -> TogglTrack.builder().apiToken(null));
    assertEquals("apiToken must not be null", nullToken.getMessage());
    IllegalArgumentException blankToken =
        assertThrows(IllegalArgumentException.class, () -> TogglTrack.builder().apiToken("  \t"));
    assertEquals("apiToken must not be blank", blankToken.getMessage());
    IllegalArgumentException noEmail = assertThrows(IllegalArgumentException.class,
        () -> TogglTrack.builder().emailAndPassword(null, "x"));
    assertTrue(noEmail.getMessage().startsWith("email"), noEmail.getMessage());
    IllegalArgumentException noPassword = assertThrows(IllegalArgumentException.class,
        () -> TogglTrack.builder().emailAndPassword("a@b.c", ""));
    assertTrue(noPassword.getMessage().startsWith("password"), noPassword.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> TogglTrack.builder().baseUrl(server.url("/").toString()).build());
    assertTrue(none.getMessage().contains("needs credentials"), none.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void fromEnvReadsTogglApiToken() throws Exception {
    Map<String, String> env = Collections.singletonMap("TOGGL_API_TOKEN", TOKEN);
    TogglTrack track = TogglTrack.builder().apiTokenFromEnv(env::get)
        .baseUrl(server.url("/api/v9/").toString()).build();
    server.enqueue(json(200, "[]"));
    track.create(ThingsApi.class).listThings(1L, null).execute();
    assertEquals(basic(TOKEN + ":api_token"), server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void fromEnvNamesTheMissingVariable() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> TogglTrack.builder().apiTokenFromEnv(name -> null));
    assertTrue(missing.getMessage().contains("TOGGL_API_TOKEN"), missing.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> TogglTrack.builder().apiTokenFromEnv(name -> " "));
    assertTrue(blank.getMessage().contains("TOGGL_API_TOKEN"), blank.getMessage());
  }

  @Test
  void defaultBaseUrlIsTrackV9() {
    assertEquals("https://api.track.toggl.com/api/v9/",
        TogglTrack.builder().apiToken(TOKEN).build().baseUrl().toString());
  }

  @Test
  void baseUrlWithoutTrailingSlashStillKeepsItsPath() throws Exception {
    server.enqueue(json(200, "[]"));
    String base = server.url("/api/v9").toString();
    things(trackBuilder().baseUrl(base)).listThings(7L, "both").execute();
    assertEquals("/api/v9/workspaces/7/things?status=both", server.takeRequest().getPath());
  }

  @Test
  void badSettingsAreRefusedWithTheirName() {
    TogglTrack.Builder builder = TogglTrack.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.baseUrl("not a url"));
    assertThrows(IllegalArgumentException.class, () -> builder.baseUrl("https://x.test/api?token=1"));
    IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
        () -> builder.readTimeout(Duration.ofSeconds(-1)));
    assertTrue(timeout.getMessage().startsWith("readTimeout"));
    assertThrows(IllegalArgumentException.class, () -> builder.connectTimeout(null));
    assertThrows(IllegalArgumentException.class, () -> builder.retryPolicy(null));
    assertThrows(IllegalArgumentException.class, () -> builder.okHttpClient(null));
    assertThrows(IllegalArgumentException.class, () -> builder.httpLogger(null));
  }

  @Test
  void givenOkHttpClientIsBuiltOnNotChanged() throws Exception {
    AtomicInteger seenByUserInterceptor = new AtomicInteger();
    OkHttpClient mine = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seenByUserInterceptor.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();
    server.enqueue(json(200, "[]"));
    things(trackBuilder().okHttpClient(mine)).listThings(1L, null).execute();
    assertEquals(1, seenByUserInterceptor.get());
    assertEquals(1, mine.interceptors().size(), "the user's client must not gain our interceptors");
    assertTrue(mine.retryOnConnectionFailure(), "the user's client keeps its own setting");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    TogglTrack.Builder builder = TogglTrack.builder().apiToken(TOKEN);
    TogglTrack track = builder.build();
    TogglTrack.Builder withPassword = TogglTrack.builder().emailAndPassword("ada@example.com", TOKEN);
    for (String text : new String[] {builder.toString(), track.toString(), withPassword.toString(),
        withPassword.build().toString(), track.create(ThingsApi.class).toString()}) {
      assertFalse(text.contains(TOKEN), text);
      assertFalse(text.contains(Base64.getEncoder().encodeToString(
          (TOKEN + ":api_token").getBytes(StandardCharsets.UTF_8))), text);
    }
    assertTrue(builder.toString().contains("Credentials[apiToken=****]"), builder.toString());
    assertTrue(track.toString().startsWith("TogglTrack[baseUrl=https://api.track.toggl.com/api/v9/"));
  }

  @Test
  void createCachesTheService() {
    TogglTrack track = trackBuilder().build();
    assertTrue(track.create(ThingsApi.class) == track.create(ThingsApi.class));
  }
}
