package dev.togglkit.gate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line tool run in-process: exit statuses, what it prints, the reports it writes. */
class GateCliTest {

  private static final Path SPEC_DIR = Path.of(System.getProperty("togglkit.spec.dir", "spec-dir-not-set"));
  private static final String TRACK_SPEC = "toggl-track-v9=" + SPEC_DIR.resolve("track-v9/openapi.yaml");
  private static final String FOCUS_SPEC = "toggl-focus=" + SPEC_DIR.resolve("focus/openapi.yaml");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void helpDocumentsEveryOptionAndTheExitStatuses() {
    assertEquals(0, run("--help"));

    String help = out();
    for (String text : List.of("--spec PROVIDER=SPEC", "--pacts PATH", "--report DIR", "--require-coverage",
        "classpath:META-INF/togglkit/spec/track-v9/openapi.yaml", "--policy NAME", "--format FORMAT",
        "Exit status: 0 no errors (warnings allowed); 1 errors; 2 bad", "3 an internal error")) {
      assertTrue(help.contains(text), () -> "help lacks '" + text + "':\n" + help);
    }
  }

  @Test
  void knownBadPactsExitOneAndNameEveryFinding(@TempDir Path reportDir) throws IOException {
    int status = run("--spec", TRACK_SPEC, "--spec", FOCUS_SPEC, "--pacts", fixture("bad").toString(),
        "--report", reportDir.toString(), "--policy", "strict");

    assertEquals(1, status, err());
    List<String> badFixtures;
    try (Stream<Path> files = Files.list(fixture("bad"))) {
      badFixtures = files.map(file -> file.getFileName().toString()).sorted().toList();
    }
    String printed = out();
    for (String file : badFixtures) {
      assertTrue(printed.contains("(pact " + file + (file.equals("unknown-provider.json") ? ")" : ", interaction #0 '")), () -> file + " not named in:\n" + printed);
    }
    assertTrue(printed.contains("UNKNOWN_PROVIDER toggl-reports"), printed);
    assertTrue(printed.contains("REQUEST toggl-track-v9 createClient [request.body.incompatible at request.body/name]"),
        printed);
    String lastLine = printed.lines().reduce((first, second) -> second).orElseThrow();
    assertTrue(lastLine.matches("contract gate: 26 operations, \\d+/98 documented statuses covered, \\d+ violations"),
        lastLine);
    for (String report : List.of("index.html", "report.md", "TEST-contract-gate.xml")) {
      assertTrue(Files.size(reportDir.resolve(report)) > 0, report);
    }
    String junit = Files.readString(reportDir.resolve("TEST-contract-gate.xml"));
    assertTrue(junit.contains("<testcase classname=\"pact.unknown-provider.json\" name=\"pact file\">"), junit);
    assertTrue(junit.contains("name=\"deleteClient 404\">\n    <skipped message=\"no interaction; coverage not "
        + "required\"/>"), junit);
  }

  @Test
  void goodPactsExitZeroAndPrintTheSummaryLine() {
    assertEquals(0, run("--spec", TRACK_SPEC, "--pacts", fixture("good").toString()), err());

    assertEquals("contract gate: 20 operations, 4/76 documented statuses covered, 0 violations\n", out());
    assertEquals("", err());
  }

  @Test
  void requiredCoverageTurnsEveryUncoveredStatusIntoAFinding() {
    assertEquals(1, run("--spec", TRACK_SPEC, "--pacts", fixture("good").toString(), "--require-coverage"));

    long missing = out().lines().filter(line -> line.startsWith("error MISSING_COVERAGE toggl-track-v9 ")).count();
    assertEquals(76 - 4, missing, out());
  }

  @Test
  void wrongArgumentsExitTwoWithOneLine() {
    assertBadInput("togglkit-contract-gate: no --spec given: name each provider's spec, e.g. --spec "
        + "my-provider=openapi.yaml (see --help)", "--pacts", "x");
    assertBadInput("togglkit-contract-gate: --spec expects PROVIDER=SPEC (the pacts' provider name, then the "
        + "OpenAPI document), got 'openapi.yaml' (see --help)", "--spec", "openapi.yaml", "--pacts", "x");
    assertBadInput("togglkit-contract-gate: unknown argument '--pact' (see --help)", "--pact", "x");
    assertBadInput("togglkit-contract-gate: --report needs a value (see --help)", "--spec", TRACK_SPEC, "--report");
  }

  @Test
  void everyArgumentMistakeIsNamed() {
    String good = fixture("good").toString();
    assertBadInput("togglkit-contract-gate: --policy must be consumer or strict, got 'x' (see --help)",
        "--spec", TRACK_SPEC, "--pacts", good, "--policy", "x");
    assertBadInput("togglkit-contract-gate: --format must be text or json, got 'x' (see --help)",
        "--spec", TRACK_SPEC, "--pacts", good, "--format", "x");
    assertBadInput("togglkit-contract-gate: --report given twice (see --help)",
        "--spec", TRACK_SPEC, "--pacts", good, "--report", "a", "--report", "b");
    assertBadInput("togglkit-contract-gate: no --pacts given: name a pact file or a directory of pact files "
        + "(see --help)", "--spec", TRACK_SPEC);
    assertBadInput("togglkit-contract-gate: --spec names provider 'toggl-track-v9' twice (see --help)",
        "--spec", TRACK_SPEC, "--spec", TRACK_SPEC, "--pacts", good);
  }

  @Test
  void anInternalErrorExitsThreeAskingForAReport() {
    int status = GateCli.run(new String[] {"--spec", TRACK_SPEC, "--pacts", fixture("good").toString()},
        print(out), print(err), source -> {
          throw new IllegalStateException("boom");
        });

    assertEquals(3, status);
    assertEquals("togglkit-contract-gate: internal error, please report it: IllegalStateException: boom\n", err());
  }

  @Test
  void aMissingJarOrJarEntryExitsTwoNamingIt(@TempDir Path dir) throws IOException {
    Path absent = dir.resolve("absent.jar");
    String source = absent + "!/META-INF/togglkit/spec/track-v9/openapi.yaml";
    assertBadInput("togglkit-contract-gate: no jar file at " + absent.toAbsolutePath() + " (from --spec " + source
        + ")", "--spec", "p=" + source, "--pacts", fixture("good").toString());

    Path jar = jarOfSpecs(dir.resolve("client.jar"));
    String noEntry = jar + "!/META-INF/togglkit/spec/nope.yaml";
    assertBadInput("togglkit-contract-gate: no entry META-INF/togglkit/spec/nope.yaml in " + jar + " (from --spec "
        + noEntry + ")", "--spec", "p=" + noEntry, "--pacts", fixture("good").toString());
  }

  @Test
  void aSpecThatIsNotYamlNorAnObjectExitsTwoNamingIt(@TempDir Path dir) throws IOException {
    assertSpecRefused(dir.resolve("broken.yaml"), "openapi: 3.0.3\npaths: [unclosed\n", " is neither YAML nor JSON: ");
    assertSpecRefused(dir.resolve("list.yaml"), "- openapi\n- 3.0.3\n", " does not hold an object\n");
  }

  @Test
  void jsonFormatPrintsOneObjectPerFindingThenTheSummary() throws IOException {
    assertEquals(1, run("--spec", TRACK_SPEC, "--spec", FOCUS_SPEC, "--pacts", fixture("bad").toString(),
        "--policy", "strict", "--format", "json"), err());

    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out().lines().toList()) {
      lines.add(json.readTree(line));
    }
    JsonNode summary = lines.remove(lines.size() - 1);
    assertEquals(List.of("type", "passed", "policy", "pactFiles", "interactions", "errors", "warnings",
        "skippedInteractions", "skippedPacts", "summary"), names(summary));
    assertEquals("summary", summary.get("type").asText());
    assertFalse(summary.get("passed").asBoolean());
    assertEquals("strict", summary.get("policy").asText());
    assertEquals(11, summary.get("pactFiles").asInt());
    assertEquals(lines.size(), summary.get("errors").asInt() + summary.get("warnings").asInt());
    assertTrue(summary.get("summary").asText().startsWith("contract gate: 26 operations, "), summary.toString());
    assertFalse(lines.isEmpty());
    for (JsonNode finding : lines) {
      assertEquals(List.of("type", "severity", "kind", "code", "pactFile", "interactionIndex", "interaction",
          "provider", "operation", "location", "specLocation", "message"), names(finding));
      assertEquals("finding", finding.get("type").asText());
      assertTrue(Set.of("error", "warning").contains(finding.get("severity").asText()), finding.toString());
    }
    JsonNode renamed = lines.stream()
        .filter(finding -> finding.get("pactFile").asText().equals("wrong-type.json")).findFirst().orElseThrow();
    assertEquals("REQUEST", renamed.get("kind").asText());
    assertEquals("request.body.incompatible", renamed.get("code").asText());
    assertEquals(0, renamed.get("interactionIndex").asInt());
    assertEquals("toggl-track-v9", renamed.get("provider").asText());
    assertEquals("createClient", renamed.get("operation").asText());
    assertEquals("request.body.incompatible at request.body/name", renamed.get("location").asText());
    JsonNode unknown = lines.stream()
        .filter(finding -> finding.get("kind").asText().equals("UNKNOWN_PROVIDER")).findFirst().orElseThrow();
    assertTrue(unknown.get("interactionIndex").isNull(), unknown.toString());
    assertEquals("provider.unknown", unknown.get("code").asText());
    assertEquals("provider.name", unknown.get("location").asText());
  }

  @Test
  void jsonSummaryCountsMissingCoverageAmongTheErrors() throws IOException {
    assertEquals(1, run("--spec", TRACK_SPEC, "--pacts", fixture("good").toString(), "--require-coverage",
        "--format", "json"));

    List<String> lines = out().lines().toList();
    JsonNode summary = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertEquals(76 - 4, summary.get("errors").asInt(), summary.toString());
    assertEquals(76 - 4, lines.stream().filter(line -> line.contains("\"severity\":\"error\"")).count());
    JsonNode missing = new ObjectMapper().readTree(lines.get(0));
    assertEquals("MISSING_COVERAGE", missing.get("kind").asText());
    assertEquals("coverage.missing", missing.get("code").asText());
    assertTrue(missing.get("location").asText().startsWith("responses."), missing.toString());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void missingSpecOrPactsExitTwoNamingThem(@TempDir Path dir) {
    assertBadInput("togglkit-contract-gate: spec document not found: " + dir.resolve("absent.yaml"),
        "--spec", "p=" + dir.resolve("absent.yaml"), "--pacts", fixture("good").toString());
    assertBadInput("togglkit-contract-gate: no pact files found in " + dir.toAbsolutePath()
        + " — did the Pact tests run?", "--spec", TRACK_SPEC, "--pacts", dir.toString());
  }

  @Test
  void specDefectNoInteractionReachesIsAWarningNotARefusal(@TempDir Path dir) throws IOException {
    Path spec = specWithABrokenRef(dir);

    assertEquals(0, run("--spec", "p=" + spec, "--pacts", fixture("good").toString()), err());

    assertTrue(out().contains("warning SPEC p - [spec.defect]"), out());
    assertTrue(out().contains("DoesNotExist.yaml"), out());
    assertTrue(out().contains("skipped 4 interactions (1 pact without a spec)"), out());
  }

  @Test
  void specDefectShowsInTheJUnitReportAsASpecTestCase(@TempDir Path dir) throws IOException {
    Path spec = specWithABrokenRef(dir);
    Path reportDir = dir.resolve("report");

    assertEquals(0, run("--spec", "p=" + spec, "--pacts", fixture("good").toString(), "--report",
        reportDir.toString()), err());

    String junit = Files.readString(reportDir.resolve("TEST-contract-gate.xml"));
    int testCase = junit.indexOf("<testcase classname=\"spec.p\" name=\"spec document\">");
    assertTrue(testCase >= 0, junit);
    String systemOut = junit.substring(testCase, junit.indexOf("</testcase>", testCase));
    assertTrue(systemOut.contains("<system-out>warning SPEC p - [spec.defect]"), systemOut);
    assertTrue(systemOut.contains("DoesNotExist.yaml"), systemOut);
    assertTrue(junit.contains("failures=\"0\""), junit);
  }

  /** A spec whose one path item is a $ref to a file that does not exist: a defect, since no pact calls it. */
  private static Path specWithABrokenRef(Path dir) throws IOException {
    return Files.writeString(dir.resolve("openapi.yaml"), """
        openapi: 3.0.3
        info: {title: broken, version: "1"}
        paths:
          /things:
            $ref: paths/DoesNotExist.yaml
        """);
  }

  @Test
  void specThatIsNotOpenApiExitsTwoNamingIt(@TempDir Path dir) throws IOException {
    assertSpecRefused(dir.resolve("openapi.yaml"), "asyncapi: 2.6.0\n", " is neither OpenAPI 3");
  }

  /** The spec written to {@code file} makes the tool exit 2 with one line naming the file, then {@code reason}. */
  private void assertSpecRefused(Path file, String content, String reason) throws IOException {
    Files.writeString(file, content);
    err.reset();

    assertEquals(2, run("--spec", "p=" + file, "--pacts", fixture("good").toString()));

    assertTrue(err().startsWith("togglkit-contract-gate: spec document " + file + reason), err());
    assertEquals(1, err().lines().count(), err());
  }

  @Test
  void unreadablePactExitsTwoNamingTheFile(@TempDir Path dir) throws IOException {
    Path pact = Files.writeString(dir.resolve("broken.json"), "{\"consumer\": ");

    assertEquals(2, run("--spec", TRACK_SPEC, "--pacts", pact.toString()));

    assertTrue(err().startsWith("togglkit-contract-gate: unreadable pact " + pact + ": not valid JSON"), err());
  }

  @Test
  void aV2QueryWithABrokenPercentEscapeIsCheckedNotAnInternalError(@TempDir Path dir) throws IOException {
    Path pact = Files.writeString(dir.resolve("v2.json"), """
        {"consumer": {"name": "shop"}, "provider": {"name": "toggl-track-v9"},
         "metadata": {"pactSpecification": {"version": "2.0.0"}},
         "interactions": [{"description": "clients with a broken escape",
           "request": {"method": "GET", "path": "/api/v9/workspaces/1/clients", "query": "name=%zz",
                       "headers": {"Authorization": "Basic dGVzdC10b2tlbjphcGlfdG9rZW4="}},
           "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": []}}]}
        """);

    int status = run("--spec", TRACK_SPEC, "--pacts", pact.toString());

    assertEquals(0, status, err());
    assertEquals("", err());
  }

  @Test
  void specInsideAJarIsReadWithTheFilesItRefersTo(@TempDir Path dir) throws IOException {
    Path jar = jarOfSpecs(dir.resolve("client.jar"));

    assertEquals(0, run("--spec", "toggl-track-v9=" + jar + "!/META-INF/togglkit/spec/track-v9/openapi.yaml",
        "--pacts", fixture("good").toString()), err());
    assertTrue(out().startsWith("contract gate: 20 operations, 4/76"), out());
  }

  @Test
  void specOnTheClassPathIsReadFromItsJar(@TempDir Path dir) throws IOException {
    Path jar = jarOfSpecs(dir.resolve("client.jar"));
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      thread.setContextClassLoader(loader);

      // The good fixture is a Track pact: against Focus alone it is an unknown provider, but the spec was read.
      assertEquals(1, run("--spec", "toggl-focus=classpath:META-INF/togglkit/spec/focus/openapi.yaml",
          "--pacts", fixture("good").toString(), "--policy", "strict"), err());
      assertTrue(out().startsWith("error UNKNOWN_PROVIDER toggl-track-v9"), out());
      assertTrue(out().endsWith("contract gate: 6 operations, 0/22 documented statuses covered, 1 violation\n"),
          out());
      assertBadInput("togglkit-contract-gate: no resource META-INF/togglkit/spec/nope.yaml on the class path (put the"
              + " jar holding it on the class path with java -cp, or use JAR!/META-INF/togglkit/spec/nope.yaml)",
          "--spec", "p=classpath:META-INF/togglkit/spec/nope.yaml", "--pacts", fixture("good").toString());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private void assertBadInput(String expectedLine, String... args) {
    err.reset();
    assertEquals(2, run(args), out());
    assertEquals(expectedLine + "\n", err());
  }

  private int run(String... args) {
    out.reset();
    return GateCli.run(args, print(out), print(err));
  }

  private static PrintStream print(OutputStream stream) {
    return new PrintStream(stream, true, StandardCharsets.UTF_8);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static Path fixture(String relative) {
    try {
      return Path.of(GateCliTest.class.getResource("/pact-fixtures/" + relative).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A jar holding spec/ under META-INF/togglkit/spec/, as togglkit-client packages it. */
  private static Path jarOfSpecs(Path jar) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(SPEC_DIR)) {
      walk.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Path file : files) {
        out.putNextEntry(new JarEntry("META-INF/togglkit/spec/" + SPEC_DIR.relativize(file).toString()
            .replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }
}
