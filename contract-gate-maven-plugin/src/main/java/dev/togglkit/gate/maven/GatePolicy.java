package dev.togglkit.gate.maven;

import dev.togglkit.gate.Policy;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the {@code policy} parameter. {@code consumer} is what a team's own pacts are held to; {@code strict} is
 * what togglkit's own build uses (see README, "Checking your own pacts against togglkit's spec").
 *
 * <p>A pom spells the name exactly as {@link Policy#label()} does (case matters, surrounding blanks do not).
 */
final class GatePolicy {

  private GatePolicy() {
  }

  /**
   * The policy a pom names.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  static Policy parse(String value) {
    for (Policy policy : Policy.values()) {
      if (policy.label().equals(value == null ? null : value.strip())) {
        return policy;
      }
    }
    throw new IllegalArgumentException("unknown policy '" + value + "': use one of "
        + Arrays.stream(Policy.values()).map(Policy::label).collect(Collectors.joining(", ")));
  }
}
