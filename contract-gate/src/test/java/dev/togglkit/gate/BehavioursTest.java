package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The consumer policy, one behaviour per interaction of our own fixtures (pact-fixtures/behaviours). Each
 * interaction's description states what the gate must report for it:
 * <ul>
 *   <li>{@code ok: ...}: no error (warnings allowed);</li>
 *   <li>{@code error CODE: ...}: at least one error with that code;</li>
 *   <li>{@code warning CODE: ...}: a warning with that code and no error.</li>
 * </ul>
 */
class BehavioursTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("petstore", "behaviours/petstore.yaml", "behaviours/petstore-pact.json", 0),
        Arguments.of("items", "behaviours/swagger2.yaml", "behaviours/swagger2-pact.json", 0),
        Arguments.of("things", "behaviours/openapi31.yaml", "behaviours/openapi31-pact.json", 2),
        Arguments.of("multi", "behaviours/multi-file/openapi.yaml", "behaviours/multi-file-pact.json", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyInteractionGetsTheFindingItsDescriptionNames(String provider, String spec, String pact,
                                                         int skipped) {
    ProviderSpecs specs = ProviderSpecs.load(Map.of(provider, Fixtures.path(spec)));
    GateResult result = new ContractGate(specs, false, Policy.CONSUMER).run(Fixtures.path(pact));

    assertEquals(skipped, result.skippedInteractions(), result.summaryLine());
    List<Finding> all = result.allFindings();
    for (PactDocument document : result.pacts()) {
      for (PactInteraction interaction : document.interactions()) {
        if (!interaction.isHttp()) {
          continue;
        }
        String description = interaction.description();
        List<Finding> mine = all.stream().filter(f -> f.interactionIndex() == interaction.index()).toList();
        List<Finding> errors = mine.stream().filter(Finding::isError).toList();
        String seen = "#" + interaction.index() + " " + description + ":\n" + describe(mine);
        if (description.startsWith("ok:")) {
          assertEquals(List.of(), errors, seen);
        } else {
          String code = description.substring(description.indexOf(' ') + 1, description.indexOf(':'));
          boolean error = description.startsWith("error ");
          assertTrue(mine.stream().anyMatch(f -> f.code().equals(code) && f.isError() == error), seen);
          if (!error) {
            assertEquals(List.of(), errors, seen);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theSameInteractionsUnderStrictNeverFindLess(String provider, String spec, String pact, int skipped) {
    ProviderSpecs specs = ProviderSpecs.load(Map.of(provider, Fixtures.path(spec)));
    Path pactFile = Fixtures.path(pact);
    GateResult consumer = new ContractGate(specs, false, Policy.CONSUMER).run(pactFile);
    GateResult strict = new ContractGate(specs, false, Policy.STRICT).run(pactFile);

    assertTrue(strict.violations().size() >= consumer.violations().size(),
        () -> "strict found less than consumer:\n" + describe(strict.violations()));
  }

  @org.junit.jupiter.api.Test
  void aSpecDefectNoInteractionReachesIsAWarning() {
    ProviderSpecs specs = ProviderSpecs.load(Map.of("multi", Fixtures.path("behaviours/multi-file/openapi.yaml")));
    GateResult result = new ContractGate(specs, false, Policy.CONSUMER)
        .run(Fixtures.path("behaviours/multi-file-pact.json"));

    assertTrue(result.warnings().stream().anyMatch(f -> f.kind() == Finding.Kind.SPEC
        && f.message().contains("DoesNotExist.yaml")), () -> describe(result.warnings()));
  }

  private static String describe(List<Finding> findings) {
    return findings.stream().map(Finding::describe).collect(Collectors.joining("\n"));
  }
}
