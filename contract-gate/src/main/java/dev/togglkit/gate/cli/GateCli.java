package dev.togglkit.gate.cli;

import dev.togglkit.gate.ApiSpec;
import dev.togglkit.gate.ContractGate;
import dev.togglkit.gate.GateResult;
import dev.togglkit.gate.PactFormatException;
import dev.togglkit.gate.ProviderSpecs;
import dev.togglkit.gate.report.ContractReportWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract gate on the command line: {@code java -jar togglkit-contract-gate-<version>-cli.jar --help}.
 * Exit status 0 when every pact matches its spec, 1 with findings, 2 on bad input.
 */
public final class GateCli {

  public static final int PASSED = 0;
  public static final int FINDINGS = 1;
  public static final int BAD_INPUT = 2;

  static final String HELP = """
      usage: java -jar togglkit-contract-gate-<version>-cli.jar --spec PROVIDER=SPEC... --pacts PATH...
                       [--report DIR] [--require-coverage]

      Checks Pact files against OpenAPI 3 documents. Every interaction's request (method, path, query,
      headers and credentials, body) and response (status, headers, body) must match the operation the
      spec documents for it, in the document of the pact's provider. Prints one line per finding, then a
      summary line:
        contract gate: <operations> operations, <covered>/<documented> documented statuses covered, <n> violations

        --spec PROVIDER=SPEC  the OpenAPI document for pacts whose provider.name is PROVIDER. SPEC is
                              a file:            spec/track-v9/openapi.yaml
                              a jar entry:       'togglkit-client-<version>.jar!/META-INF/togglkit/spec/track-v9/openapi.yaml'
                                                 (quoted: an interactive bash reads ! as history)
                              a class path entry (with java -cp): classpath:META-INF/togglkit/spec/track-v9/openapi.yaml
                              Repeat for each provider. A pact for a provider without --spec is a finding.
        --pacts PATH          a pact file, or a directory searched for *.json (V2, V3 or V4 pacts). Repeatable.
        --report DIR          also write DIR/index.html, DIR/report.md and DIR/TEST-contract-gate.xml
                              (JUnit XML: one test case per interaction and per documented status).
        --require-coverage    every (operation, status) pair the specs document must be exercised by an
                              interaction; a missing one is a finding. Off by default: your pacts need
                              cover only what you call.
        --help                print this text.

      Exit status: 0 no findings; 1 findings; 2 bad input (wrong arguments, a spec that is missing or does
      not parse, a missing or unreadable pact file), with a one-line reason.
      """;

  private GateCli() {
  }

  public static void main(String[] args) {
    // swagger-parser logs every unresolvable $ref with a stack trace; the tool reports the parser's own message
    // in its one-line reason instead. Only when the user has not chosen a level.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    }
    System.exit(run(args, System.out, System.err));
  }

  /** The whole tool, without exiting the JVM: the exit status is returned. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CliArguments arguments;
    try {
      arguments = CliArguments.parse(args);
    } catch (UsageException e) {
      err.println("togglkit-contract-gate: " + e.getMessage() + " (see --help)");
      return BAD_INPUT;
    }
    if (arguments.help()) {
      out.print(HELP);
      return PASSED;
    }
    try {
      ProviderSpecs specs = loadSpecs(arguments.specs());
      ContractGate.PactFiles pacts = ContractGate.read(arguments.pacts());
      if (!pacts.unreadable().isEmpty()) {
        PactFormatException first = pacts.unreadable().get(0);
        throw new UsageException("unreadable pact " + first.getMessage()
            + (pacts.unreadable().size() > 1 ? " (and " + (pacts.unreadable().size() - 1) + " more)" : ""));
      }
      GateResult result = new ContractGate(specs, arguments.requireCoverage()).check(pacts);
      if (arguments.reportDir() != null) {
        ContractReportWriter.write(arguments.reportDir(), result);
      }
      result.allFindings().forEach(finding -> out.println(finding.describe()));
      out.println(result.summaryLine());
      return result.passed() ? PASSED : FINDINGS;
    } catch (UsageException | IllegalArgumentException | UncheckedIOException e) {
      err.println("togglkit-contract-gate: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    }
  }

  private static ProviderSpecs loadSpecs(Map<String, String> sources) {
    Map<String, ApiSpec> specs = new LinkedHashMap<>();
    sources.forEach((provider, source) -> specs.put(provider, ApiSpec.load(SpecSource.resolve(source))));
    return new ProviderSpecs(specs);
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s*\\R\\s*", " ");
  }
}
