package dev.togglkit.contract.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.togglkit.testing.TogglOperation.Api;
import dev.togglkit.testing.internal.OperationTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Toggl's documented error messages are written once, in spec/: the fake, the pacts and the tests read them from
 * the generated operation table. A copy anywhere else in the repository (a test literal, a hand-written constant)
 * fails here, naming the file, so a message that drifts from the spec cannot pass unseen.
 */
class MessagesLiveInTheSpecTest {

  /**
   * Messages that are also HTTP reason phrases: the fake and the client use those words as reason phrases, which
   * is not a copy of Toggl's text.
   */
  private static final Set<String> REASON_PHRASES = Set.of("Bad Request", "Forbidden", "Internal Server Error");

  /** Folders that are not ours to hold to the spec: build output, and stand-ins for Toggl's published Swagger. */
  private static final List<String> SKIPPED = List.of("target", ".git", "spec", "node_modules",
      "spec-tools/src/test/resources/drift");

  @Test
  void noDocumentedMessageIsWrittenOutsideTheSpec() throws IOException {
    assertEquals(List.of(), copies(SpecDocuments.specDir().toAbsolutePath().getParent()),
        "documented messages copied outside spec/ (read them from OperationTable)");
  }

  @Test
  void aCopyIsFoundAndNamed(@TempDir Path root) throws IOException {
    String message = OperationTable.message(Api.TRACK, "clientStatusInvalid").text;
    Files.createDirectories(root.resolve("spec"));
    Files.writeString(root.resolve("spec/openapi.yaml"), message);
    Files.createDirectories(root.resolve("testing/src"));
    Files.writeString(root.resolve("testing/src/Copy.java"), "String s = \"" + message + "\";");

    assertEquals(List.of("testing/src/Copy.java: \"" + message + "\""), copies(root));
  }

  private static List<String> copies(Path root) throws IOException {
    Set<String> messages = documentedMessages();
    assertFalse(messages.isEmpty());
    List<String> copies = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile)
          .filter(file -> !skipped(root.relativize(file)))
          .filter(file -> file.toString().matches(".*\\.(java|md|json|yaml|yml|csv|properties|mustache)"))
          .forEach(file -> {
            String text = read(file);
            for (String message : messages) {
              if (text.contains(message)) {
                copies.add(root.relativize(file).toString().replace('\\', '/') + ": \"" + message + "\"");
              }
            }
          });
    }
    return copies;
  }

  /** Every documented message; a template is cut before its first placeholder. */
  private static Set<String> documentedMessages() {
    Set<String> messages = new TreeSet<>();
    for (Api api : Api.values()) {
      for (OperationTable.Row row : OperationTable.rows(api)) {
        row.statuses.values().forEach(list -> list.forEach(m -> {
          String text = m.isTemplate() ? m.text.substring(0, m.text.indexOf('{')) : m.text;
          if (!REASON_PHRASES.contains(text.strip())) {
            messages.add(text);
          }
        }));
      }
    }
    return messages;
  }

  private static boolean skipped(Path relative) {
    String path = relative.toString().replace('\\', '/');
    for (String folder : SKIPPED) {
      if (path.equals(folder) || path.startsWith(folder + "/") || path.contains("/" + folder + "/")
          && (folder.equals("target") || folder.equals("node_modules"))) {
        return true;
      }
    }
    return false;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
