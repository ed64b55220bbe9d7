package dev.togglkit.internal;

import dev.togglkit.HttpLogger;
import dev.togglkit.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What a client builder has collected, handed to {@link ClientCore}. Immutable: a built client
 * cannot be changed through its builder afterwards. The public builders check every value as it
 * is set, so nothing is re-checked here.
 */
public final class ClientSettings {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final OkHttpClient okHttpClient;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final HttpLogger httpLogger;
  private final RateLimit rateLimit;
  private final boolean failFastOnExhaustedQuota;
  private final Sleeper sleeper;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final DoubleSupplier random;
  private final String userAgent;

  private ClientSettings(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.credentials = builder.credentials;
    this.okHttpClient = builder.okHttpClient;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.callTimeout = builder.callTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.httpLogger = builder.httpLogger;
    this.rateLimit = builder.rateLimit;
    this.failFastOnExhaustedQuota = builder.failFastOnExhaustedQuota;
    this.sleeper = builder.sleeper;
    this.clock = builder.clock;
    this.nanoTime = builder.nanoTime;
    this.random = builder.random;
    this.userAgent = builder.userAgent;
  }

  public static Builder builder() {
    return new Builder();
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }

  public Credentials credentials() {
    return credentials;
  }

  /** The user's client to build on; null for a fresh one that the togglkit client owns. */
  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /** Null means "not set": the default for a fresh client, the given client's own otherwise. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  public Duration writeTimeout() {
    return writeTimeout;
  }

  public Duration callTimeout() {
    return callTimeout;
  }

  /** The User-Agent value: {@code togglkit/<version>}, after the application's token when set. */
  public String userAgent() {
    return userAgent;
  }

  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Null when no logger was set. */
  public HttpLogger httpLogger() {
    return httpLogger;
  }

  /** Null when calls are not paced. */
  public RateLimit rateLimit() {
    return rateLimit;
  }

  public boolean failFastOnExhaustedQuota() {
    return failFastOnExhaustedQuota;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  public Clock clock() {
    return clock;
  }

  /** Monotonic nanoseconds for the rate limiter; {@link System#nanoTime()} unless a test fakes it. */
  public LongSupplier nanoTime() {
    return nanoTime;
  }

  public DoubleSupplier random() {
    return random;
  }

  /** A summary without secrets, for builders' and clients' toString(). */
  public String describe() {
    return "baseUrl=" + baseUrl
        + ", credentials=" + (credentials == null ? "none" : credentials.toString())
        + ", connectTimeout=" + orDefault(connectTimeout, DEFAULT_CONNECT_TIMEOUT)
        + ", readTimeout=" + orDefault(readTimeout, DEFAULT_READ_TIMEOUT)
        + ", writeTimeout=" + orDefault(writeTimeout, DEFAULT_WRITE_TIMEOUT)
        + ", callTimeout=" + orDefault(callTimeout, DEFAULT_CALL_TIMEOUT)
        + ", retryPolicy=" + retryPolicy
        + ", rateLimit=" + (rateLimit == null ? "none" : rateLimit.toString())
        + ", failFastOnExhaustedQuota=" + failFastOnExhaustedQuota
        + ", httpLogger=" + (httpLogger == null ? "none" : "set")
        + ", okHttpClient=" + (okHttpClient == null ? "default" : "custom");
  }

  private String orDefault(Duration value, Duration fallback) {
    if (value != null) {
      return value.toString();
    }
    return okHttpClient == null ? fallback.toString() : "(from okHttpClient)";
  }

  /** Collects settings; the public builders validate before calling these setters. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private Credentials credentials;
    private OkHttpClient okHttpClient;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private HttpLogger httpLogger;
    private RateLimit rateLimit;
    private boolean failFastOnExhaustedQuota;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();
    private LongSupplier nanoTime = System::nanoTime;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private String userAgent = UserAgent.value();

    private Builder() {}

    public Builder baseUrl(HttpUrl baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    public boolean hasCredentials() {
      return credentials != null;
    }

    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = writeTimeout;
      return this;
    }

    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    public Builder httpLogger(HttpLogger httpLogger) {
      this.httpLogger = httpLogger;
      return this;
    }

    /** Null turns pacing off. */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    public Builder failFastOnExhaustedQuota(boolean failFast) {
      this.failFastOnExhaustedQuota = failFast;
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = nanoTime;
      return this;
    }

    public Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    public ClientSettings build() {
      return new ClientSettings(this);
    }

    /** The settings so far, for a builder's toString(). */
    public String describe() {
      return build().describe();
    }
  }
}
