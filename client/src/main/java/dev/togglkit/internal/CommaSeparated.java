package dev.togglkit.internal;

import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of a query parameter that carries a list as one comma-separated value (OpenAPI
 * {@code style: form, explode: false}, e.g. listProjects' {@code statuses=active,upcoming}). The
 * generated service implementations call it; Retrofit would repeat the parameter for a list.
 */
public final class CommaSeparated {

  private CommaSeparated() {
  }

  /**
   * Joins the values' {@code toString()} (an enum constant's is its wire value) with commas.
   *
   * @param values the list, or null when the parameter is unset
   * @return the joined value; null (the parameter is not sent) for a null or empty list
   */
  public static @Nullable String join(@Nullable List<?> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    StringJoiner joined = new StringJoiner(",");
    for (Object value : values) {
      joined.add(String.valueOf(value));
    }
    return joined.toString();
  }
}
