package dev.togglkit;

import java.time.Duration;
import java.util.Optional;

/**
 * Settings for one call that override the client's: timeouts and the retry policy. What is not
 * set here keeps the client's value. Immutable; apply with {@link TogglCall#withOptions}.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder()
 *     .readTimeout(Duration.ofMinutes(2))
 *     .retryPolicy(RetryPolicy.none())
 *     .build();
 * List<Project> all = track.projects().listProjects(workspaceId).withOptions(patient).execute();
 * }</pre>
 *
 * <p>The rate limiter and the quota check of the client still apply: they protect the client's
 * shared budget, not one call.
 */
public final class RequestOptions {

  private static final RequestOptions NONE = builder().build();

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;

  private RequestOptions(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.callTimeout = builder.callTimeout;
    this.retryPolicy = builder.retryPolicy;
  }

  /** A builder with nothing overridden. */
  public static Builder builder() {
    return new Builder();
  }

  /** No overrides: the client's settings apply. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Time to establish a connection; zero means none. */
  public Optional<Duration> connectTimeout() {
    return Optional.ofNullable(connectTimeout);
  }

  /** Longest silence while reading the response; zero means none. */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /** Longest stall while sending the request; zero means none. */
  public Optional<Duration> writeTimeout() {
    return Optional.ofNullable(writeTimeout);
  }

  /** The whole call, retries and rate-limiter waits included; zero means none. */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /** When to retry this call. POST and PATCH are never retried, whatever the policy. */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  @Override
  public String toString() {
    return "RequestOptions[connectTimeout=" + orClient(connectTimeout)
        + ", readTimeout=" + orClient(readTimeout) + ", writeTimeout=" + orClient(writeTimeout)
        + ", callTimeout=" + orClient(callTimeout) + ", retryPolicy=" + orClient(retryPolicy) + "]";
  }

  private static String orClient(Object value) {
    return value == null ? "(client's)" : value.toString();
  }

  /** Builds {@link RequestOptions}; each value is checked when set. */
  public static final class Builder {
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy;

    private Builder() {}

    /** Time to establish a connection for this call; zero means none. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout("connectTimeout", timeout);
      return this;
    }

    /** Longest silence while reading this call's response; zero means none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout("readTimeout", timeout);
      return this;
    }

    /** Longest stall while sending this call's request; zero means none. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout("writeTimeout", timeout);
      return this;
    }

    /** This whole call, retries and rate-limiter waits included; zero means none. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout("callTimeout", timeout);
      return this;
    }

    /** When to retry this call; {@link RetryPolicy#none()} to send it once. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      if (retryPolicy == null) {
        throw new IllegalArgumentException("retryPolicy must not be null (use RetryPolicy.none())");
      }
      this.retryPolicy = retryPolicy;
      return this;
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static Duration timeout(String name, Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
      }
      // OkHttp takes timeouts in whole milliseconds, as an int.
      if (value.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
        throw new IllegalArgumentException(name + " must be at most " + Integer.MAX_VALUE
            + " ms, was " + value);
      }
      return value;
    }
  }
}
