package dev.togglkit.gate.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    Path jar = specJar();
    ClassLoader plugin = new java.net.URLClassLoader(new java.net.URL[] {IT.toUri().toURL()}, null);
    try (ProjectResources classpath = ProjectResources.of(List.of(jar.toString(), IT.toString()), plugin)) {
      assertTrue(classpath.getResource("META-INF/widgets/openapi.yaml").toString().startsWith("jar:"));
      assertTrue(classpath.getResource("specs/widgets/openapi.yaml").toString().startsWith("file:"));
      assertEquals(null, classpath.getResource("nothing/here.yaml"));
    }
  }

  private GateCheck check(Map<String, String> specs, List<Path> pacts, String policy, boolean requireCoverage) {
    return new GateCheck(IT, specs, pacts, policy, false, requireCoverage, null, emptyClasspath());
  }

  private static ClassLoader emptyClasspath() {
    return new java.net.URLClassLoader(new java.net.URL[0], null);
  }

  /** A jar holding the widgets spec (both files) under META-INF/widgets/, as a dependency would. */
  private Path specJar() throws IOException {
    Path jar = temp.resolve("widgets-spec.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      add(out, "META-INF/widgets/openapi.yaml", WIDGETS_SPEC);
      add(out, "META-INF/widgets/schemas/widget.yaml", WIDGETS_SPEC.resolveSibling("schemas/widget.yaml"));
    }
    return jar;
  }

  private static void add(JarOutputStream jar, String name, Path file) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    OutputStream entry = jar;
    entry.write(Files.readAllBytes(file));
    jar.closeEntry();
  }

  /** The lines the goal logs, by level. */
  private static final class CapturingLog extends SystemStreamLog {
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
