package dev.togglkit.internal;

import dev.togglkit.TogglClientBuilder;
import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * Not API: lets togglkit-testing build clients that wait on the fake's clock (retry waits, the rate
 * limiter's pacing, quota resets and {@code Retry-After} dates), so a test on a manual clock takes
 * milliseconds instead of the waits it simulates. The builders keep these settings package-private;
 * {@link TogglClientBuilder} registers the one way in when it is loaded. The module exports this
 * package to {@code dev.togglkit.testing} only.
 */
public final class ClientTimeHook {

  /** Sets a builder's clock, sleeper and monotonic time source. */
  @FunctionalInterface
  public interface Installer {
    void install(TogglClientBuilder<?> builder, Clock clock, Sleeper sleeper, LongSupplier nanoTime);
  }

  private static volatile Installer installer;

  private ClientTimeHook() {
  }

  /** Called once, by {@link TogglClientBuilder}'s static initialiser. */
  public static void register(Installer builderInstaller) {
    installer = builderInstaller;
  }

  /**
   * Makes the client built by {@code builder} read {@code clock} for wall time, {@code nanoTime} for
   * pacing, and wait with {@code sleeper}.
   *
   * @return {@code builder}
   */
  public static <B extends TogglClientBuilder<B>> B useTime(B builder, Clock clock, Sleeper sleeper,
      LongSupplier nanoTime) {
    // A builder instance exists, so its class (and TogglClientBuilder's initialiser) has run.
    installer.install(builder, clock, sleeper, nanoTime);
    return builder;
  }
}
