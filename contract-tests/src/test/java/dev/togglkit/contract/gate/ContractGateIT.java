package dev.togglkit.contract.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.togglkit.gate.cli.GateCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract gate over togglkit's own pacts, run by failsafe after surefire has run the Pact tests and written
 * target/pacts. It runs togglkit-contract-gate's command line tool in-process, exactly as a user would run the
 * jar, with coverage required: it writes target/contract-report/, prints the summary line, and fails the build
 * listing every finding.
 *
 * <p>System properties (set by contract-tests/pom.xml): {@code togglkit.gate.specs} (comma-separated
 * {@code provider=spec file}, the provider-to-spec map), {@code pact.rootDir}, {@code togglkit.contract.report.dir}.
 * Skip with {@code -Dtogglkit.gate.skip=true}.
 */
class ContractGateIT {

  @Test
  void everyPactInteractionMatchesTheSpecAndEveryDocumentedStatusIsCovered() {
    List<String> args = new ArrayList<>();
    for (String spec : required("togglkit.gate.specs").split(",")) {
      args.add("--spec");
      args.add(spec.strip());
    }
    args.addAll(List.of("--pacts", required("pact.rootDir"), "--report", required("togglkit.contract.report.dir"),
        "--require-coverage", "--policy", "strict"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = GateCli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    System.out.print(printed);
    assertEquals(GateCli.PASSED, status, () -> "contract gate failed (report: "
        + required("togglkit.contract.report.dir") + "/index.html)\n" + printed + err.toString(StandardCharsets.UTF_8));
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
