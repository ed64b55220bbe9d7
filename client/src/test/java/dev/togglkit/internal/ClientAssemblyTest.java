package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientAssemblyTest {

  private static ClientSettings settings() {
    ClientSettings settings = new ClientSettings();
    settings.baseUrl = HttpUrl.get("https://api.track.toggl.com/api/v9/");
    settings.credentials = Credentials.apiToken("t");
    return settings;
  }

  @Test
  void freshClientGetsDefaultTimeoutsAndNoSilentRetry() {
    OkHttpClient http = ClientAssembly.okHttpClient(settings());
    assertEquals(10_000, http.connectTimeoutMillis());
    assertEquals(30_000, http.readTimeoutMillis());
    assertEquals(30_000, http.writeTimeoutMillis());
    assertEquals(60_000, http.callTimeoutMillis());
    assertFalse(http.retryOnConnectionFailure());
  }

  @Test
  void givenClientKeepsItsTimeoutsUnlessSetButNeverRetriesSilently() {
    ClientSettings settings = settings();
    settings.okHttpClient = new OkHttpClient.Builder()
        .readTimeout(Duration.ofSeconds(5)).connectTimeout(Duration.ofSeconds(3)).build();
    settings.connectTimeout = Duration.ofSeconds(1);
    OkHttpClient http = ClientAssembly.okHttpClient(settings);
    assertEquals(5_000, http.readTimeoutMillis());
    assertEquals(1_000, http.connectTimeoutMillis());
    assertFalse(http.retryOnConnectionFailure());
  }

  @Test
  void theGuardsWrapAGivenClientsOwnInterceptors() {
    ClientSettings settings = settings();
    okhttp3.Interceptor theirs = chain -> chain.proceed(chain.request());
    okhttp3.Interceptor theirNetwork = chain -> chain.proceed(chain.request());
    settings.okHttpClient = new OkHttpClient.Builder().retryOnConnectionFailure(true)
        .addInterceptor(theirs).addNetworkInterceptor(theirNetwork).build();
    OkHttpClient http = ClientAssembly.okHttpClient(settings);
    assertFalse(http.retryOnConnectionFailure());
    assertEquals(UnexpectedFailureInterceptor.class, http.interceptors().get(0).getClass(),
        "outermost, so even a failure of theirs is typed");
    assertEquals(theirs, http.interceptors().get(1));
    assertEquals(theirNetwork, http.networkInterceptors().get(0));
    assertEquals(3, http.networkInterceptors().size(), "theirs, then the two guards next to the wire");
    assertEquals(1, settings.okHttpClient.networkInterceptors().size(), "their client is unchanged");
  }

  @Test
  void assemblingWithoutCredentialsIsRefused() {
    ClientSettings settings = settings();
    settings.credentials = null;
    assertThrows(IllegalStateException.class, () -> ClientAssembly.retrofit(settings));
  }
}
