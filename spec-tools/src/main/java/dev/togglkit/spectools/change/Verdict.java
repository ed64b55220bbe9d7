package dev.togglkit.spectools.change;

import java.util.Comparator;
import java.util.List;

/**
 * The semver verdict on a set of changes: the most severe class, the version a release needs, and whether the
 * pom's version already is at least that.
 *
 * @param worst    the most severe class, or null when there are no changes
 * @param baseline the pom version at the baseline
 * @param current  the pom version in the working tree
 * @param needed   the version the changes need
 */
public record Verdict(ChangeClass worst, Version baseline, Version current, Version needed) {

  public static Verdict of(List<SpecChange> changes, Version baseline, Version current) {
    ChangeClass worst = changes.stream().map(SpecChange::changeClass).min(Comparator.naturalOrder()).orElse(null);
    return new Verdict(worst, baseline, current, baseline.next(worst));
  }

  /** False when a breaking change has no matching version bump: the build fails. */
  public boolean satisfied() {
    return worst == null || !worst.breaking() || current.compareTo(needed) >= 0;
  }

  public String text() {
    if (worst == null) {
      return "no release needed";
    }
    String kind = worst.breaking() ? (baseline.major() == 0 ? "minor (breaking, 0.x)" : "major (breaking)")
        : (baseline.major() == 0 ? "patch (additive, 0.x)" : "minor (additive)");
    return kind + ": " + needed + " or later (pom " + current + ", baseline " + baseline + ")";
  }
}
