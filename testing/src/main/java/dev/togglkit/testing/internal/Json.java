package dev.togglkit.testing.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * Reads request bodies into plain maps, lists, strings, doubles and booleans, and writes responses from
 * the same (ids as {@code Long}, so they go out as integers). Nulls are written: Toggl sends them.
 */
public final class Json {

  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);

  private Json() {
  }

  /** The parsed body, or throws {@link BadJson} when it is not JSON. */
  public static Object parse(String body) {
    if (body == null || body.isBlank()) {
      throw new BadJson("empty body");
    }
    try {
      return ANY.fromJson(body);
    } catch (IOException | JsonDataException e) {
      throw new BadJson(e.getMessage());
    }
  }

  public static String write(Object value) {
    return ANY.serializeNulls().toJson(value);
  }

  /** A JSON-encoded string, the way Track sends error messages. */
  public static String string(String message) {
    return write(message);
  }

  /** The body was not valid JSON (or not the JSON type an operation takes). */
  public static final class BadJson extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadJson(String message) {
      super(message);
    }
  }
}
