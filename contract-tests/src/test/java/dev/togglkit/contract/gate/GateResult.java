package dev.togglkit.contract.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one gate run found: the validator's findings over the pacts and the spec's status coverage.
 *
 * @param validation the pact-vs-spec validation (findings, exercised pairs)
 * @param coverage   documented versus exercised (operation, status) pairs
 */
public record GateResult(PactSpecValidator.Result validation, SpecStatusCoverage coverage) {

  /** Interactions that disagree with the spec (coverage gaps are counted separately). */
  public int violations() {
    return validation.findings().size();
  }

  public boolean passed() {
    return violations() == 0 && coverage.coveredPairs() == coverage.documentedPairs();
  }

  /** Validation findings first, then missing coverage. */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>(validation.findings());
    all.addAll(coverage.missingCoverage());
    return all;
  }

  /** The one line the gate prints, e.g. {@code contract gate: 24 operations, 89/89 documented statuses covered, 0 violations}. */
  public String summaryLine() {
    return "contract gate: " + coverage.operations().size() + " operations, "
        + coverage.coveredPairs() + "/" + coverage.documentedPairs() + " documented statuses covered, "
        + violations() + " violation" + (violations() == 1 ? "" : "s");
  }
}
