package dev.togglkit.internal;

import dev.togglkit.internal.json.TogglMoshi;
import java.time.Duration;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Turns {@link ClientSettings} into the HTTP stack both clients share the shape of: OkHttp with
 * our interceptors, Retrofit only to build requests ({@link RequestCapture}), Moshi for JSON and
 * {@link TogglCallAdapterFactory} for the call shape. The order of the interceptors is the design;
 * {@code ClientAssemblyTest} checks all of it.
 *
 * <table>
 *   <caption>Interceptor order, outermost first, and why each sits where it does</caption>
 *   <tr><th>#</th><th>interceptor</th><th>why here</th></tr>
 *   <tr><td colspan="3">application interceptors (once per call, or per attempt below retry)</td></tr>
 *   <tr><td>1</td><td>{@link UnexpectedFailureInterceptor}</td><td>outermost, before even the
 *     user's own: any RuntimeException below it (theirs, ours, a logger's) leaves OkHttp as a
 *     {@link Tunnel}, so the connection is released and an async call reports it</td></tr>
 *   <tr><td>2</td><td>the user's application interceptors (from a given OkHttpClient)</td><td>they
 *     see the call once, as sent by the caller, and their failures are typed by #1</td></tr>
 *   <tr><td>3</td><td>{@link DefaultHeadersInterceptor}</td><td>credentials, User-Agent and Accept
 *     before retry, so every attempt carries them, and after the user's, so theirs cannot drop
 *     the credentials</td></tr>
 *   <tr><td>4</td><td>{@link RequestOptionsInterceptor}</td><td>a call's own timeouts, extra query
 *     parameters and headers apply to the rest of the chain, every attempt included; after the
 *     default headers, so an extra header is not overwritten by them</td></tr>
 *   <tr><td>5</td><td>{@link PerCallRetryInterceptor}</td><td>above pacing and logging, so each
 *     attempt is paced, counted and logged; above the guards, so a refused follow-up reaches it
 *     as the response it is; its waits count against the call timeout</td></tr>
 *   <tr><td>6</td><td>{@link PacingInterceptor}</td><td>per attempt: the rate limiter's slot, the
 *     fail-fast quota check, the attempt count and the one parse of the quota headers</td></tr>
 *   <tr><td>7</td><td>{@link RedactingLoggingInterceptor} (when a logger is set)</td><td>below
 *     pacing, so a request is logged when it is actually sent and not when it is refused</td></tr>
 *   <tr><td>8</td><td>{@link LiveConnectionCheck#application()}</td><td>re-sends on a fresh
 *     connection only what its network half proved unsent; below logging, so that does not log
 *     twice</td></tr>
 *   <tr><td>9</td><td>{@link FollowUpGuard#application()}</td><td>last: opens the per-attempt
 *     record its network half reads, and returns the kept response when a follow-up is
 *     refused</td></tr>
 *   <tr><td colspan="3">OkHttp's RetryAndFollowUpInterceptor, bridge, cache, connect</td></tr>
 *   <tr><td>10</td><td>the user's network interceptors</td><td>they see each exchange on the
 *     wire, follow-ups included</td></tr>
 *   <tr><td>11</td><td>{@link FollowUpGuard#network()}</td><td>next to the wire: refuses a
 *     follow-up before a byte is written</td></tr>
 *   <tr><td>12</td><td>{@link LiveConnectionCheck#network()}</td><td>last before the wire, after
 *     OkHttp chose the connection: probes a reused HTTP/1 connection before a POST or PATCH</td></tr>
 * </table>
 *
 * <p>OkHttp's own connection-failure retry is switched off: the retry interceptor is the only
 * place that decides what is safe to send twice.
 */
final class ClientAssembly {

  private ClientAssembly() {}

  static Retrofit retrofit(ClientSettings settings, ClientState state, OkHttpClient http) {
    Failures failures = new Failures(settings.clock(), Secrets.of(settings.credentials()));
    return new Retrofit.Builder()
        .baseUrl(settings.baseUrl())
        // Retrofit only builds requests; HttpTogglCall makes the one OkHttp call on http.
        .callFactory(new RequestCapture())
        .addCallAdapterFactory(new TogglCallAdapterFactory(failures, state, http))
        .addConverterFactory(new FieldNamingBodyConverterFactory(TogglMoshi.get()))
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
    // included. Its other follow-ups (redirects, authenticators, 503 with Retry-After: 0) are
    // FollowUpGuard's. The order below is the table above.
    http.retryOnConnectionFailure(false);
    http.interceptors().add(0, new UnexpectedFailureInterceptor());
    http.addInterceptor(new DefaultHeadersInterceptor(settings.credentials(), settings.userAgent()));
    http.addInterceptor(new RequestOptionsInterceptor(state.contexts()));
    http.addInterceptor(new PerCallRetryInterceptor(settings.retryPolicy(), settings.sleeper(),
        settings.clock(), settings.random(), settings.httpLogger(),
        Secrets.of(settings.credentials()), state.contexts()));
    RateLimiter limiter = settings.rateLimit() == null
        ? null
        : new RateLimiter(settings.rateLimit(), settings.nanoTime(), settings.sleeper());
    http.addInterceptor(new PacingInterceptor(limiter, state.quotaMemory(),
        settings.failFastOnExhaustedQuota(), settings.nanoTime(), state.contexts()));
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
