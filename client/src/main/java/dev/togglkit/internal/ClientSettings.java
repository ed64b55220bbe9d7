package dev.togglkit.internal;

import dev.togglkit.HttpLogger;
import dev.togglkit.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What a client builder has collected, handed to {@link ClientAssembly}. Plain mutable holder:
 * the public builders check every value as it is set, so nothing is re-checked here.
 */
public final class ClientSettings {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  public HttpUrl baseUrl;
  public Credentials credentials;
  /** The user's client to build on; null for a fresh one. */
  public OkHttpClient okHttpClient;
  /** Null means "not set": the default for a fresh client, the given client's own otherwise. */
  public Duration connectTimeout;
  public Duration readTimeout;
  public Duration writeTimeout;
  public Duration callTimeout;
  public RetryPolicy retryPolicy = RetryPolicy.defaults();
  public HttpLogger httpLogger;
  public Sleeper sleeper = Sleeper.SYSTEM;
  public Clock clock = Clock.systemUTC();
  public DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

  /** A summary without secrets, for builders' and clients' toString(). */
  public String describe() {
    return "baseUrl=" + baseUrl
        + ", credentials=" + (credentials == null ? "none" : credentials.toString())
        + ", connectTimeout=" + orDefault(connectTimeout, DEFAULT_CONNECT_TIMEOUT)
        + ", readTimeout=" + orDefault(readTimeout, DEFAULT_READ_TIMEOUT)
        + ", writeTimeout=" + orDefault(writeTimeout, DEFAULT_WRITE_TIMEOUT)
        + ", callTimeout=" + orDefault(callTimeout, DEFAULT_CALL_TIMEOUT)
        + ", retryPolicy=" + retryPolicy
        + ", httpLogger=" + (httpLogger == null ? "none" : "set")
        + ", okHttpClient=" + (okHttpClient == null ? "default" : "custom");
  }

  private String orDefault(Duration value, Duration fallback) {
    if (value != null) {
      return value.toString();
    }
    return okHttpClient == null ? fallback.toString() : "(from okHttpClient)";
  }
}
