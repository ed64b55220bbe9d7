package dev.togglkit.contract.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate end to end over fixture directories (the real run over target/pacts is ContractGateIT). */
class ContractGateTest {

  private static ContractGate gate;

  @BeforeAll
  static void loadRealSpecs() {
    gate = new ContractGate(Fixtures.realSpecs());
  }

  @Test
  void emptyPactDirectoryFailsAskingWhetherThePactTestsRan(@TempDir Path dir) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> gate.run(dir));

    assertEquals("no pact files found in " + dir.toAbsolutePath() + " — did the Pact tests run?",
        e.getMessage());
  }

  @Test
  void missingPactDirectoryFailsTheSameWay(@TempDir Path dir) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> gate.run(dir.resolve("pacts")));

    assertTrue(e.getMessage().startsWith("no pact files found in "), e.getMessage());
  }

  @Test
  void goodPactsPassValidationButNotCoverage() {
    GateResult result = gate.run(Fixtures.path("good"));

    assertEquals(0, result.violations());
    assertEquals(4, result.coverage().coveredPairs());
    assertFalse(result.passed(), "a handful of interactions cannot cover every documented status");
    assertEquals(result.coverage().documentedPairs() - 4, result.allFindings().size());
    assertTrue(result.allFindings().stream().allMatch(f -> f.kind() == Finding.Kind.MISSING_COVERAGE));
    assertTrue(result.summaryLine().matches(
        "contract gate: \\d+ operations, 4/\\d+ documented statuses covered, 0 violations"),
        result.summaryLine());
  }

  @Test
  void summaryLineHasTheAgreedShape() {
    TreeSet<String> statuses = new TreeSet<>(List.of("200", "404"));
    SpecStatusCoverage coverage = new SpecStatusCoverage(
        List.of(new DocumentedOperation("p", "getClient", "GET", "/c", statuses)),
        Set.of(new ExercisedStatus("p", "getClient", "200"), new ExercisedStatus("p", "getClient", "404")));
    Finding finding = new Finding(Finding.Kind.REQUEST, "f.json", "i", "p", "getClient", "loc", "msg");
    PactSpecValidator.Result oneViolation = new PactSpecValidator.Result(List.of(finding), Set.of(), 1, 2);

    GateResult result = new GateResult(oneViolation, coverage);

    assertEquals("contract gate: 1 operations, 2/2 documented statuses covered, 1 violation",
        result.summaryLine());
    assertFalse(result.passed());
    assertTrue(new GateResult(new PactSpecValidator.Result(List.of(), Set.of(), 1, 2), coverage).passed());
  }

  @Test
  void reportHoldsTheMatrixAndEveryFinding(@TempDir Path reportDir) throws IOException {
    Path pacts = Files.createDirectories(reportDir.resolve("pacts"));
    Files.copy(Fixtures.path("good/togglkit-toggl-track-v9.json"), pacts.resolve("good.json"));
    Files.copy(Fixtures.path("bad/wrong-type.json"), pacts.resolve("wrong-type.json"));
    GateResult result = gate.run(pacts);

    ContractReportWriter.write(reportDir, result);

    String markdown = Files.readString(reportDir.resolve("report.md"));
    String html = Files.readString(reportDir.resolve("index.html"));
    assertTrue(markdown.contains("`" + result.summaryLine() + "`"), markdown);
    assertTrue(markdown.contains("| getClient | `GET /workspaces/{workspace_id}/clients/{client_id}` |"),
        markdown);
    assertTrue(markdown.contains("**REQUEST** toggl-track-v9 createClient"), markdown);
    assertTrue(markdown.contains("**MISSING_COVERAGE** toggl-track-v9 deleteClient"), markdown);
    long findingRows = java.util.Arrays.stream(Finding.Kind.values())
        .mapToLong(kind -> html.split("<tr><td>" + kind.name() + "</td>", -1).length - 1)
        .sum();
    assertEquals(result.allFindings().size(), findingRows, "one table row per finding");
    assertTrue(html.contains("<td class=\"covered\">covered</td>"), html);
    assertTrue(html.contains("<td class=\"missing\">missing</td>"), html);
  }
}
