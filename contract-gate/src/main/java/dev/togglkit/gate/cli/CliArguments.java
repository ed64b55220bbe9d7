package dev.togglkit.gate.cli;

import dev.togglkit.gate.Policy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line.
 *
 * @param specs           provider name to where its spec document is (see {@link SpecSource})
 * @param pacts           pact files or directories
 * @param reportDir       where to write the reports, or {@code null} for none
 * @param requireCoverage whether every documented (operation, status) pair needs an interaction
 * @param help            {@code --help} was given
 * @param policy          {@code --policy}: consumer (default) or strict
 * @param json            {@code --format json}: one JSON object per finding instead of text lines
 */
record CliArguments(Map<String, String> specs, List<Path> pacts, Path reportDir, boolean requireCoverage,
          boolean help, Policy policy, boolean json) {

  static CliArguments parse(String... args) {
    Map<String, String> specs = new LinkedHashMap<>();
    List<Path> pacts = new ArrayList<>();
    Path reportDir = null;
    boolean requireCoverage = false;
    Policy policy = Policy.CONSUMER;
    boolean json = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return new CliArguments(Map.of(), List.of(), null, false, true, Policy.CONSUMER, false);
        }
        case "--require-coverage" -> requireCoverage = true;
        case "--policy" -> {
          String name = value(args, ++i, arg);
          try {
            policy = Policy.parse(name);
          } catch (IllegalArgumentException e) {
            throw new UsageException("--policy must be consumer or strict, got '" + name + "'");
          }
        }
        case "--format" -> {
          String format = value(args, ++i, arg);
          if (!format.equals("json") && !format.equals("text")) {
            throw new UsageException("--format must be text or json, got '" + format + "'");
          }
          json = format.equals("json");
        }
        case "--spec" -> addSpec(specs, value(args, ++i, arg));
        case "--pacts" -> pacts.add(Path.of(value(args, ++i, arg)));
        case "--report" -> {
          if (reportDir != null) {
            throw new UsageException("--report given twice");
          }
          reportDir = Path.of(value(args, ++i, arg));
        }
        default -> throw new UsageException("unknown argument '" + arg + "'");
      }
    }
    if (specs.isEmpty()) {
      throw new UsageException("no --spec given: name each provider's spec, e.g. --spec my-provider=openapi.yaml");
    }
    if (pacts.isEmpty()) {
      throw new UsageException("no --pacts given: name a pact file or a directory of pact files");
    }
    return new CliArguments(Collections.unmodifiableMap(specs), List.copyOf(pacts), reportDir,
        requireCoverage, false, policy, json);
  }

  /** {@code PROVIDER=SPEC}; the provider name is what the pacts write as {@code provider.name}. */
  static void addSpec(Map<String, String> specs, String value) {
    int eq = value.indexOf('=');
    if (eq <= 0 || eq == value.length() - 1) {
      throw new UsageException("--spec expects PROVIDER=SPEC (the pacts' provider name, then the OpenAPI "
          + "document), got '" + value + "'");
    }
    String provider = value.substring(0, eq).strip();
    if (specs.put(provider, value.substring(eq + 1).strip()) != null) {
      throw new UsageException("--spec names provider '" + provider + "' twice");
    }
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[index];
  }
}
