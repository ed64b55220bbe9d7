package dev.togglkit.internal;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Map;
import okio.Buffer;

/**
 * Finds the human message in an error body. Toggl Track sends a JSON string
 * ({@code "<message>"}), sometimes plain text, sometimes nothing; Toggl Focus
 * sends {@code {"error": ..., "error_description": ...}}; a proxy in front may send an HTML page.
 */
final class ErrorBodies {

  /** Longest plain-text message kept; longer bodies are not a message but a page. */
  static final int MAX_MESSAGE_LENGTH = 500;

  private static final String[] MESSAGE_FIELDS = {"message", "error_description", "error"};

  private ErrorBodies() {}

  /** The message, or null for an empty body, an HTML page or a JSON value without one. */
  static String message(String body) {
    if (body == null) {
      return null;
    }
    String text = body.trim();
    if (text.isEmpty() || text.startsWith("<")) {
      return null;
    }
    try {
      if (text.startsWith("\"")) {
        Object value = parseJson(text);
        return value instanceof String ? nonBlank((String) value) : plain(text);
      }
      if (text.startsWith("{")) {
        Object value = parseJson(text);
        return value instanceof Map ? fromObject((Map<?, ?>) value) : plain(text);
      }
    } catch (IOException | RuntimeException notJson) {
      // Looked like JSON but is not: the text itself is the best message there is.
      return plain(text);
    }
    return plain(text);
  }

  private static Object parseJson(String text) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
    Object value = reader.readJsonValue();
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new IOException("trailing content after the JSON value");
    }
    return value;
  }

  private static String fromObject(Map<?, ?> object) {
    for (String field : MESSAGE_FIELDS) {
      Object value = object.get(field);
      if (value instanceof String && nonBlank((String) value) != null) {
        return ((String) value).trim();
      }
      if (value instanceof Map) {
        String nested = fromObject((Map<?, ?>) value);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  private static String nonBlank(String value) {
    return value.trim().isEmpty() ? null : value.trim();
  }

  private static String plain(String text) {
    return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH);
  }
}
