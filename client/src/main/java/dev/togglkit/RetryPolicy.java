package dev.togglkit;

import java.time.Duration;

/**
 * When and how long togglkit waits and tries again. Only idempotent requests (GET, PUT, DELETE)
 * are ever retried, never POST or PATCH, so a retry cannot create data twice. They are retried on
 * HTTP 429, 502, 503 and 504 and when the connection fails before a response arrives.
 *
 * <p>A server's {@code Retry-After} (seconds or HTTP date) is honoured when it fits the remaining
 * budget; when it asks for more, the error is surfaced at once with
 * {@link RateLimitException#retryAfter()}. Otherwise the wait is exponential backoff with full
 * jitter: a random time between zero and {@code min(maxDelay, baseDelay * 2^attempt)}. The sum of
 * all waits never exceeds {@link #maxTotalWait()}. HTTP 402 (quota, premium) is never retried.
 *
 * <p>Defaults: 3 retries, base delay 500 ms, max delay 8 s, at most 30 s waiting in total, jitter on.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxTotalWait;
  private final boolean jitter;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.maxTotalWait = builder.maxTotalWait;
    this.jitter = builder.jitter;
  }

  /** 3 retries, 500 ms base delay, 8 s cap, 30 s total, full jitter. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Never retry. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many times a request may be sent again after the first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The backoff before the first retry (before jitter); doubles each retry. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The largest single backoff (before jitter). */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** The most time all waits of one call may add up to. */
  public Duration maxTotalWait() {
    return maxTotalWait;
  }

  /** Whether each backoff is a random time between zero and its cap (full jitter). */
  public boolean jitter() {
    return jitter;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxRetries=" + maxRetries + ", baseDelay=" + baseDelay
        + ", maxDelay=" + maxDelay + ", maxTotalWait=" + maxTotalWait + ", jitter=" + jitter + "]";
  }

  /** Builds a {@link RetryPolicy}; every value is checked when set. */
  public static final class Builder {
    private int maxRetries = 3;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(8);
    private Duration maxTotalWait = Duration.ofSeconds(30);
    private boolean jitter = true;

    private Builder() {}

    /** Retries after the first attempt; 0 turns retrying off. At most 10. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The backoff before the first retry; positive. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = positive("baseDelay", baseDelay);
      return this;
    }

    /** The largest single backoff; positive. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = positive("maxDelay", maxDelay);
      return this;
    }

    /** The most all waits of one call may add up to; zero or positive. */
    public Builder maxTotalWait(Duration maxTotalWait) {
      if (maxTotalWait == null || maxTotalWait.isNegative()) {
        throw new IllegalArgumentException(
            "maxTotalWait must be zero or positive, was " + maxTotalWait);
      }
      this.maxTotalWait = maxTotalWait;
      return this;
    }

    /** Whether to randomise each backoff between zero and its cap; on by default. */
    public Builder jitter(boolean jitter) {
      this.jitter = jitter;
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      if (maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException(
            "maxDelay (" + maxDelay + ") must not be shorter than baseDelay (" + baseDelay + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(String name, Duration value) {
      if (value == null || value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
