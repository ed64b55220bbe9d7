package dev.togglkit;

import dev.togglkit.internal.ClientSettings;
import dev.togglkit.internal.ClientTimeHook;
import dev.togglkit.internal.Credentials;
import dev.togglkit.internal.RateLimit;
import dev.togglkit.internal.Sleeper;
import dev.togglkit.internal.UserAgent;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What {@link TogglTrack.Builder} and {@link TogglFocus.Builder} have in common: base URL, HTTP
 * client, timeouts, retries, pacing and logging. Every setter checks its argument at once and throws
 * {@link IllegalArgumentException} naming it, so a mistake shows before any request.
 *
 * <p>Default timeouts: connect 10 s, read 30 s, write 30 s, whole call (including retries) 60 s.
 * When {@link #okHttpClient(OkHttpClient)} is given, its own timeouts are kept unless set here.
 *
 * @param <B> the concrete builder, so chained calls keep their type
 */
public abstract class TogglClientBuilder<B extends TogglClientBuilder<B>> {

  static {
    // togglkit-testing's way to the package-private time setters below (see ClientTimeHook).
    ClientTimeHook.register((builder, clock, sleeper, nanoTime) -> {
      builder.clock(clock);
      builder.sleeper(sleeper);
      builder.nanoTime(nanoTime);
    });
  }

  final ClientSettings.Builder settings = ClientSettings.builder();

  TogglClientBuilder(String defaultBaseUrl) {
    settings.baseUrl(HttpUrl.get(defaultBaseUrl));
  }

  abstract B self();

  /** The API root; a trailing slash is added when missing. For tests, proxies and mock servers. */
  public B baseUrl(String baseUrl) {
    if (baseUrl == null || baseUrl.trim().isEmpty()) {
      throw new IllegalArgumentException("baseUrl must not be null or blank");
    }
    HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
    }
    if (parsed.querySize() > 0 || parsed.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + baseUrl);
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      // It would show in logs and messages; credentials have their own setters, which redact them.
      throw new IllegalArgumentException(
          "baseUrl must not carry a user name or password; set credentials with their own methods");
    }
    String path = parsed.encodedPath();
    settings.baseUrl(path.endsWith("/") ? parsed : parsed.newBuilder().encodedPath(path + "/").build());
    return self();
  }

  /** The API root as a URI; see {@link #baseUrl(String)}. */
  public B baseUrl(URI baseUrl) {
    if (baseUrl == null) {
      throw new IllegalArgumentException("baseUrl must not be null");
    }
    return baseUrl(baseUrl.toString());
  }

  /**
   * An OkHttp client to build on, e.g. to share its connection pool or add a proxy. togglkit
   * derives its own with {@code newBuilder()}: the given client is not changed, its interceptors
   * run first, and its own connection-failure retry is turned off in the derived client. Its
   * dispatcher and connection pool stay yours: closing the togglkit client leaves them running.
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    if (okHttpClient == null) {
      throw new IllegalArgumentException("okHttpClient must not be null");
    }
    settings.okHttpClient(okHttpClient);
    return self();
  }

  /** Time to establish a connection; zero means none. Default 10 s. */
  public B connectTimeout(Duration timeout) {
    settings.connectTimeout(timeout("connectTimeout", timeout));
    return self();
  }

  /** Longest silence while reading a response; zero means none. Default 30 s. */
  public B readTimeout(Duration timeout) {
    settings.readTimeout(timeout("readTimeout", timeout));
    return self();
  }

  /** Longest stall while sending a request; zero means none. Default 30 s. */
  public B writeTimeout(Duration timeout) {
    settings.writeTimeout(timeout("writeTimeout", timeout));
    return self();
  }

  /**
   * The whole call, including retries, their waits and any wait for the rate limiter; zero means
   * none. Default 60 s.
   */
  public B callTimeout(Duration timeout) {
    settings.callTimeout(timeout("callTimeout", timeout));
    return self();
  }

  /** When to retry; {@link RetryPolicy#defaults()} unless set, {@link RetryPolicy#none()} to turn off. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    if (retryPolicy == null) {
      throw new IllegalArgumentException("retryPolicy must not be null (use RetryPolicy.none())");
    }
    settings.retryPolicy(retryPolicy);
    return self();
  }

  /**
   * Names the application in the {@code User-Agent} header, ahead of togglkit's own token:
   * {@code appInfo("myapp", "1.2")} sends {@code User-Agent: myapp/1.2 togglkit/<version>}, so
   * Toggl (and your proxy's logs) can tell your traffic apart. Both are product tokens (RFC 9110):
   * visible ASCII without spaces, slashes or separators such as {@code ( ) < > @ , ; : \ " [ ] ? = { }}.
   *
   * @throws IllegalArgumentException naming the argument when it is null, empty or not a token
   */
  public B appInfo(String name, String version) {
    settings.userAgent(UserAgent.withApplication(name, version));
    return self();
  }

  /** Receives request and response lines with credentials redacted; none by default. */
  public B httpLogger(HttpLogger httpLogger) {
    if (httpLogger == null) {
      throw new IllegalArgumentException("httpLogger must not be null");
    }
    settings.httpLogger(httpLogger);
    return self();
  }

  /**
   * Paces every call of the client: at most {@code permits} requests in any window of {@code per},
   * sent evenly spaced ({@code per / permits} apart, no bursts). Toggl answers 429 beyond about one
   * request per second, so {@code rateLimit(1, Duration.ofSeconds(1))} keeps a job clear of it.
   *
   * <p>Shared by all threads using this client and fair: requests go out in the order they asked.
   * Retries wait their turn too. A request sleeps on its own thread until its slot; when the slot
   * lies beyond what is left of the call timeout it fails at once with a {@link dev.togglkit.errors.TogglIoException}
   * whose {@code isTimeout()} is true, without being sent. Off by default.
   *
   * @throws IllegalArgumentException when permits or per is not positive, or the spacing would be
   *     under a microsecond
   */
  public B rateLimit(int permits, Duration per) {
    settings.rateLimit(RateLimit.of(permits, per));
    return self();
  }

  /**
   * When on, a call fails with {@link dev.togglkit.errors.QuotaExceededException} without being sent while the last
   * response this client saw said 0 requests remain ({@code X-Toggl-Quota-Remaining: 0}) and its
   * reset time ({@code X-Toggl-Quota-Resets-In}) has not passed. Saves a request that could only
   * earn a 402. Off by default: the request goes out and Toggl decides.
   */
  public B failFastOnExhaustedQuota(boolean failFast) {
    settings.failFastOnExhaustedQuota(failFast);
    return self();
  }

  /** Tests replace the real sleep between retries. */
  B sleeper(Sleeper sleeper) {
    settings.sleeper(sleeper);
    return self();
  }

  /** Tests fix the clock that Retry-After dates are measured against. */
  B clock(Clock clock) {
    settings.clock(clock);
    return self();
  }

  /** Tests fake the monotonic time the rate limiter measures. */
  B nanoTime(LongSupplier nanoTime) {
    settings.nanoTime(nanoTime);
    return self();
  }

  /** Tests make jitter predictable. */
  B random(DoubleSupplier random) {
    settings.random(random);
    return self();
  }

  void credentials(Credentials credentials) {
    settings.credentials(credentials);
  }

  /**
   * The settings of a client about to be built.
   *
   * @throws IllegalArgumentException naming the credential setters when none was called
   */
  ClientSettings complete(String clientName, String credentialSetters) {
    if (!settings.hasCredentials()) {
      throw new IllegalArgumentException(clientName + " needs credentials: call " + credentialSetters);
    }
    return settings.build();
  }

  /** Reads a credential from the environment, naming the variable when it is missing. */
  static String fromEnvironment(Function<String, String> env, String name) {
    String value = env.apply(name);
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalArgumentException("environment variable " + name + " is not set or blank");
    }
    return value;
  }

  private static Duration timeout(String name, Duration value) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return getClass().getEnclosingClass().getSimpleName() + ".Builder[" + settings.describe() + "]";
  }
}
