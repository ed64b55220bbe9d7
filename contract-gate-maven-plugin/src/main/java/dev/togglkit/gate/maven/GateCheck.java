package dev.togglkit.gate.maven;

import dev.togglkit.gate.ApiSpec;
import dev.togglkit.gate.ContractGate;
import dev.togglkit.gate.Finding;
import dev.togglkit.gate.GateResult;
import dev.togglkit.gate.Policy;
import dev.togglkit.gate.ProviderSpecs;
import dev.togglkit.gate.SpecResources;
import dev.togglkit.gate.report.ContractReportWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * One run of the gate as the {@code check} goal configures it, without Maven's injection, so tests can drive it.
 * Bad configuration (an unknown policy, a spec that is missing or does not parse, no pact files) is a
 * {@link MojoExecutionException} naming the problem; findings are logged one per line and are a
 * {@link MojoFailureException} naming their count.
 *
 * @param basedir         the project directory; relative spec locations start there
 * @param specs           provider name, as the pacts declare it, to spec location (a file, {@code JAR!/ENTRY} or
 *                        {@code classpath:ENTRY})
 * @param pacts           pact files or directories
 * @param policy          {@code consumer} or {@code strict}
 * @param failOnWarnings  whether warnings fail the build as errors do
 * @param requireCoverage whether every documented (operation, status) pair needs an interaction
 * @param reportDirectory where index.html, report.md and the JUnit XML go, or {@code null} for none
 * @param classpath       where {@code classpath:} locations are looked up
 */
record GateCheck(Path basedir, Map<String, String> specs, List<Path> pacts, String policy, boolean failOnWarnings,
                 boolean requireCoverage, Path reportDirectory, ClassLoader classpath) {

  private static final String CLASSPATH = "classpath:";

  void run(Log log) throws MojoExecutionException, MojoFailureException {
    Policy gatePolicy = configured(() -> GatePolicy.parse(policy));
    ProviderSpecs providerSpecs = loadSpecs();
    ContractGate.PactFiles pactFiles = configured(() -> ContractGate.read(pacts));
    GateResult result = new ContractGate(providerSpecs, requireCoverage, gatePolicy).check(pactFiles);
    if (reportDirectory != null) {
      try {
        ContractReportWriter.write(reportDirectory, result);
      } catch (UncheckedIOException e) {
        throw new MojoExecutionException(e.getMessage() + ": " + e.getCause().getMessage(), e);
      }
    }
    List<Finding> errors = result.allFindings().stream().filter(Finding::isError).toList();
    List<Finding> warnings = result.warnings();
    errors.forEach(finding -> log.error(finding.describe()));
    warnings.forEach(finding -> log.warn(finding.describe()));
    log.info(result.summaryLine() + " (policy " + gatePolicy.label() + ", " + result.pactFiles()
        + " pact file" + (result.pactFiles() == 1 ? "" : "s") + ", " + result.interactions() + " interactions)");
    int failing = errors.size() + (failOnWarnings ? warnings.size() : 0);
    if (failing > 0 || !result.passed()) {
      throw new MojoFailureException("contract gate: " + count(failing, "finding") + " ("
          + count(errors.size(), "error") + ", " + count(warnings.size(), "warning")
          + (failOnWarnings ? ", failOnWarnings" : "") + ")"
          + (reportDirectory == null ? "" : "; report: " + reportDirectory.resolve("index.html")));
    }
  }

  private ProviderSpecs loadSpecs() throws MojoExecutionException {
    if (specs == null || specs.isEmpty()) {
      throw new MojoExecutionException("no <specs> configured: name each provider your pacts declare and its "
          + "OpenAPI document, e.g. <specs><toggl-track-v9>classpath:META-INF/togglkit/spec/track-v9/openapi.yaml"
          + "</toggl-track-v9></specs>");
    }
    Map<String, ApiSpec> loaded = new LinkedHashMap<>();
    for (Map.Entry<String, String> spec : specs.entrySet()) {
      String provider = spec.getKey();
      String location = spec.getValue() == null ? "" : spec.getValue().strip();
      if (location.isEmpty()) {
        throw new MojoExecutionException("spec of provider '" + provider + "' is empty: give a file, JAR!/ENTRY "
            + "or classpath:ENTRY");
      }
      loaded.put(provider, configured(() -> ApiSpec.load(resolve(location)), "spec of provider '" + provider
          + "' (" + location + "): "));
    }
    return new ProviderSpecs(loaded);
  }

  /**
   * The spec's root file: {@code classpath:ENTRY} from {@link #classpath}, {@code JAR!/ENTRY} and plain files
   * relative to the project directory, not Maven's working directory. A file that is not there is refused by
   * {@link ApiSpec#load}, naming it.
   */
  private Path resolve(String location) {
    if (location.startsWith(CLASSPATH)) {
      String entry = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
      if (classpath.getResource(entry) == null) {
        throw new IllegalArgumentException("no resource " + entry + " in the project's dependencies nor in the "
            + "plugin's <dependencies> (add the jar holding it, e.g. togglkit-client, to either)");
      }
      return SpecResources.fromClasspath(entry, classpath);
    }
    int bang = location.indexOf("!/");
    if (bang > 0) {
      Path jar = basedir.resolve(location.substring(0, bang));
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no jar file at " + jar);
      }
      return SpecResources.fromJar(jar, location.substring(bang + 2));
    }
    return basedir.resolve(location);
  }

  private interface ConfigStep<T> {
    T get();
  }

  private static <T> T configured(ConfigStep<T> step) throws MojoExecutionException {
    return configured(step, "");
  }

  /** Runs a step whose failure means bad configuration or input: its message, prefixed, fails the build. */
  private static <T> T configured(ConfigStep<T> step, String prefix) throws MojoExecutionException {
    try {
      return step.get();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new MojoExecutionException(prefix + e.getMessage(), e);
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
