package dev.togglkit.spectools.drift;

import java.util.List;

/**
 * The outcome of one drift check.
 *
 * @param differences every difference, curated or not
 * @param uncovered   upstream operations on the spec's resources that the spec does not have
 * @param matched     how many of the spec's operations were found upstream
 * @param total       how many operations the spec has
 */
public record DriftResult(List<Difference> differences, List<OperationShape> uncovered, int matched, int total) {

  public List<Difference> drift() {
    return differences.stream().filter(d -> !d.curated()).toList();
  }

  public List<Difference> curated() {
    return differences.stream().filter(Difference::curated).toList();
  }

  public String summaryLine() {
    return "upstream drift: " + matched + "/" + total + " operations matched, " + drift().size() + " drift, "
        + curated().size() + " curated, " + uncovered.size() + " upstream operations not in the spec";
  }
}
