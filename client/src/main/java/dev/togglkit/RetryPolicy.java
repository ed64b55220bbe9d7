package dev.togglkit;

import java.time.Duration;

/**
 * When and how long togglkit waits and tries again. By default only idempotent requests (GET, PUT,
 * DELETE) are retried, never POST or PATCH, so a retry cannot create data twice. They are retried
 * on HTTP 429, 502, 503 and 504 and when the connection fails before a response arrives.
 *
 * <p><b>Writes on 429, opt-in.</b> With {@link Builder#resendWritesOn429(boolean)
 * resendWritesOn429(true)} a POST or PATCH answered 429 is sent again, and only then: only after
 * a 429, only when the response carries a readable {@code Retry-After}, and only while that wait
 * fits the remaining {@link #maxTotalWait()} and {@link #maxRetries()}. Toggl's rate limiter
 * answers 429 before doing anything, so the write was not performed; a 429 without
 * {@code Retry-After} may come from something else (a proxy, a gateway), so it is not re-sent, and
 * neither is a write after a 5xx, a timeout or a dropped connection, where whether it was
 * performed is unknown. Off by default: "a write goes out at most once" stays the default promise.
 *
 * <p>A server's {@code Retry-After} (seconds or HTTP date) is honoured when it fits the remaining
 * budget; when it asks for more, the error is surfaced at once with
 * {@link dev.togglkit.errors.RateLimitException#retryAfter()}. Otherwise the wait is exponential backoff with full
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
  private final boolean resendWritesOn429;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.maxTotalWait = builder.maxTotalWait;
    this.jitter = builder.jitter;
    this.resendWritesOn429 = builder.resendWritesOn429;
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

  /**
   * Whether a POST or PATCH answered 429 with a {@code Retry-After} within the budget is sent
   * again; false by default (see the class comment for the reasoning and the limits).
   */
  public boolean resendsWritesOn429() {
    return resendWritesOn429;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxRetries=" + maxRetries + ", baseDelay=" + baseDelay
        + ", maxDelay=" + maxDelay + ", maxTotalWait=" + maxTotalWait + ", jitter=" + jitter
        + ", resendWritesOn429=" + resendWritesOn429 + "]";
  }

  /** Builds a {@link RetryPolicy}; every value is checked when set. */
  public static final class Builder {
    private int maxRetries = 3;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(8);
    private Duration maxTotalWait = Duration.ofSeconds(30);
    private boolean jitter = true;
    private boolean resendWritesOn429;

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

    /**
     * Opt in to sending a POST or PATCH again after a 429 that carries a {@code Retry-After}
     * within the budget (never after anything else); off by default. See the class comment.
     */
    public Builder resendWritesOn429(boolean resend) {
      this.resendWritesOn429 = resend;
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
