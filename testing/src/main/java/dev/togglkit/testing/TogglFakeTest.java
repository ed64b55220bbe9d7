package dev.togglkit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @ExtendWith(TogglFakeExtension.class)} with the fake's settings: one fake per test class,
 * reset before every test, injected as a {@link TogglFake}, {@link dev.togglkit.TogglTrack} or
 * {@link dev.togglkit.TogglFocus} parameter (and a {@link ManualClock} one when {@link #manualClock()}).
 *
 * <pre>{@code
 * @TogglFakeTest(manualClock = true, hourlyQuota = 30, requestsPerSecond = 1, burst = 3)
 * class QuotaTest {
 *   @Test
 *   void stopsAtTheQuota(TogglTrack track, ManualClock clock) { ... }
 * }
 * }</pre>
 * For a clock of your own, use {@link TogglFakeExtension#builder()} with {@code @RegisterExtension}
 * instead (not both on one class).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(TogglFakeExtension.class)
public @interface TogglFakeTest {

  /**
   * The fake runs on a {@link ManualClock} (starting 2024-05-16T08:42:10Z) that tests can take as a
   * parameter and advance; the injected clients wait on it too (retry waits and pacing advance it
   * instead of sleeping), so a retry or quota test takes milliseconds. Default: the system clock.
   */
  boolean manualClock() default false;

  /** The rate limit's steady rate in requests per second per user; 0 (the default) leaves it off. See {@link Limits#rateLimit}. */
  double requestsPerSecond() default 0;

  /** The rate limit's bucket size: requests sent back to back before the rate applies. Used with {@link #requestsPerSecond()}. */
  int burst() default 1;

  /** Requests per user in any hour; 0 (the default) leaves the quota off. See {@link Limits#hourlyQuota}. */
  int hourlyQuota() default 0;

  /** The longest client name the fake accepts (Toggl does not document its own). */
  int maxClientNameLength() default TogglFake.DEFAULT_MAX_CLIENT_NAME_LENGTH;

  /**
   * Whether seeded workspaces are on a paid plan; false makes archiving a client, and a project colour outside the
   * free palette on create or update, a 402 everywhere.
   */
  boolean premium() default TogglFake.DEFAULT_WORKSPACES_PREMIUM;
}
