package dev.togglkit.gate.report;

import dev.togglkit.gate.GateResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the gate's report into one directory: index.html, report.md and TEST-contract-gate.xml (JUnit XML). */
public final class ContractReportWriter {

  /** The JUnit XML file's name; CI servers collect {@code TEST-*.xml}. */
  public static final String JUNIT_XML = "TEST-contract-gate.xml";

  private ContractReportWriter() {
  }

  public static void write(Path reportDir, GateResult result) {
    try {
      Files.createDirectories(reportDir);
      Files.writeString(reportDir.resolve("report.md"), MarkdownReport.render(result), StandardCharsets.UTF_8);
      Files.writeString(reportDir.resolve("index.html"), HtmlReport.render(result), StandardCharsets.UTF_8);
      Files.writeString(reportDir.resolve(JUNIT_XML), JUnitXmlReport.render(result), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the contract report to " + reportDir, e);
    }
  }
}
