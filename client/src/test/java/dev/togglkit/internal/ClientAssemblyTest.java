package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientAssemblyTest {

  private static ClientSettings.Builder settings() {
    return ClientSettings.builder()
        .baseUrl(HttpUrl.get("https://api.track.toggl.com/api/v9/"))
        .credentials(Credentials.apiToken("t"));
  }

  private static OkHttpClient assemble(ClientSettings settings) {
    return ClientAssembly.okHttpClient(settings, new ClientState("test", Clock.systemUTC(), false));
  }

  @Test
  void freshClientGetsDefaultTimeoutsAndNoSilentRetry() {
    OkHttpClient http = assemble(settings().build());
    assertEquals(10_000, http.connectTimeoutMillis());
    assertEquals(30_000, http.readTimeoutMillis());
    assertEquals(30_000, http.writeTimeoutMillis());
    assertEquals(60_000, http.callTimeoutMillis());
    assertFalse(http.retryOnConnectionFailure());
  }

  @Test
  void givenClientKeepsItsTimeoutsUnlessSetButNeverRetriesSilently() {
    ClientSettings settings = settings()
        .okHttpClient(new OkHttpClient.Builder()
            .readTimeout(Duration.ofSeconds(5)).connectTimeout(Duration.ofSeconds(3)).build())
        .connectTimeout(Duration.ofSeconds(1))
        .build();
    OkHttpClient http = assemble(settings);
    assertEquals(5_000, http.readTimeoutMillis());
    assertEquals(1_000, http.connectTimeoutMillis());
    assertFalse(http.retryOnConnectionFailure());
  }

  @Test
  void theGuardsWrapAGivenClientsOwnInterceptors() {
    okhttp3.Interceptor theirs = chain -> chain.proceed(chain.request());
    okhttp3.Interceptor theirNetwork = chain -> chain.proceed(chain.request());
    OkHttpClient given = new OkHttpClient.Builder().retryOnConnectionFailure(true)
        .addInterceptor(theirs).addNetworkInterceptor(theirNetwork).build();
    OkHttpClient http = assemble(settings().okHttpClient(given).build());
    assertFalse(http.retryOnConnectionFailure());
    assertEquals(UnexpectedFailureInterceptor.class, http.interceptors().get(0).getClass(),
        "outermost, so even a failure of theirs is typed");
    assertEquals(theirs, http.interceptors().get(1));
    assertEquals(theirNetwork, http.networkInterceptors().get(0));
    assertEquals(3, http.networkInterceptors().size(), "theirs, then the two guards next to the wire");
    assertEquals(1, given.networkInterceptors().size(), "their client is unchanged");
  }

  @Test
  void assemblingWithoutCredentialsIsRefused() {
    ClientSettings settings = settings().credentials(null).build();
    assertThrows(IllegalStateException.class, () -> ClientCore.assemble("TogglTrack", settings));
  }
}
