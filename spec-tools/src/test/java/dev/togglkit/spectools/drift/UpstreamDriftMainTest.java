package dev.togglkit.spectools.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift command on fixtures written in the shape Toggl publishes (drift/). */
class UpstreamDriftMainTest {

  @TempDir
  Path tmp;

  @Test
  void aFixtureThatDiffersOnlyWhereCurationSaysIsNotDrift() throws IOException {
    Path report = tmp.resolve("report.md");

    DriftResult result = UpstreamDriftMain.run(args("upstream-curated-only.json", "CURATION.md", report));
    UpstreamDriftMain.main(args("upstream-curated-only.json", "CURATION.md", report)); // exits normally

    assertEquals(List.of(), result.drift(), () -> describe(result.drift()));
    assertEquals(2, result.matched(), "both operations found, the path-parameter names {wid}/{id} tolerated");
    assertEquals(Set.of(
            "listWidgets query parameter status parameter location differs [C-01]",
            "listWidgets response 200 field [].color nullability differs [C-03]",
            "listWidgets response 200 field [].secret_hash new field upstream [C-02]",
            "getWidget response 200 field color nullability differs [C-03]",
            "getWidget response 200 field secret_hash new field upstream [C-02]"),
        result.curated().stream().map(UpstreamDriftMainTest::brief).collect(Collectors.toSet()));
    String markdown = Files.readString(report);
    assertTrue(markdown.contains("## Drift (0)"), markdown);
    assertTrue(markdown.contains("C-02 Widget fields left out"), "the report lists the entries used");
  }

  @Test
  void oneDriftOfEachKindIsEachReportedAndTheCommandFails() throws IOException {
    Path report = tmp.resolve("report.md");

    DriftResult result = UpstreamDriftMain.run(args("upstream-one-of-each.json", "CURATION.md", report));

    Set<String> drift = result.drift().stream().map(UpstreamDriftMainTest::brief).collect(Collectors.toSet());
    for (String expected : List.of(
        "listWidgets query parameter sort new parameter upstream []",
        "listWidgets response 200 field [].notes field not in upstream []",
        "listWidgets response 200 field [].name type differs []",
        "listWidgets response 200 field [].id nullability differs []",
        "listWidgets response 200 field [].archived_at new field upstream []",
        "getWidget response 404 new status upstream []")) {
      assertTrue(drift.contains(expected), "missing drift '" + expected + "' in\n" + String.join("\n", drift));
    }
    assertTrue(Files.readString(report).contains("| getWidget (GET /workspaces/{workspace_id}/widgets/{widget_id}) "
        + "| response 404 | new status upstream | documented | absent |"));
    UpstreamDriftMain.DriftFoundException failure = assertThrows(UpstreamDriftMain.DriftFoundException.class,
        () -> UpstreamDriftMain.main(args("upstream-one-of-each.json", "CURATION.md", report)));
    assertTrue(failure.getMessage().startsWith(result.drift().size() + " difference(s)"), failure.getMessage());
  }

  @Test
  void curatedDeparturesStayCuratedBesideDrift() {
    DriftResult result = UpstreamDriftMain.run(args("upstream-one-of-each.json", "CURATION.md", tmp.resolve("r.md")));

    assertTrue(result.curated().stream().map(UpstreamDriftMainTest::brief).toList()
        .contains("listWidgets query parameter status parameter location differs [C-01]"));
  }

  @Test
  void upstreamOperationsOnOurResourcesAreListedApartAndAreNotDrift() {
    DriftResult result = UpstreamDriftMain.run(args("upstream-curated-only.json", "CURATION.md", tmp.resolve("r.md")));

    assertEquals(List.of("POST /workspaces/{workspace_id}/widgets/{widget_id}/archive"),
        result.uncovered().stream().map(op -> op.method() + " " + op.path()).toList());
  }

  @Test
  void aMarkerNamingNoCurationEntryIsDrift() {
    DriftResult result = UpstreamDriftMain.run(
        args("upstream-curated-only.json", "CURATION-without-C-03.md", tmp.resolve("r.md")));

    assertEquals(2, result.drift().size(), () -> describe(result.drift()));
    result.drift().forEach(d -> assertEquals(Set.of("C-03"), d.unknown()));
  }

  @Test
  void aMissingUpstreamFileIsAClearError() {
    String[] args = {"--upstream=" + tmp.resolve("nope.json"), "--spec=" + fixture("spec/openapi.yaml"),
        "--curation=" + fixture("CURATION.md"), "--report=" + tmp.resolve("r.md")};

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UpstreamDriftMain.run(args));
    assertTrue(e.getMessage().contains("no upstream file at"), e.getMessage());
  }

  @Test
  void theUpstreamOptionIsRequired() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UpstreamDriftMain.run(new String[] {"--upstream=", "--spec=" + fixture("spec/openapi.yaml")}));
    assertEquals("option --upstream is required", e.getMessage());
  }

  private static String brief(Difference d) {
    String op = d.operation().substring(0, d.operation().indexOf(' '));
    return op + " " + d.element() + " " + d.kind().label() + " " + new java.util.TreeSet<>(d.entries());
  }

  private static String describe(List<Difference> differences) {
    return differences.stream().map(d -> brief(d) + " " + d.upstream() + " / " + d.ours())
        .collect(Collectors.joining("\n"));
  }

  private static String[] args(String upstream, String curation, Path report) {
    return new String[] {"--upstream=" + fixture(upstream), "--spec=" + fixture("spec/openapi.yaml"),
        "--curation=" + fixture(curation), "--report=" + report};
  }

  static Path fixture(String name) {
    try {
      return Path.of(UpstreamDriftMainTest.class.getResource("/drift/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no fixture drift/" + name, e);
    }
  }
}
