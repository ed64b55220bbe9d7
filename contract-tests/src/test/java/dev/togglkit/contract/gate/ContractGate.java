package dev.togglkit.contract.gate;

import java.nio.file.Path;
import java.util.List;

/** The gate's one job: validate every pact in a directory and measure status coverage, against the specs. */
public final class ContractGate {

  private final ProviderSpecs specs;

  public ContractGate(ProviderSpecs specs) {
    this.specs = specs;
  }

  /**
   * Runs the gate over {@code pactDir}.
   *
   * @throws IllegalStateException when the directory holds no pact file: a gate over nothing would pass
   */
  public GateResult run(Path pactDir) {
    List<Path> pactFiles = PactFileReader.pactFilesIn(pactDir);
    if (pactFiles.isEmpty()) {
      throw new IllegalStateException("no pact files found in " + pactDir.toAbsolutePath()
          + " — did the Pact tests run?");
    }
    PactSpecValidator.Result validation = new PactSpecValidator(specs).validateFiles(pactFiles);
    return new GateResult(validation,
        new SpecStatusCoverage(SpecOperations.of(specs), validation.exercised()));
  }
}
