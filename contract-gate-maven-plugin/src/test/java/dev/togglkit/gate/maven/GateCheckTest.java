package dev.togglkit.gate.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal's behaviour without Maven: findings, configuration errors, spec locations. It uses the
 * integration test's consumer projects (src/it) as fixtures, so both tests read the same small spec and pacts.
 */
class GateCheckTest {

  private static final Path IT = Path.of("src/it").toAbsolutePath();
  private static final Path WIDGETS_SPEC = IT.resolve("specs/widgets/openapi.yaml");
  private static final Path PASSING_WIDGETS = IT.resolve("consumers/passing/pacts/shop-widgets.json");
  private static final Path WRONG_TYPE_PACTS = IT.resolve("consumers/wrong-field-type/pacts");
  private static final String WIDGET_SCHEMA = read(WIDGETS_SPEC.resolveSibling("schemas/widget.yaml"));

  @TempDir
  Path temp;

  private final CapturingLog log = new CapturingLog();

  @Test
  void matchingPactsPassAndTheSummaryNamesThePolicy() throws Exception {
    check(Map.of("widgets", WIDGETS_SPEC.toString()), List.of(PASSING_WIDGETS), "consumer", false).run(log);

    assertEquals(List.of(), log.errors);
    assertTrue(log.infos.stream().anyMatch(line -> line.startsWith("contract gate: 1 operations, 2/2 documented "
        + "statuses covered, 0 violations") && line.endsWith("(policy consumer, 1 pact file, 2 interactions)")),
        log.infos.toString());
  }

  @Test
  void aWrongFieldTypeFailsTheBuildWithOneLinePerFindingAndTheCount() {
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> check(Map.of("widgets", WIDGETS_SPEC.toString()), List.of(WRONG_TYPE_PACTS), "strict", false)
            .run(log));

    assertTrue(failure.getMessage().startsWith("contract gate: 1 finding (1 error, 0 warnings)"),
        failure.getMessage());
    assertEquals(1, log.errors.size(), log.errors.toString());
    String finding = log.errors.get(0);
    assertTrue(finding.contains("RESPONSE widgets getWidget"), finding);
    assertTrue(finding.contains("weight_grams"), finding);
    assertTrue(finding.contains("(pact shop-widgets.json, interaction "), finding);
    assertTrue(finding.endsWith("'get an existing widget')"), finding);
  }

  @Test
  void theReportIsWrittenEvenWhenTheGateFails() {
    Path report = temp.resolve("report");
    GateCheck check = new GateCheck(IT, Map.of("widgets", WIDGETS_SPEC.toString()), List.of(WRONG_TYPE_PACTS),
        "consumer", false, false, report, emptyClasspath());

    MojoFailureException failure = assertThrows(MojoFailureException.class, () -> check.run(log));

    assertTrue(Files.isRegularFile(report.resolve("index.html")));
    assertTrue(Files.isRegularFile(report.resolve("TEST-contract-gate.xml")));
    assertTrue(failure.getMessage().endsWith("report: " + report.resolve("index.html")), failure.getMessage());
  }

  @Test
  void requireCoverageFailsWhenADocumentedStatusHasNoInteraction() throws IOException {
    Path pact = temp.resolve("only-200.json");
    Files.writeString(pact, Files.readString(PASSING_WIDGETS).replaceFirst(
        "(?s),\\s*\\{\\s*\"description\": \"get a missing widget\".*?\\}\\s*\\}", ""));

    assertDoesNotThrow(() -> check(Map.of("widgets", WIDGETS_SPEC.toString()), List.of(pact), "consumer", false)
        .run(new CapturingLog()));
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> check(Map.of("widgets", WIDGETS_SPEC.toString()), List.of(pact), "consumer", true).run(log));

    assertTrue(failure.getMessage().startsWith("contract gate: 1 finding"), failure.getMessage());
    assertTrue(log.errors.get(0).contains("MISSING_COVERAGE widgets getWidget"), log.errors.toString());
  }

  @Test
  void thePolicyReachesTheGate() throws IOException {
    // A widget answered without its required name: a consumer's pact states only what it reads, so consumer does
    // not demand the schema's required fields; strict does.
    Path pact = temp.resolve("without-name.json");
    Files.writeString(pact, Files.readString(PASSING_WIDGETS).replace("\"name\": \"sprocket\", ", ""));

    assertDoesNotThrow(() -> check(Map.of("widgets", WIDGETS_SPEC.toString()), List.of(pact), "consumer", false)
        .run(new CapturingLog()));
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> check(Map.of("widgets", WIDGETS_SPEC.toString()), List.of(pact), "strict", false).run(log));

    assertTrue(failure.getMessage().startsWith("contract gate: 1 finding (1 error"), failure.getMessage());
    assertTrue(log.errors.get(0).contains("'get an existing widget'"), log.errors.toString());
  }

  @Test
  void anUnknownPolicyIsAConfigurationError() {
    MojoExecutionException error = assertThrows(MojoExecutionException.class,
        () -> check(Map.of("widgets", WIDGETS_SPEC.toString()), List.of(PASSING_WIDGETS), "lenient", false)
            .run(log));

    assertEquals("unknown policy 'lenient': use one of consumer, strict", error.getMessage());
  }

  @Test
  void aMissingSpecFileIsAConfigurationErrorNamingProviderAndFile() {
    MojoExecutionException error = assertThrows(MojoExecutionException.class,
        () -> check(Map.of("widgets", "specs/nope.yaml"), List.of(PASSING_WIDGETS), "consumer", false).run(log));

    assertTrue(error.getMessage().startsWith("spec of provider 'widgets' (specs/nope.yaml): "), error.getMessage());
    assertTrue(error.getMessage().contains(IT.resolve("specs/nope.yaml").toString()), error.getMessage());
  }

  @Test
  void noSpecsAtAllIsAConfigurationError() {
    MojoExecutionException error = assertThrows(MojoExecutionException.class,
        () -> check(Map.of(), List.of(PASSING_WIDGETS), "consumer", false).run(log));

    assertTrue(error.getMessage().startsWith("no <specs> configured"), error.getMessage());
  }

  @Test
  void noPactsIsAConfigurationError() throws IOException {
    Path empty = Files.createDirectory(temp.resolve("pacts"));
    Path missing = temp.resolve("target/pacts");

    MojoExecutionException none = assertThrows(MojoExecutionException.class,
        () -> check(Map.of("widgets", WIDGETS_SPEC.toString()), List.of(empty), "consumer", false).run(log));
    MojoExecutionException absent = assertThrows(MojoExecutionException.class,
        () -> check(Map.of("widgets", WIDGETS_SPEC.toString()), List.of(missing), "consumer", false).run(log));

    assertTrue(none.getMessage().startsWith("no pact files found in " + empty), none.getMessage());
    assertTrue(absent.getMessage().startsWith("no pact file or directory at " + missing), absent.getMessage());
  }

  @Test
  void aRelativeSpecFileIsTakenFromTheProjectDirectory() {
    assertDoesNotThrow(() -> check(Map.of("widgets", "specs/widgets/openapi.yaml"), List.of(PASSING_WIDGETS),
        "consumer", false).run(log));
  }

  @Test
  void aClasspathSpecIsFoundInTheProjectsDependenciesAndAJarEntryByPath() throws Exception {
    Path jar = specJar();
    try (ProjectResources classpath = ProjectResources.of(List.of(jar.toString()), emptyClasspath())) {
      new GateCheck(temp, Map.of("widgets", "classpath:META-INF/widgets/openapi.yaml"), List.of(PASSING_WIDGETS),
          "consumer", false, false, null, classpath).run(log);
    }
    new GateCheck(temp, Map.of("widgets", jar.getFileName() + "!/META-INF/widgets/openapi.yaml"),
        List.of(PASSING_WIDGETS), "consumer", false, false, null, emptyClasspath()).run(log);

    assertEquals(List.of(), log.errors);
  }

  @Test
  void aClasspathSpecThatNoDependencyHoldsIsAConfigurationError() {
    MojoExecutionException error = assertThrows(MojoExecutionException.class,
        () -> check(Map.of("toggl", "classpath:META-INF/togglkit/spec/nope/openapi.yaml"), List.of(PASSING_WIDGETS),
            "consumer", false).run(log));

    assertEquals("spec of provider 'toggl' (classpath:META-INF/togglkit/spec/nope/openapi.yaml): no resource "
        + "META-INF/togglkit/spec/nope/openapi.yaml in the project's dependencies nor in the plugin's "
        + "<dependencies> (add the jar holding it, e.g. togglkit-client, to either)", error.getMessage());
  }

  @Test
  void theProjectsCopyOfAResourceWinsOverThePlugins() throws Exception {
    // Both the project and the plugin hold META-INF/widgets/openapi.yaml; the plugin's copy documents weight_grams
    // as a string, so checking the passing pact against it would fail.
    Path project = specJar("widgets-spec.jar", WIDGET_SCHEMA);
    Path pluginJar = specJar("plugin-spec.jar", WIDGET_SCHEMA.replace(
        "weight_grams:\n    type: integer", "weight_grams:\n    type: string"));
    String entry = "META-INF/widgets/openapi.yaml";
    try (URLClassLoader plugin = new URLClassLoader(new URL[] {pluginJar.toUri().toURL()}, null);
         ProjectResources classpath = ProjectResources.of(List.of(project.toString()), plugin);
         ProjectResources pluginOnly = ProjectResources.of(List.of(), plugin)) {
      assertTrue(classpath.getResource(entry).toString().endsWith("/widgets-spec.jar!/" + entry),
          classpath.getResource(entry).toString());
      assertTrue(pluginOnly.getResource(entry).toString().endsWith("/plugin-spec.jar!/" + entry),
          pluginOnly.getResource(entry).toString());
      assertEquals(null, classpath.getResource("nothing/here.yaml"));

      new GateCheck(temp, Map.of("widgets", "classpath:" + entry), List.of(PASSING_WIDGETS), "consumer", false,
          false, null, classpath).run(log);
      MojoFailureException againstThePlugins = assertThrows(MojoFailureException.class,
          () -> new GateCheck(temp, Map.of("widgets", "classpath:" + entry), List.of(PASSING_WIDGETS), "consumer",
              false, false, null, pluginOnly).run(new CapturingLog()));
      assertTrue(againstThePlugins.getMessage().startsWith("contract gate: 1 finding (1 error"),
          againstThePlugins.getMessage());
    }
    assertEquals(List.of(), log.errors);
  }

  @Test
  void anUndocumentedQueryParameterIsAWarningThatFailsTheBuildOnlyWithFailOnWarnings() throws Exception {
    Path pact = temp.resolve("with-query.json");
    Files.writeString(pact, Files.readString(PASSING_WIDGETS).replace("\"path\": \"/widgets/42\" }",
        "\"path\": \"/widgets/42\", \"query\": { \"colour\": [\"red\"] } }"));
    Map<String, String> specs = Map.of("widgets", WIDGETS_SPEC.toString());

    new GateCheck(IT, specs, List.of(pact), "consumer", false, false, null, emptyClasspath()).run(log);
    CapturingLog failing = new CapturingLog();
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> new GateCheck(IT, specs, List.of(pact), "consumer", true, false, null, emptyClasspath())
            .run(failing));

    assertEquals(List.of(), log.errors);
    assertEquals(1, log.warnings.size(), log.warnings.toString());
    assertTrue(log.warnings.get(0).startsWith("warning REQUEST widgets getWidget [request.query.unknown"),
        log.warnings.get(0));
    assertTrue(log.warnings.get(0).contains("colour"), log.warnings.get(0));
    assertEquals("contract gate: 1 finding (0 errors, 1 warning, failOnWarnings)", failure.getMessage());
    assertEquals(log.warnings, failing.warnings);
  }

  @Test
  void aPactOfAProviderWithoutASpecIsSkippedUnderConsumerAndAnErrorUnderStrict() {
    Map<String, String> specs = Map.of("widgets", WIDGETS_SPEC.toString());
    List<Path> pacts = List.of(PASSING_WIDGETS.getParent());

    assertDoesNotThrow(() -> check(specs, pacts, "consumer", false).run(log));
    CapturingLog strict = new CapturingLog();
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> check(specs, pacts, "strict", false).run(strict));

    assertEquals(List.of(), log.errors);
    assertTrue(log.infos.stream().anyMatch(line -> line.contains(", skipped 1 interaction (1 pact without a spec) "
        + "(policy consumer, 2 pact files, 3 interactions)")), log.infos.toString());
    assertEquals("contract gate: 1 finding (1 error, 0 warnings)", failure.getMessage());
    assertEquals(1, strict.errors.size(), strict.errors.toString());
    assertTrue(strict.errors.get(0).startsWith("error UNKNOWN_PROVIDER toggl-track-v9 "), strict.errors.get(0));
    assertTrue(strict.errors.get(0).contains("known providers: widgets"), strict.errors.get(0));
  }

  @Test
  void anEmptySpecLocationIsAConfigurationErrorNamingTheProvider() {
    Map<String, String> blank = Map.of("widgets", "  ");
    Map<String, String> none = new HashMap<>();
    none.put("widgets", null);

    for (Map<String, String> specs : List.of(blank, none)) {
      MojoExecutionException error = assertThrows(MojoExecutionException.class,
          () -> check(specs, List.of(PASSING_WIDGETS), "consumer", false).run(log));
      assertEquals("spec of provider 'widgets' is empty: give a file, JAR!/ENTRY or classpath:ENTRY",
          error.getMessage());
    }
  }

  @Test
  void aJarThatIsNotThereIsAConfigurationErrorNamingItFromTheProjectDirectory() {
    String location = "libs/widgets-spec.jar!/META-INF/widgets/openapi.yaml";
    MojoExecutionException error = assertThrows(MojoExecutionException.class,
        () -> new GateCheck(temp, Map.of("widgets", location), List.of(PASSING_WIDGETS), "consumer", false, false,
            null, emptyClasspath()).run(log));

    assertEquals("spec of provider 'widgets' (" + location + "): no jar file at "
        + temp.resolve("libs/widgets-spec.jar"), error.getMessage());
  }

  private GateCheck check(Map<String, String> specs, List<Path> pacts, String policy, boolean requireCoverage) {
    return new GateCheck(IT, specs, pacts, policy, false, requireCoverage, null, emptyClasspath());
  }

  private static ClassLoader emptyClasspath() {
    return new URLClassLoader(new URL[0], null);
  }

  /** A jar holding the widgets spec (both files) under META-INF/widgets/, as a dependency would. */
  private Path specJar() throws IOException {
    return specJar("widgets-spec.jar", WIDGET_SCHEMA);
  }

  /** A jar holding the widgets spec under META-INF/widgets/, with the given widget schema. */
  private Path specJar(String name, String widgetSchema) throws IOException {
    Path jar = temp.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, "META-INF/widgets/openapi.yaml", Files.readAllBytes(WIDGETS_SPEC));
      add(out, "META-INF/widgets/schemas/widget.yaml", widgetSchema.getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  private static void add(JarOutputStream jar, String name, byte[] content) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    jar.write(content);
    jar.closeEntry();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines the goal logs, by level. */
  static final class CapturingLog extends SystemStreamLog {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> infos = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      errors.add(content.toString());
    }

    @Override
    public void warn(CharSequence content) {
      warnings.add(content.toString());
    }

    @Override
    public void info(CharSequence content) {
      infos.add(content.toString());
    }
  }
}
