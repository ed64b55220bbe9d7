package dev.togglkit.internal.json;

import com.squareup.moshi.Moshi;

/**
 * The one Moshi configuration both clients use: java.time adapters and tolerant enums. Unknown
 * JSON fields are ignored (Moshi's default) and int64 values are read into {@code Long} exactly,
 * never through a double.
 */
public final class TogglMoshi {

  private static final Moshi INSTANCE = new Moshi.Builder()
      .add(new TolerantEnumAdapterFactory())
      .add(new OffsetDateTimeAdapter())
      .add(new LocalDateAdapter())
      .build();

  private TogglMoshi() {}

  /** The shared, immutable instance. */
  public static Moshi get() {
    return INSTANCE;
  }
}
