package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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

  /** The whole order of ClientAssembly's table, by type; a change here must change the table. */
  @Test
  void everyInterceptorSitsWhereTheTableSays() {
    okhttp3.Interceptor theirs = chain -> chain.proceed(chain.request());
    okhttp3.Interceptor theirNetwork = chain -> chain.proceed(chain.request());
    OkHttpClient given = new OkHttpClient.Builder()
        .addInterceptor(theirs).addNetworkInterceptor(theirNetwork).build();
    OkHttpClient http = assemble(settings().okHttpClient(given).httpLogger(line -> { })
        .rateLimit(RateLimit.of(1, Duration.ofSeconds(1))).build());

    List<Object> application = new ArrayList<>(http.interceptors());
    assertSame(theirs, application.get(1));
    application.set(1, "theirs");
    assertEquals(List.of(UnexpectedFailureInterceptor.class, "theirs",
            DefaultHeadersInterceptor.class, RequestOptionsInterceptor.class,
            PerCallRetryInterceptor.class, PacingInterceptor.class,
            RedactingLoggingInterceptor.class, LiveConnectionCheck.Application.class,
            FollowUpGuard.Application.class),
        application.stream().map(i -> i instanceof String ? i : i.getClass())
            .collect(Collectors.toList()));

    List<okhttp3.Interceptor> network = http.networkInterceptors();
    assertEquals(3, network.size());
    assertSame(theirNetwork, network.get(0));
    assertEquals(FollowUpGuard.Network.class, network.get(1).getClass());
    assertEquals(LiveConnectionCheck.Network.class, network.get(2).getClass());
  }

  @Test
  void withoutALoggerTheLoggingPositionIsEmpty() {
    OkHttpClient http = assemble(settings().build());
    assertEquals(List.of(UnexpectedFailureInterceptor.class, DefaultHeadersInterceptor.class,
            RequestOptionsInterceptor.class, PerCallRetryInterceptor.class,
            PacingInterceptor.class, LiveConnectionCheck.Application.class,
            FollowUpGuard.Application.class),
        http.interceptors().stream().map(Object::getClass).collect(Collectors.toList()));
  }

  @Test
  void assemblingWithoutCredentialsIsRefused() {
    ClientSettings settings = settings().credentials(null).build();
    assertThrows(IllegalStateException.class, () -> ClientCore.assemble("TogglTrack", settings));
  }
}
