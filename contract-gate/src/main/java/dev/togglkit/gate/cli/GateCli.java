package dev.togglkit.gate.cli;

import dev.togglkit.gate.ApiSpec;
import dev.togglkit.gate.BadInputException;
import dev.togglkit.gate.ContractGate;
import dev.togglkit.gate.GateResult;
import dev.togglkit.gate.PactFormatException;
import dev.togglkit.gate.ProviderSpecs;
import dev.togglkit.gate.report.ContractReportWriter;
import dev.togglkit.gate.report.JsonFindings;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The contract gate on the command line: {@code java -jar togglkit-contract-gate-<version>-cli.jar --help}.
 * Exit status 0 when every pact matches its spec, 1 with errors, 2 on bad input, 3 on an internal error.
 */
public final class GateCli {

  public static final int PASSED = 0;
  public static final int FINDINGS = 1;
  public static final int BAD_INPUT = 2;
  public static final int INTERNAL_ERROR = 3;

  static final String HELP = """
      usage: java -jar togglkit-contract-gate-<version>-cli.jar --spec PROVIDER=SPEC... --pacts PATH...
                       [--policy consumer|strict] [--report DIR] [--format text|json] [--require-coverage]

      Checks Pact files against OpenAPI documents (OpenAPI 3.0 and 3.1, Swagger 2.0; YAML or JSON; one file
      or several joined by relative $refs). Every HTTP interaction's request (method, path, query, headers,
      credentials, body) and response (status, headers, body) must match the operation the spec documents
      for it, in the document of the pact's provider. Prints one line per finding (error or warning), then a
      summary line:
        contract gate: <operations> operations, <covered>/<documented> documented statuses covered, <n> violations
      followed, when there are any, by the warnings and the skipped interactions (not HTTP, or in a pact of a
      provider without --spec).

        --spec PROVIDER=SPEC  the spec document for pacts whose provider.name is PROVIDER. SPEC is
                              a file:            spec/track-v9/openapi.yaml
                              a jar entry:       'togglkit-client-<version>.jar!/META-INF/togglkit/spec/track-v9/openapi.yaml'
                                                 (quoted: an interactive bash reads ! as history)
                              a class path entry (with java -cp): classpath:META-INF/togglkit/spec/track-v9/openapi.yaml
                              Repeat for each provider.
        --pacts PATH          a pact file, or a directory searched for *.json (pact specification V1 to V4).
                              Repeatable.
        --policy NAME         consumer (default): the semantics of Pact's bi-directional contract testing;
                              strict: also credentials and request checks on every interaction, documented
                              response bodies and their required fields, no undocumented response field, and
                              a pact of a provider without --spec is a finding (README: "Policies").
        --report DIR          also write DIR/index.html, DIR/report.md and DIR/TEST-contract-gate.xml
                              (JUnit XML: one test case per interaction and per documented status).
        --format FORMAT       text (default) or json: one JSON object per finding, then a summary object.
        --require-coverage    every (operation, status) pair the specs document must be exercised by an
                              interaction; a missing one is a finding. Off by default: your pacts need
                              cover only what you call.
        --help                print this text.

      Exit status: 0 no errors (warnings allowed); 1 errors; 2 bad input (wrong arguments, a spec or pact
      file that is missing or cannot be read), with a one-line reason; 3 an internal error of the gate
      (please report it).
      """;

  private GateCli() {
  }

  public static void main(String[] args) {
    // swagger-parser, which converts a Swagger 2.0 document, logs every unresolvable $ref with a stack trace; the
    // tool reports the converter's own message instead (a warning, or the one-line reason when it cannot convert).
    // Only when the user has not chosen a level (this is the tool's own JVM).
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    }
    System.exit(run(args, System.out, System.err));
  }

  /** The whole tool, without exiting the JVM: the exit status is returned. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, source -> ApiSpec.load(SpecSource.resolve(source)));
  }

  /**
   * The tool with its spec documents read by {@code specReader} (from each {@code --spec} value): lets a test that
   * runs the tool on many generated pacts against one unchanged spec read that spec once. Everything else, from
   * the arguments to the exit status, is the tool's own.
   */
  static int run(String[] args, PrintStream out, PrintStream err, Function<String, ApiSpec> specReader) {
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
      ProviderSpecs specs = loadSpecs(arguments.specs(), specReader);
      ContractGate.PactFiles pacts = ContractGate.read(arguments.pacts());
      if (!pacts.unreadable().isEmpty()) {
        PactFormatException first = pacts.unreadable().get(0);
        throw new UsageException("unreadable pact " + first.getMessage()
            + (pacts.unreadable().size() > 1 ? " (and " + (pacts.unreadable().size() - 1) + " more)" : ""));
      }
      GateResult result = new ContractGate(specs, arguments.requireCoverage(), arguments.policy()).check(pacts);
      if (arguments.reportDir() != null) {
        ContractReportWriter.write(arguments.reportDir(), result);
      }
      if (arguments.json()) {
        JsonFindings.lines(result).forEach(out::println);
      } else {
        result.allFindings().forEach(finding -> out.println(finding.describe()));
        out.println(result.summaryLine());
      }
      return result.passed() ? PASSED : FINDINGS;
    } catch (UsageException | BadInputException | UncheckedIOException e) {
      err.println("togglkit-contract-gate: " + oneLine(e.getMessage()));
      return BAD_INPUT;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.println("togglkit-contract-gate: internal error, please report it: " + e.getClass().getSimpleName()
          + ": " + oneLine(e.getMessage()));
      return INTERNAL_ERROR;
    }
  }

  private static ProviderSpecs loadSpecs(Map<String, String> sources, Function<String, ApiSpec> specReader) {
    Map<String, ApiSpec> specs = new LinkedHashMap<>();
    sources.forEach((provider, source) -> specs.put(provider, specReader.apply(source)));
    return new ProviderSpecs(specs);
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s*\\R\\s*", " ");
  }
}
