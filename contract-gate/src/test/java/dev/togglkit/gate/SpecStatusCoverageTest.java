package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Coverage arithmetic over a small hand-made spec, independent of the real one. */
class SpecStatusCoverageTest {

  private static final DocumentedOperation GET_CLIENT = operation("getClient", "GET", "200", "403", "404");
  private static final DocumentedOperation DELETE_CLIENT = operation("deleteClient", "DELETE", "200", "404");

  private final SpecStatusCoverage coverage = new SpecStatusCoverage(List.of(GET_CLIENT, DELETE_CLIENT), Set.of(
      exercised("getClient", "200"),
      exercised("getClient", "404"),
      exercised("getClient", "401"),          // not documented
      exercised("deleteClient", "200"),
      new ExercisedStatus("toggl-focus", "getClient", "403")));   // same operationId, other provider

  @Test
  void cellsTellCoveredMissingAndUndocumentedApart() {
    assertEquals(SpecStatusCoverage.Cell.COVERED, coverage.cell(GET_CLIENT, "200"));
    assertEquals(SpecStatusCoverage.Cell.MISSING, coverage.cell(GET_CLIENT, "403"));
    assertEquals(SpecStatusCoverage.Cell.UNDOCUMENTED, coverage.cell(GET_CLIENT, "401"));
    assertEquals(SpecStatusCoverage.Cell.NOT_DOCUMENTED, coverage.cell(DELETE_CLIENT, "403"));
  }

  @Test
  void countsOnlyDocumentedPairsOfTheSameProvider() {
    assertEquals(5, coverage.documentedPairs());
    assertEquals(3, coverage.coveredPairs());
  }

  @Test
  void everyMissingPairIsAFindingNamingOperationAndStatus() {
    List<Finding> missing = coverage.missingCoverage();

    assertEquals(List.of("getClient responses.403", "deleteClient responses.404"),
        missing.stream().map(finding -> finding.operationId() + " " + finding.location()).toList());
    assertEquals(Finding.Kind.MISSING_COVERAGE, missing.get(0).kind());
    assertEquals("documented status 403 of GET /workspaces/{workspace_id}/clients/{client_id} has no pact "
        + "interaction", missing.get(0).message());
  }

  @Test
  void statusColumnsIncludeExercisedUndocumentedStatuses() {
    assertEquals(List.of("200", "401", "403", "404"), coverage.statusColumns("toggl-track-v9"));
  }

  private static DocumentedOperation operation(String operationId, String method, String... statuses) {
    return new DocumentedOperation("toggl-track-v9", operationId, method,
        "/workspaces/{workspace_id}/clients/{client_id}", new TreeSet<>(List.of(statuses)));
  }

  private static ExercisedStatus exercised(String operationId, String status) {
    return new ExercisedStatus("toggl-track-v9", operationId, status);
  }
}
