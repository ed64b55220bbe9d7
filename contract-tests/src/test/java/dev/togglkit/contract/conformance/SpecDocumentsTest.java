package dev.togglkit.contract.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpecDocumentsTest {

  /** The contract: documented (operation, status) pairs, one per line: document,operationId,status. */
  private static final String DOCUMENTED_STATUSES = "/documented-statuses.csv";

  @ParameterizedTest
  @EnumSource(SpecDocuments.class)
  void documentParsesWithoutMessages(SpecDocuments document) {
    SpecDocuments.Parsed parsed = document.parse();
    assertTrue(parsed.messages().isEmpty(),
        () -> document.root() + " has parser messages:\n  " + String.join("\n  ", parsed.messages()));
    assertNotNull(parsed.openApi());
  }

  @Test
  void operationCountsMatchTheDocPages() {
    assertEquals(18, SpecModel.operations(SpecDocuments.TRACK_V9.parse().requireClean()).size());
    assertEquals(6, SpecModel.operations(SpecDocuments.FOCUS.parse().requireClean()).size());
  }

  @Test
  void documentsExactlyTheDocumentedStatuses() throws IOException {
    Set<String> expected = readExpectedPairs();
    assertEquals(89, expected.size(), "the contract table itself must hold the 89 documented pairs");

    Set<String> actual = new TreeSet<>();
    for (SpecDocuments document : SpecDocuments.values()) {
      OpenAPI api = document.parse().requireClean();
      SpecModel.operations(api).forEach(op -> op.operation().getResponses().keySet()
          .forEach(status -> actual.add(document.folder() + "," + op.operation().getOperationId() + "," + status)));
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> undocumented = new TreeSet<>(actual);
    undocumented.removeAll(expected);
    assertTrue(missing.isEmpty() && undocumented.isEmpty(),
        () -> "missing from spec: " + missing + "\nin spec but not documented: " + undocumented);
  }

  @Test
  void unresolvableReferenceIsReportedByTheParser() {
    SpecDocuments.Parsed parsed = SpecDocuments.parse(brokenSpec("unresolvable-ref.yaml"));
    assertFalse(parsed.messages().isEmpty(), "a $ref to a missing file must produce a parser message");
    assertTrue(parsed.messages().stream().anyMatch(m -> m.contains("DoesNotExist.yaml")),
        () -> "the message should name the missing file: " + parsed.messages());
    IllegalStateException e = assertThrows(IllegalStateException.class, parsed::requireClean);
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

  private static Set<String> readExpectedPairs() throws IOException {
    try (InputStream in = SpecDocumentsTest.class.getResourceAsStream(DOCUMENTED_STATUSES)) {
      assertNotNull(in, DOCUMENTED_STATUSES + " is missing");
      Set<String> pairs = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        assertTrue(pairs.add(trimmed), "duplicate line in " + DOCUMENTED_STATUSES + ": " + trimmed);
      }
      return pairs;
    }
  }
}
