package dev.togglkit.testing;

import dev.togglkit.testing.internal.HourlyQuota;
import dev.togglkit.testing.internal.LeakyBucket;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Toggl's two limits, off until a test switches them on. Both count per user and read the fake's
 * clock, so a test with a {@link ManualClock} moves time instead of sleeping.
 *
 * <ul>
 *   <li>{@link #rateLimit(double, int)}: a leaky bucket. A request that would overflow it is answered
 *       429 with {@code Retry-After} (whole seconds until it fits).</li>
 *   <li>{@link #hourlyQuota(int)}: requests per sliding hour. Once spent, requests are answered 402 with
 *       {@code X-Toggl-Quota-Remaining: 0} and {@code X-Toggl-Quota-Resets-In} (seconds). While a quota is
 *       set, every answer carries both headers.</li>
 * </ul>
 */
public final class Limits {

  /** What the limits decided for one request. */
  static final class Verdict {
    final Long retryAfterSeconds;
    final Integer quotaRemaining;
    final Long quotaResetsInSeconds;
    final boolean quotaExhausted;

    Verdict(Long retryAfterSeconds, Integer quotaRemaining, Long quotaResetsInSeconds, boolean quotaExhausted) {
      this.retryAfterSeconds = retryAfterSeconds;
      this.quotaRemaining = quotaRemaining;
      this.quotaResetsInSeconds = quotaResetsInSeconds;
      this.quotaExhausted = quotaExhausted;
    }
  }

  private final Clock clock;
  private double ratePerSecond;
  private int burst;
  private int quotaPerHour;
  private final Map<Long, LeakyBucket> buckets = new HashMap<>();
  private final Map<Long, HourlyQuota> quotas = new HashMap<>();

  Limits(Clock clock) {
    this.clock = clock;
  }

  /**
   * Lets each user's requests through a leaky bucket of {@code burst} requests that drains
   * {@code requestsPerSecond} a second; Toggl's documented pace is about one request a second.
   * {@code rateLimit(1, 3)}: three requests at once, then one a second; the request that would
   * overflow the bucket is answered 429 with {@code Retry-After}.
   *
   * @param requestsPerSecond the steady rate the bucket drains at, above 0 (0.5: one request every two seconds)
   * @param burst how many requests the bucket holds: sent back to back before the rate applies, at least 1
   * @return this
   */
  public synchronized Limits rateLimit(double requestsPerSecond, int burst) {
    checkRateLimit(requestsPerSecond, burst);
    this.ratePerSecond = requestsPerSecond;
    this.burst = burst;
    buckets.clear();
    return this;
  }

  /**
   * Allows each user {@code requestsPerHour} requests in any sliding hour (Toggl: 30 to 600 by plan);
   * the next is answered 402 with {@code X-Toggl-Quota-Remaining: 0} and {@code X-Toggl-Quota-Resets-In}.
   *
   * @param requestsPerHour requests per user in any 60 minutes, at least 1
   * @return this
   */
  public synchronized Limits hourlyQuota(int requestsPerHour) {
    checkHourlyQuota(requestsPerHour);
    this.quotaPerHour = requestsPerHour;
    quotas.clear();
    return this;
  }

  static void checkRateLimit(double requestsPerSecond, int burst) {
    if (!(requestsPerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("rate limit needs requestsPerSecond > 0 and burst >= 1, was "
          + requestsPerSecond + " and " + burst);
    }
  }

  static void checkHourlyQuota(int requestsPerHour) {
    if (requestsPerHour < 1) {
      throw new IllegalArgumentException("hourly quota must be at least 1, was " + requestsPerHour);
    }
  }

  /** Switches both limits off and forgets what was counted. */
  public synchronized void clear() {
    ratePerSecond = 0;
    quotaPerHour = 0;
    buckets.clear();
    quotas.clear();
  }

  synchronized Verdict admit(long userId) {
    Instant now = clock.instant();
    if (ratePerSecond > 0) {
      LeakyBucket bucket = buckets.computeIfAbsent(userId, id -> new LeakyBucket(ratePerSecond, burst));
      long wait = bucket.tryAdd(now);
      if (wait > 0) {
        return new Verdict(wait, null, null, false);
      }
    }
    if (quotaPerHour > 0) {
      HourlyQuota quota = quotas.computeIfAbsent(userId, id -> new HourlyQuota(quotaPerHour));
      boolean admitted = quota.tryUse(now);
      return new Verdict(null, quota.remaining(now), quota.resetsInSeconds(now), !admitted);
    }
    return new Verdict(null, null, null, false);
  }
}
