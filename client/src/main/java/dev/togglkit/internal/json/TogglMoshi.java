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

  private static final Moshi INSTANCE = new Moshi.Builder()
      .add(new TolerantEnumAdapterFactory())
      .add(new OffsetDateTimeAdapter())
      .add(new LocalDateAdapter())
      .add(new StrictObjectAdapterFactory())
      .build();

  private TogglMoshi() {}

  /** The shared, immutable instance. */
  public static Moshi get() {
    return INSTANCE;
  }
}
