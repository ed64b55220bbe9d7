package dev.togglkit.testing.internal;

import java.util.ArrayList;
import java.util.List;

/** Typed reads of values from parsed JSON and query strings; null when absent, {@link Json.BadJson} when wrong. */
public final class Values {

  private Values() {
  }

  public static String string(Object value, String field) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String)) {
      throw new Json.BadJson(field + " must be a string");
    }
    return (String) value;
  }

  public static Boolean bool(Object value, String field) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean)) {
      throw new Json.BadJson(field + " must be a boolean");
    }
    return (Boolean) value;
  }

  public static Long id(Object value, String field) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number) || ((Number) value).doubleValue() != Math.rint(((Number) value).doubleValue())) {
      throw new Json.BadJson(field + " must be an integer");
    }
    return ((Number) value).longValue();
  }

  public static Double number(Object value, String field) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number)) {
      throw new Json.BadJson(field + " must be a number");
    }
    return ((Number) value).doubleValue();
  }

  public static List<Long> ids(Object value, String field) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof List)) {
      throw new Json.BadJson(field + " must be an array of ids");
    }
    List<Long> ids = new ArrayList<>();
    for (Object item : (List<?>) value) {
      ids.add(id(item, field));
    }
    return ids;
  }

  /** A comma-separated id list from a path or query ({@code 1,2,3}); null when absent. */
  public static List<Long> idList(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    List<Long> ids = new ArrayList<>();
    for (String part : text.split(",")) {
      try {
        ids.add(Long.parseLong(part.trim()));
      } catch (NumberFormatException e) {
        throw new Json.BadJson("not an id list: " + text);
      }
    }
    return ids;
  }
}
