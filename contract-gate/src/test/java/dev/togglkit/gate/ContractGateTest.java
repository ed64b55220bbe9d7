package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.gate.report.ContractReportWriter;
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
    gate = new ContractGate(Fixtures.realSpecs(), true);
  }

  @Test
  void emptyPactDirectoryFailsAskingWhetherThePactTestsRan(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gate.run(dir));

    assertEquals("no pact files found in " + dir.toAbsolutePath() + " — did the Pact tests run?",
        e.getMessage());
  }

  @Test
  void aGateWithoutAnySpecIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ProviderSpecs(java.util.Map.of()));

    assertEquals("no spec document given: name at least one provider and its spec", e.getMessage());
  }

  @Test
  void missingPactLocationIsNamed(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> gate.run(dir.resolve("pacts")));

    assertEquals("no pact file or directory at " + dir.resolve("pacts").toAbsolutePath(), e.getMessage());
  }

  @Test
  void pactThatIsNotJsonIsAFindingNamingTheFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("togglkit-toggl-track-v9.json"), "{\"consumer\": ");

    GateResult result = gate.run(dir);

    assertEquals(1, result.violations().size(), () -> result.violations().toString());
    Finding finding = result.violations().get(0);
    assertEquals(Finding.Kind.UNREADABLE_PACT, finding.kind());
    assertEquals("pact.unreadable", finding.code());
    assertEquals("togglkit-toggl-track-v9.json", finding.pactFile());
    assertTrue(finding.message().contains("not valid JSON"), finding.message());
    assertFalse(result.passed());
  }

  @Test
  void withoutRequiredCoverageTheGoodPactsPass() {
    GateResult result = new ContractGate(Fixtures.realSpecs(), false).run(Fixtures.path("good"));

    assertTrue(result.passed(), () -> result.allFindings().toString());
    assertEquals(List.of(), result.allFindings());
    assertEquals(4, result.coverage().coveredPairs());
  }

  @Test
  void goodPactsPassValidationButNotCoverage() {
    GateResult result = gate.run(Fixtures.path("good"));

    assertEquals(List.of(), result.violations());
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
    Finding finding = Finding.error(Finding.Kind.REQUEST, "f.json", "p", "getClient", "loc", "msg");
    GateResult result = new GateResult(1, 2, List.of(finding), List.of(), List.of(), coverage, true, 0, 0,
        Policy.STRICT);

    assertEquals("contract gate: 1 operations, 2/2 documented statuses covered, 1 violation",
        result.summaryLine());
    assertFalse(result.passed());
    assertTrue(new GateResult(1, 2, List.of(), List.of(), List.of(), coverage, true, 0, 0, Policy.STRICT).passed());
    assertEquals("contract gate: 1 operations, 2/2 documented statuses covered, 0 violations, skipped 3 "
        + "interactions (1 pact without a spec)", new GateResult(1, 2, List.of(), List.of(), List.of(), coverage,
        true, 3, 1, Policy.CONSUMER).summaryLine());
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
    String junit = Files.readString(reportDir.resolve("TEST-contract-gate.xml"));
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
    assertTrue(junit.contains("<testcase classname=\"pact.wrong-type.json\" name=\"#0 a request to create client "
        + "Acme Corp\">\n    <failure type=\"REQUEST\" message=\"createClient [request.body.incompatible at "
        + "request.body/name]"), junit);
    assertTrue(junit.contains("<testcase classname=\"pact.good.json\" name=\"#1 a request for client 3456789\"/>"),
        junit);
    assertTrue(junit.contains("<testcase classname=\"coverage.toggl-track-v9\" name=\"deleteClient 404\">\n"
        + "    <failure type=\"MISSING_COVERAGE\""), junit);
    long failures = junit.split("<failure ", -1).length - 1;
    assertTrue(junit.contains("failures=\"" + failures + "\""), junit);
  }
}
