package dev.togglkit.contract.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.gate.SpecLoader;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SpecConventionsTest {

  /** Fixtures are checked against this curation list, so C-01 is valid there and C-99 is not. */
  private static final Set<String> FIXTURE_CURATION = Set.of("C-01");

  @ParameterizedTest
  @EnumSource(SpecDocuments.class)
  void realDocumentFollowsEveryConvention(SpecDocuments document) {
    OpenAPI api = document.parse().requireClean();
    List<String> violations = SpecConventions.check(api, CurationEntries.ofSpec());
    assertTrue(violations.isEmpty(), () -> document.root() + " breaks the conventions:\n  " + String.join("\n  ", violations));
  }

  @ParameterizedTest
  @EnumSource(SpecDocuments.class)
  void everyComponentFileIsReferenced(SpecDocuments document) throws IOException {
    // The parser only pulls in files something refers to, so an orphan file never shows up as a component.
    OpenAPI api = document.parse().requireClean();
    Map<String, Set<String>> components = Map.of(
        "schemas", keys(api.getComponents().getSchemas()),
        "responses", keys(api.getComponents().getResponses()),
        "parameters", keys(api.getComponents().getParameters()));
    Set<String> orphans = new TreeSet<>();
    for (Map.Entry<String, Set<String>> kind : components.entrySet()) {
      Path folder = document.dir().resolve(kind.getKey());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        files.map(f -> f.getFileName().toString())
            .filter(f -> f.endsWith(".yaml"))
            .map(f -> f.substring(0, f.length() - ".yaml".length()))
            .filter(name -> !kind.getValue().contains(name))
            .forEach(name -> orphans.add(kind.getKey() + "/" + name + ".yaml"));
      }
    }
    assertTrue(orphans.isEmpty(), () -> document.folder() + " has files nothing refers to: " + orphans);
  }

  @Test
  void baselineFixtureIsClean() {
    // Each broken fixture differs from this one in one place, so its violation is the one the test names.
    OpenAPI api = SpecDocuments.parse(SpecDocumentsTest.brokenSpec("valid-baseline.yaml")).requireClean();
    assertEquals(List.of(), SpecConventions.check(api, FIXTURE_CURATION));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing-operation-id.yaml         | operation has no operationId
      bad-operation-id.yaml             | operationId 'get_thing' does not follow the convention
      missing-response-description.yaml | response 200: response has no description
      id-not-int64.yaml                 | property id: id-like integer must have format int64
      unused-component.yaml             | schema Orphan: component is never referenced
      unknown-curation-entry.yaml       | names C-99, which spec/CURATION.md does not define
      property-without-example.yaml     | property id: property has no example
      parameter-without-example.yaml    | parameter thing_id: parameter has no example
      open-enum-undocumented.yaml       | enum that may grow must point at its CURATION.md entry
      no-error-response.yaml            | operation documents no 4xx/5xx response
      error-without-example.yaml        | response 404: application/json body has no example
      """)
  void brokenFixtureIsRejectedWithTheNamedViolation(String fixture, String expected) {
    SpecLoader.LoadedSpec parsed = SpecDocuments.parse(SpecDocumentsTest.brokenSpec(fixture));
    List<String> violations = SpecConventions.check(parsed.openApi(), FIXTURE_CURATION);
    assertEquals(1, violations.size(), () -> fixture + " should break exactly one rule, got: " + violations);
    assertTrue(violations.get(0).contains(expected),
        () -> fixture + ": expected a violation containing '" + expected + "', got: " + violations);
  }

  @Test
  void missingResponseDescriptionIsAlsoAParserMessage() {
    SpecLoader.LoadedSpec parsed = SpecDocuments.parse(SpecDocumentsTest.brokenSpec("missing-response-description.yaml"));
    assertFalse(parsed.messages().isEmpty(), "swagger-parser should report the missing description");
    assertTrue(parsed.messages().stream().anyMatch(m -> m.contains("description")), parsed.messages()::toString);
  }

  @Test
  void curationFileWithDuplicateEntryIsRejected(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("CURATION.md");
    Files.writeString(file, "## C-01 one\n\n## C-01 again\n");
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> CurationEntries.read(file));
    assertTrue(e.getMessage().contains("C-01"), e.getMessage());
  }

  private static Set<String> keys(Map<String, ?> map) {
    return map == null ? Set.of() : map.keySet();
  }
}
