package dev.togglkit.contract.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints {@code provider verification against TogglFake: N/M interactions} after the provider ITs,
 * M being every interaction in the pact files, so a pact file the ITs did not load shows as a gap.
 */
public final class ProviderVerificationSummary implements TestExecutionListener {

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (!ProviderVerificationTally.any()) {
      return;
    }
    System.out.println("provider verification against TogglFake: " + ProviderVerificationTally.verified() + "/"
        + interactionsInPactFiles(Path.of(System.getProperty("pact.rootDir", "target/pacts"))) + " interactions");
  }

  static int interactionsInPactFiles(Path dir) {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).mapToInt(f -> {
        try {
          JsonNode interactions = json.readTree(f.toFile()).path("interactions");
          return interactions.size();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pact files in " + dir, e);
    }
  }
}
