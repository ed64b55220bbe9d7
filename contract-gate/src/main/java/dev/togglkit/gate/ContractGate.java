package dev.togglkit.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate's one job: read the pact files once, validate every interaction against the spec of its provider,
 * and measure which documented (operation, status) pairs the pacts exercise.
 *
 * <p>Flow in one direction: {@link #read} is the only step that touches the files; {@link #check} works on what
 * it read.
 */
public final class ContractGate {

  private final ProviderSpecs specs;
  private final boolean coverageRequired;
  private final Policy policy;

  /**
   * @param specs            provider name to spec document
   * @param coverageRequired whether a documented (operation, status) pair without an interaction is a finding
   *                         (togglkit's own build: yes; a user whose pacts cover only what they call: no)
   */
  public ContractGate(ProviderSpecs specs, boolean coverageRequired) {
    this(specs, coverageRequired, Policy.STRICT);
  }

  /**
   * @param policy how strictly interactions are read (see {@link Policy})
   */
  public ContractGate(ProviderSpecs specs, boolean coverageRequired, Policy policy) {
    this.specs = specs;
    this.coverageRequired = coverageRequired;
    this.policy = policy;
  }

  /** Pact files as read: the parsed ones, and one exception per file that is not a readable pact. */
  public record PactFiles(List<Path> files, List<PactDocument> pacts, List<PactFormatException> unreadable) {
  }

  /**
   * Reads the pact files at {@code locations} (files, or directories searched for {@code *.json}).
   *
   * @throws IllegalArgumentException when a location does not exist, or when there is no pact file at all:
   *                                  a gate over nothing would pass
   */
  public static PactFiles read(List<Path> locations) {
    List<Path> files = PactFileReader.pactFiles(locations);
    if (files.isEmpty()) {
      throw new BadInputException("no pact files found in " + describe(locations)
          + " — did the Pact tests run?");
    }
    List<PactDocument> pacts = new ArrayList<>();
    List<PactFormatException> unreadable = new ArrayList<>();
    for (Path file : files) {
      try {
        pacts.add(PactFileReader.read(file));
      } catch (PactFormatException e) {
        unreadable.add(e);
      }
    }
    return new PactFiles(files, List.copyOf(pacts), List.copyOf(unreadable));
  }

  /** Validates and measures coverage over pacts already read; an unreadable file is a finding. */
  public GateResult check(PactFiles read) {
    PactSpecValidator validator = new PactSpecValidator(specs, policy);
    PactSpecValidator.Result validation = validator.validate(read.pacts());
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (PactFormatException e : read.unreadable()) {
      errors.add(Finding.error(Finding.Kind.UNREADABLE_PACT, e.file().getFileName().toString(), "-", "-",
          "pact file", e.getMessage()));
    }
    for (Finding finding : validation.findings()) {
      (finding.isError() ? errors : warnings).add(finding);
    }
    specs.all().forEach((provider, spec) -> spec.warnings().forEach(warning -> warnings.add(new Finding(
        Finding.Kind.SPEC, Finding.Severity.WARNING, "spec.defect", "-", -1, "-", provider, "-", "spec.defect",
        spec.source().getFileName().toString(), warning))));
    return new GateResult(read.files().size(), validation.interactions(), List.copyOf(errors),
        List.copyOf(warnings), read.pacts(),
        new SpecStatusCoverage(SpecOperations.of(validator.compiledSpecs()), validation.exercised()),
        coverageRequired, validation.skippedInteractions(), validation.skippedPacts(), policy);
  }

  /** {@link #read} then {@link #check}. */
  public GateResult run(List<Path> locations) {
    return check(read(locations));
  }

  /** Convenience for one directory or file. */
  public GateResult run(Path location) {
    return run(List.of(location));
  }

  private static String describe(List<Path> locations) {
    return locations.size() == 1
        ? locations.get(0).toAbsolutePath().toString()
        : locations.stream().map(path -> path.toAbsolutePath().toString()).toList().toString();
  }
}
