package dev.togglkit.spectools.drift;

import dev.togglkit.spectools.Args;
import dev.togglkit.spectools.CurationLog;
import dev.togglkit.spectools.OpenApiFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The drift command: compares Toggl's published Swagger (path or URL) with one of our spec documents, writes
 * the report, prints one line, and fails when any difference is drift.
 *
 * <p>Run: {@code ./mvnw -q -pl spec-tools -am process-classes -Dtogglkit.upstream=FILE-OR-URL}
 * (README "When Toggl's docs change"). Options: {@code --upstream}, {@code --spec}, {@code --curation},
 * {@code --report}.
 */
public final class UpstreamDriftMain {

  private UpstreamDriftMain() {
  }

  public static void main(String[] args) {
    DriftResult result = run(args);
    if (!result.drift().isEmpty()) {
      // An exception (not System.exit) so Maven's exec:java ends with BUILD FAILURE and a non-zero exit code.
      throw new DriftFoundException(result.drift().size() + " difference(s) from Toggl's Swagger are drift "
          + "(not explained by CURATION.md); see the report");
    }
  }

  /** Runs the check, writes the report and prints the summary line. */
  public static DriftResult run(String[] args) {
    Args options = Args.parse(args, Set.of("upstream", "spec", "curation", "report"));
    String upstream = options.required("upstream");
    Path spec = Path.of(options.required("spec"));
    Path curationFile = Path.of(options.optional("curation", spec.getParent().getParent().resolve("CURATION.md").toString()));
    Path report = Path.of(options.optional("report", "target/upstream-drift/report.md"));

    CurationLog curation = CurationLog.read(curationFile);
    DriftResult result = DriftCheck.compare(OperationShapes.of(OpenApiFiles.readSpec(spec)),
        OperationShapes.of(OpenApiFiles.readUpstream(upstream)), curation);
    try {
      Files.createDirectories(report.toAbsolutePath().getParent());
      Files.writeString(report, DriftReport.markdown(result, upstream, spec.toString(), curation));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the drift report " + report, e);
    }
    System.out.println(result.summaryLine() + " (report: " + report + ")");
    return result;
  }

  /** Thrown when the check found drift. */
  public static final class DriftFoundException extends RuntimeException {
    public DriftFoundException(String message) {
      super(message);
    }
  }
}
