package dev.togglkit.internal;

import dev.togglkit.internal.json.TogglMoshi;
import java.time.Duration;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Turns {@link ClientSettings} into the HTTP stack both clients share the shape of: OkHttp with
 * our interceptors, Moshi for JSON and {@link TogglCallAdapterFactory} for the call shape.
 * Application interceptors, outermost first: {@link UnexpectedFailureInterceptor} (before even the
 * user's own), the user's, headers, per-call options, retry, pacing, logging (so each attempt is
 * paced and logged), {@link LiveConnectionCheck} and {@link FollowUpGuard}; network interceptors:
 * the user's, then the guard's and the check's halves next to the wire.
 */
final class ClientAssembly {

  private ClientAssembly() {}

  static Retrofit retrofit(ClientSettings settings, ClientState state, OkHttpClient http) {
    return new Retrofit.Builder()
        .baseUrl(settings.baseUrl())
        .client(http)
        .addCallAdapterFactory(new TogglCallAdapterFactory(
            settings.clock(), state, Secrets.of(settings.credentials())))
        .addConverterFactory(MoshiConverterFactory.create(TogglMoshi.get()))
        .build();
  }

  static OkHttpClient okHttpClient(ClientSettings settings, ClientState state) {
    OkHttpClient.Builder http;
    if (settings.okHttpClient() == null) {
      http = new OkHttpClient.Builder()
          .connectTimeout(ClientSettings.DEFAULT_CONNECT_TIMEOUT)
          .readTimeout(ClientSettings.DEFAULT_READ_TIMEOUT)
          .writeTimeout(ClientSettings.DEFAULT_WRITE_TIMEOUT)
          .callTimeout(ClientSettings.DEFAULT_CALL_TIMEOUT);
    } else {
      // newBuilder shares the user's connection pool and dispatcher and keeps their interceptors.
      http = settings.okHttpClient().newBuilder();
    }
    setIfPresent(settings.connectTimeout(), http::connectTimeout);
    setIfPresent(settings.readTimeout(), http::readTimeout);
    setIfPresent(settings.writeTimeout(), http::writeTimeout);
    setIfPresent(settings.callTimeout(), http::callTimeout);
    // OkHttp would otherwise resend a request on a failed connection (and after a 408), POSTs
    // included; the retry interceptor is the only place that decides what is safe to send twice.
    // Its other follow-ups (redirects, authenticators, 503 with Retry-After: 0) are FollowUpGuard's.
    http.retryOnConnectionFailure(false);
    http.interceptors().add(0, new UnexpectedFailureInterceptor());
    http.addInterceptor(new DefaultHeadersInterceptor(settings.credentials(), UserAgent.value()));
    http.addInterceptor(new RequestOptionsInterceptor());
    http.addInterceptor(new PerCallRetryInterceptor(
        settings.retryPolicy(), settings.sleeper(), settings.clock(), settings.random()));
    RateLimiter limiter = settings.rateLimit() == null
        ? null
        : new RateLimiter(settings.rateLimit(), settings.nanoTime(), settings.sleeper());
    http.addInterceptor(new PacingInterceptor(limiter, state.quotaMemory(),
        settings.failFastOnExhaustedQuota(), settings.nanoTime()));
    if (settings.httpLogger() != null) {
      http.addInterceptor(new RedactingLoggingInterceptor(
          settings.httpLogger(), Secrets.of(settings.credentials())));
    }
    LiveConnectionCheck liveConnections = new LiveConnectionCheck();
    FollowUpGuard followUps = new FollowUpGuard();
    http.addInterceptor(liveConnections.application());
    http.addInterceptor(followUps.application());
    http.addNetworkInterceptor(followUps.network());
    http.addNetworkInterceptor(liveConnections.network());
    return http.build();
  }

  private interface DurationSetter {
    void set(Duration duration);
  }

  private static void setIfPresent(Duration value, DurationSetter setter) {
    if (value != null) {
      setter.set(value);
    }
  }
}
