package dev.togglkit.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the (operation, status) pairs the spec documents with the pairs the pacts exercise. Every documented
 * pair needs at least one interaction; a missing pair is a finding. An exercised pair the spec does not
 * document is marked in the matrix; its finding comes from the validator, which can name the pact file and the
 * interaction (validation.response.status.unknown), so it is not reported twice.
 */
public final class SpecStatusCoverage {

  /** What one cell of the operations × statuses matrix shows. */
  public enum Cell {
    COVERED("covered"),
    MISSING("missing"),
    /** An interaction uses a status the spec does not document for the operation. */
    UNDOCUMENTED("not documented, but exercised"),
    /** The spec does not document the status and nothing uses it. */
    NOT_DOCUMENTED("");

    private final String label;

    Cell(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final List<DocumentedOperation> operations;
  private final Set<ExercisedStatus> exercised;

  public SpecStatusCoverage(List<DocumentedOperation> operations, Set<ExercisedStatus> exercised) {
    this.operations = List.copyOf(operations);
    this.exercised = Set.copyOf(exercised);
  }

  public List<DocumentedOperation> operations() {
    return operations;
  }

  public Cell cell(DocumentedOperation operation, String status) {
    boolean documented = operation.statuses().contains(status);
    boolean used = exercised.contains(new ExercisedStatus(operation.provider(), operation.operationId(), status));
    if (documented) {
      return used ? Cell.COVERED : Cell.MISSING;
    }
    return used ? Cell.UNDOCUMENTED : Cell.NOT_DOCUMENTED;
  }

  public int documentedPairs() {
    return operations.stream().mapToInt(operation -> operation.statuses().size()).sum();
  }

  public int coveredPairs() {
    return (int) operations.stream()
        .flatMap(operation -> operation.statuses().stream()
            .filter(status -> cell(operation, status) == Cell.COVERED))
        .count();
  }

  /** The status columns of one provider's matrix: documented statuses plus any exercised undocumented ones. */
  public List<String> statusColumns(String provider) {
    TreeSet<String> columns = new TreeSet<>();
    operations.stream().filter(operation -> operation.provider().equals(provider))
        .forEach(operation -> columns.addAll(operation.statuses()));
    exercised.stream().filter(pair -> pair.provider().equals(provider))
        .forEach(pair -> columns.add(pair.status()));
    return List.copyOf(columns);
  }

  /** One finding per documented pair that no interaction exercises. */
  public List<Finding> missingCoverage() {
    List<Finding> findings = new ArrayList<>();
    for (DocumentedOperation operation : operations) {
      for (String status : operation.statuses()) {
        if (cell(operation, status) == Cell.MISSING) {
          findings.add(Finding.error(Finding.Kind.MISSING_COVERAGE, "-", operation.provider(),
              operation.operationId(), "responses." + status,
              "documented status " + status + " of " + operation.method() + " " + operation.path()
                  + " has no pact interaction"));
        }
      }
    }
    return findings;
  }
}
