package dev.togglkit.contract.gate;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract gate, run by failsafe after surefire has run the Pact tests and written target/pacts. It writes
 * target/contract-report/, prints the summary line, and fails the build listing every finding.
 *
 * <p>System properties (set by contract-tests/pom.xml): {@code togglkit.spec.dir}, {@code pact.rootDir},
 * {@code togglkit.contract.report.dir}. Skip with {@code -Dtogglkit.gate.skip=true}.
 */
class ContractGateIT {

  @Test
  void everyPactInteractionMatchesTheSpecAndEveryDocumentedStatusIsCovered() {
    Path pactDir = Path.of(required("pact.rootDir"));
    Path reportDir = Path.of(required("togglkit.contract.report.dir"));
    ProviderSpecs specs = ProviderSpecs.load(ProviderSpecs.specDirFromSystemProperty());

    GateResult result = new ContractGate(specs).run(pactDir);
    ContractReportWriter.write(reportDir, result);
    System.out.println(result.summaryLine());

    if (!result.passed()) {
      fail(result.summaryLine() + " — report: " + reportDir.resolve("index.html") + "\n"
          + result.allFindings().stream().map(Finding::describe).collect(Collectors.joining("\n")));
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property
          + " is not set; run the gate through Maven (./mvnw verify)");
    }
    return value;
  }
}
