package dev.togglkit.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one gate run found.
 *
 * @param pactFiles           how many pact files were read
 * @param interactions        how many interactions they hold
 * @param violations          errors: pacts that disagree with the spec (unreadable files included), in file order
 * @param warnings            what is reported but does not fail the gate (and spec defects no interaction reached)
 * @param pacts               the pacts as read (the JUnit report lists every interaction)
 * @param coverage            documented versus exercised (operation, status) pairs
 * @param coverageRequired    whether a documented pair without an interaction fails the gate
 * @param skippedInteractions interactions not checked (not HTTP, or of a provider without a spec)
 * @param skippedPacts        pact files of providers without a spec
 * @param policy              the policy the pacts were read under
 */
public record GateResult(
    int pactFiles,
    int interactions,
    List<Finding> violations,
    List<Finding> warnings,
    List<PactDocument> pacts,
    SpecStatusCoverage coverage,
    boolean coverageRequired,
    int skippedInteractions,
    int skippedPacts,
    Policy policy) {

  /** No violation, and full coverage when it is required. */
  public boolean passed() {
    return violations.isEmpty() && (!coverageRequired || coverage.coveredPairs() == coverage.documentedPairs());
  }

  /** Violations, then missing coverage when coverage is required, then warnings. */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>(violations);
    if (coverageRequired) {
      all.addAll(coverage.missingCoverage());
    }
    all.addAll(warnings);
    return all;
  }

  /**
   * The one line the gate prints, e.g.
   * {@code contract gate: 26 operations, 96/96 documented statuses covered, 0 violations}; skipped interactions,
   * pacts and warnings are added only when there are any.
   */
  public String summaryLine() {
    int count = violations.size();
    StringBuilder line = new StringBuilder("contract gate: " + coverage.operations().size() + " operations, "
        + coverage.coveredPairs() + "/" + coverage.documentedPairs() + " documented statuses covered, "
        + count + " violation" + (count == 1 ? "" : "s"));
    if (!warnings.isEmpty()) {
      line.append(", ").append(warnings.size()).append(" warning").append(warnings.size() == 1 ? "" : "s");
    }
    if (skippedInteractions > 0 || skippedPacts > 0) {
      line.append(", skipped ").append(skippedInteractions).append(" interaction")
          .append(skippedInteractions == 1 ? "" : "s").append(" (").append(skippedPacts).append(" pact")
          .append(skippedPacts == 1 ? "" : "s").append(" without a spec)");
    }
    return line.toString();
  }
}
