package dev.togglkit.spectools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of the form {@code --name=value} (or {@code --name value}). Maven's exec plugin passes
 * every option as one {@code --name=value} argument, so an empty property arrives as {@code --name=}.
 */
public final class Args {

  private final Map<String, String> values;

  private Args(Map<String, String> values) {
    this.values = values;
  }

  /** Parses {@code args}, failing with a message naming the first option not in {@code known}. */
  public static Args parse(String[] args, Set<String> known) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'; options are --" + String.join(", --", known));
      }
      String name;
      String value;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        name = arg.substring(2, eq);
        value = arg.substring(eq + 1);
      } else {
        name = arg.substring(2);
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option --" + name + " needs a value");
        }
        value = args[++i];
      }
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "; options are --" + String.join(", --", known));
      }
      values.put(name, value.trim());
    }
    return new Args(values);
  }

  /** The value, or a failure naming the option when it is missing or blank. */
  public String required(String name) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("option --" + name + " is required");
    }
    return value;
  }

  /** The value, or {@code fallback} when missing or blank. */
  public String optional(String name, String fallback) {
    String value = values.get(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
