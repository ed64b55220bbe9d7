package dev.togglkit.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one gate run found.
 *
 * @param pactFiles        how many pact files were read
 * @param interactions     how many interactions they hold
 * @param violations       pacts that disagree with the spec (unreadable files included), in file order
 * @param pacts            the pacts as read (the JUnit report lists every interaction)
 * @param coverage         documented versus exercised (operation, status) pairs
 * @param coverageRequired whether a documented pair without an interaction fails the gate
 */
public record GateResult(
    int pactFiles,
    int interactions,
    List<Finding> violations,
    List<PactDocument> pacts,
    SpecStatusCoverage coverage,
    boolean coverageRequired) {

  /** No violation, and full coverage when it is required. */
  public boolean passed() {
    return violations.isEmpty() && (!coverageRequired || coverage.coveredPairs() == coverage.documentedPairs());
  }

  /** Violations first, then missing coverage when coverage is required. */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>(violations);
    if (coverageRequired) {
      all.addAll(coverage.missingCoverage());
    }
    return all;
  }

  /** The one line the gate prints, e.g. {@code contract gate: 26 operations, 96/96 documented statuses covered, 0 violations}. */
  public String summaryLine() {
    int count = violations.size();
    return "contract gate: " + coverage.operations().size() + " operations, "
        + coverage.coveredPairs() + "/" + coverage.documentedPairs() + " documented statuses covered, "
        + count + " violation" + (count == 1 ? "" : "s");
  }
}
