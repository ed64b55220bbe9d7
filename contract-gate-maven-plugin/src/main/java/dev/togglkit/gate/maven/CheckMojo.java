package dev.togglkit.gate.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Checks the project's Pact files against the OpenAPI document of each provider and fails the build on findings,
 * one per line in the build log. Runs in {@code verify}, after the tests that write the pacts.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class CheckMojo extends AbstractMojo {

  /**
   * Provider name (as the pacts write {@code provider.name}) to its OpenAPI document: a file (relative to the
   * project), {@code JAR!/ENTRY}, or {@code classpath:ENTRY}, looked up in the project's dependencies and then in
   * the plugin's, e.g. {@code classpath:META-INF/togglkit/spec/track-v9/openapi.yaml} from togglkit-client.
   * A pact whose provider is not listed is skipped and counted in the summary line under the {@code consumer}
   * policy, and is an {@code UNKNOWN_PROVIDER} error under {@code strict}.
   */
  @Parameter
  private Map<String, String> specs;

  /** Pact files or directories searched for {@code *.json}. */
  @Parameter(defaultValue = "${project.build.directory}/pacts")
  private List<File> pactDirectories;

  /** {@code consumer} (what a consumer's own pacts are held to) or {@code strict} (togglkit's own build). */
  @Parameter(property = "togglkit.gate.policy", defaultValue = "consumer")
  private String policy;

  /** Fail on warnings too, not only on errors. */
  @Parameter(property = "togglkit.gate.failOnWarnings", defaultValue = "false")
  private boolean failOnWarnings;

  /** Every (operation, status) pair the specs document must be exercised by an interaction. */
  @Parameter(property = "togglkit.gate.requireCoverage", defaultValue = "false")
  private boolean requireCoverage;

  /** Where index.html, report.md and TEST-contract-gate.xml (JUnit XML) are written. */
  @Parameter(property = "togglkit.gate.reportDirectory", defaultValue = "${project.build.directory}/contract-gate")
  private File reportDirectory;

  /** Skips the check. */
  @Parameter(property = "togglkit.gate.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("contract gate skipped (togglkit.gate.skip)");
      return;
    }
    List<String> classpath;
    try {
      classpath = project.getTestClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("cannot read the project's class path: " + e.getMessage(), e);
    }
    try (ProjectResources resources = ProjectResources.of(classpath, getClass().getClassLoader())) {
      new GateCheck(project.getBasedir().toPath(), specs,
          pactDirectories.stream().map(File::toPath).toList(), policy, failOnWarnings, requireCoverage,
          reportDirectory == null ? null : reportDirectory.toPath(), resources).run(getLog());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot close the project's class path: " + e.getMessage(), e);
    }
  }
}
