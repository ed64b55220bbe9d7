package dev.togglkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * What Toggl last said about the request quota, from the {@code X-Toggl-Quota-Remaining} and
 * {@code X-Toggl-Quota-Resets-In} headers of one response. Immutable.
 *
 * <p>Every value is empty when its header was absent or unreadable (not a whole number, or
 * negative); a number too large for a {@code long} reads as {@link Long#MAX_VALUE}, and a reset
 * too far ahead to represent reads as {@link Instant#MAX}. {@link #unknown()} is the quota before
 * any response carried the headers.
 */
public final class Quota implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final Quota UNKNOWN = new Quota(null, null, null, null);

  private final @Nullable Long remaining;
  private final @Nullable Duration resetsIn;
  private final @Nullable Instant resetsAt;
  private final @Nullable Instant observedAt;

  private Quota(@Nullable Long remaining, @Nullable Duration resetsIn, @Nullable Instant resetsAt,
      @Nullable Instant observedAt) {
    this.remaining = remaining;
    this.resetsIn = resetsIn;
    this.resetsAt = resetsAt;
    this.observedAt = observedAt;
  }

  /** No quota headers seen yet. */
  public static Quota unknown() {
    return UNKNOWN;
  }

  /**
   * The quota a response reported.
   *
   * @param remaining requests left, or null when not reported; must not be negative
   * @param resetsIn time until the quota resets, or null when not reported; must not be negative
   * @param observedAt when the response arrived; {@link #resetsAt()} is measured from it
   */
  public static Quota of(@Nullable Long remaining, @Nullable Duration resetsIn, Instant observedAt) {
    Objects.requireNonNull(observedAt, "observedAt");
    if (remaining != null && remaining < 0) {
      throw new IllegalArgumentException("remaining must not be negative, was " + remaining);
    }
    if (resetsIn != null && resetsIn.isNegative()) {
      throw new IllegalArgumentException("resetsIn must not be negative, was " + resetsIn);
    }
    if (remaining == null && resetsIn == null) {
      return UNKNOWN;
    }
    return new Quota(remaining, resetsIn, resetsIn == null ? null : plus(observedAt, resetsIn),
        observedAt);
  }

  private static Instant plus(Instant at, Duration duration) {
    try {
      return at.plus(duration);
    } catch (ArithmeticException | java.time.DateTimeException beyondTheCalendar) {
      return Instant.MAX;
    }
  }

  /** True when at least one of the two headers was readable. */
  public boolean isKnown() {
    return observedAt != null;
  }

  /** {@code X-Toggl-Quota-Remaining}: requests left in the current window. */
  public OptionalLong remaining() {
    return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
  }

  /** {@code X-Toggl-Quota-Resets-In}, as reported (measured from {@link #observedAt()}). */
  public Optional<Duration> resetsIn() {
    return Optional.ofNullable(resetsIn);
  }

  /** When the quota resets: {@link #observedAt()} plus {@link #resetsIn()}. */
  public Optional<Instant> resetsAt() {
    return Optional.ofNullable(resetsAt);
  }

  /** When the response that reported this quota arrived; empty for {@link #unknown()}. */
  public Optional<Instant> observedAt() {
    return Optional.ofNullable(observedAt);
  }

  /**
   * True when this quota said no request remains and its reset time lies after {@code now}. With
   * an unknown reset time this is false: nobody can say how long to wait, so the next request
   * goes out and Toggl decides.
   */
  public boolean isExhaustedAt(Instant now) {
    return remaining != null && remaining == 0 && resetsAt != null && now.isBefore(resetsAt);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Quota)) {
      return false;
    }
    Quota that = (Quota) other;
    return Objects.equals(remaining, that.remaining) && Objects.equals(resetsIn, that.resetsIn)
        && Objects.equals(observedAt, that.observedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(remaining, resetsIn, observedAt);
  }

  @Override
  public String toString() {
    if (!isKnown()) {
      return "Quota[unknown]";
    }
    return "Quota[remaining=" + (remaining == null ? "?" : remaining)
        + ", resetsIn=" + (resetsIn == null ? "?" : resetsIn)
        + ", resetsAt=" + (resetsAt == null ? "?" : resetsAt)
        + ", observedAt=" + observedAt + "]";
  }
}
