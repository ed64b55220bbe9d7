package dev.togglkit.testing;

import dev.togglkit.testing.TogglOperation.Api;
import dev.togglkit.testing.internal.Json;
import dev.togglkit.testing.internal.OperationTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spec's documented error messages, named as the spec names their examples, from the generated operation
 * table: the tests hold the fake to the spec's texts without a copy of them.
 */
final class Documented {

  private Documented() {
  }

  /** Track's message {@code name} as it goes over the wire (a JSON string), {@code {placeholders}} filled. */
  static String track(String name, Object... values) {
    return Json.string(text(Api.TRACK, name, values));
  }

  /** The text of {@code api}'s message {@code name}, {@code values} as {@code placeholder, value, ...}. */
  static String text(Api api, String name, Object... values) {
    Map<String, String> filled = new LinkedHashMap<>();
    for (int i = 0; i + 1 < values.length; i += 2) {
      filled.put(String.valueOf(values[i]), String.valueOf(values[i + 1]));
    }
    return OperationTable.message(api, name).fill(filled);
  }
}
