package dev.togglkit.gate.maven;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rule sets the {@code policy} parameter names. {@code consumer} is what a team's own pacts are held to;
 * {@code strict} is what togglkit's own build uses (see README, "Checking your own pacts against togglkit's spec").
 */
enum GatePolicy {
  CONSUMER,
  STRICT;

  /** The name as written in a pom: {@code consumer}, {@code strict}. */
  String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The policy a pom names.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  static GatePolicy parse(String value) {
    for (GatePolicy policy : values()) {
      if (policy.configName().equals(value == null ? null : value.strip())) {
        return policy;
      }
    }
    throw new IllegalArgumentException("unknown policy '" + value + "': use one of "
        + Arrays.stream(values()).map(GatePolicy::configName).collect(Collectors.joining(", ")));
  }
}
