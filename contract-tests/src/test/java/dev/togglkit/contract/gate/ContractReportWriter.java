package dev.togglkit.contract.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the gate's report (index.html and report.md) into one directory. */
public final class ContractReportWriter {

  private ContractReportWriter() {
  }

  public static void write(Path reportDir, GateResult result) {
    try {
      Files.createDirectories(reportDir);
      Files.writeString(reportDir.resolve("report.md"), MarkdownReport.render(result), StandardCharsets.UTF_8);
      Files.writeString(reportDir.resolve("index.html"), HtmlReport.render(result), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the contract report to " + reportDir, e);
    }
  }
}
