package dev.togglkit.contract.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.gate.SpecLoader;
import dev.togglkit.gate.SpecOperations;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpecDocumentsTest {

  @ParameterizedTest
  @EnumSource(SpecDocuments.class)
  void documentParsesWithoutMessages(SpecDocuments document) {
    SpecLoader.LoadedSpec parsed = document.parse();
    assertTrue(parsed.messages().isEmpty(),
        () -> document.root() + " has parser messages:\n  " + String.join("\n  ", parsed.messages()));
    assertNotNull(parsed.openApi());
  }

  /*
   * The operation table is generated from spec/ too (operationTable.mustache, through OpenAPI Generator's
   * parser), so the two tests below compare the spec with itself through two readers: they fail when the
   * template and swagger-parser (what the contract gate reads) disagree about a document's operations or
   * statuses, e.g. a template that drops an operation or a status range.
   */

  @ParameterizedTest
  @EnumSource(SpecDocuments.class)
  void generatedOperationTableHasTheOperationsOfTheParsedSpec(SpecDocuments document) {
    Set<String> inSpec = new TreeSet<>();
    SpecOperations.located(document.parse().requireClean())
        .forEach(op -> inSpec.add(op.operation().getOperationId()));

    assertEquals(new TreeSet<>(DocumentedStatuses.read().operationIds(document.folder())), inSpec,
        () -> DocumentedStatuses.SOURCE + " does not match the operations of " + document.root()
            + " as parsed (expected: the table, actual: the parsed spec)");
  }

  @Test
  void generatedOperationTableHasTheStatusesOfTheParsedSpec() {
    Set<String> expected = DocumentedStatuses.read().pairs();

    Set<String> actual = new TreeSet<>();
    for (SpecDocuments document : SpecDocuments.values()) {
      OpenAPI api = document.parse().requireClean();
      SpecOperations.located(api).forEach(op -> op.operation().getResponses().keySet()
          .forEach(status -> actual.add(document.folder() + "," + op.operation().getOperationId() + "," + status)));
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> undocumented = new TreeSet<>(actual);
    undocumented.removeAll(expected);
    assertTrue(missing.isEmpty() && undocumented.isEmpty(),
        () -> DocumentedStatuses.SOURCE + " does not match the parsed spec: in the table only: " + missing
            + "\nin the parsed spec only: " + undocumented);
  }

  @Test
  void everyTableDocumentIsASpecDocument() {
    Set<String> folders = new TreeSet<>();
    DocumentedStatuses.read().pairs().forEach(pair -> folders.add(pair.substring(0, pair.indexOf(','))));
    Set<String> specFolders = new TreeSet<>();
    for (SpecDocuments document : SpecDocuments.values()) {
      specFolders.add(document.folder());
    }

    assertEquals(specFolders, folders);
  }

  @Test
  void unresolvableReferenceIsReportedByTheParser() {
    SpecLoader.LoadedSpec parsed = SpecDocuments.parse(brokenSpec("unresolvable-ref.yaml"));
    assertFalse(parsed.messages().isEmpty(), "a $ref to a missing file must produce a parser message");
    assertTrue(parsed.messages().stream().anyMatch(m -> m.contains("DoesNotExist.yaml")),
        () -> "the message should name the missing file: " + parsed.messages());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, parsed::requireClean);
    assertTrue(e.getMessage().contains("DoesNotExist.yaml"), e.getMessage());
  }

  @Test
  void missingFileIsRejectedWithItsPath() {
    Path nowhere = Path.of("no-such-dir", "openapi.yaml");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpecDocuments.parse(nowhere));
    assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
  }

  static Path brokenSpec(String name) {
    try {
      return Path.of(SpecDocumentsTest.class.getResource("/broken-specs/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("missing fixture broken-specs/" + name, e);
    }
  }
}
