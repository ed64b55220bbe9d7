package dev.togglkit.internal.json;

import com.squareup.moshi.Moshi;

/**
 * The one Moshi configuration both clients use: java.time adapters, tolerant enums and strict
 * objects (a duplicated key is an error). Unknown JSON fields are ignored (Moshi's default) and
 * int64 values are read into {@code Long} exactly, never through a double. Bytes must be UTF-8:
 * callers check them with {@link StrictUtf8} first, since Moshi itself would read a malformed
 * sequence as U+FFFD.
 */
public final class TogglMoshi {

  private static final Moshi INSTANCE = base().add(new StrictObjectAdapterFactory()).build();

  private TogglMoshi() {}

  private static Moshi.Builder base() {
    return new Moshi.Builder()
        .add(new TolerantEnumAdapterFactory())
        .add(new OffsetDateTimeAdapter())
        .add(new LocalDateAdapter());
  }

  /**
   * The same configuration with Moshi's own, last-value-wins object adapters: what the client
   * decoded with before duplicate keys were refused. Only for the decode benchmark, which
   * measures what strictness costs; never use it to read a response.
   */
  public static Moshi lenientForBenchmarks() {
    return base().build();
  }

  /** The shared, immutable instance. */
  public static Moshi get() {
    return INSTANCE;
  }
}
