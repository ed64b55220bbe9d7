package dev.togglkit.gate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * One spec document as the gate validates against it, read by {@link SpecLoader#loadDocument}. Each load reads
 * the files anew, so a test may change the tree freely; the gate compiles it when a validator is built.
 *
 * @param source   the root file it was read from (named in findings about the spec itself)
 * @param root     the bundled OpenAPI 3 tree (every {@code $ref} local)
 * @param warnings spec defects that did not stop the document from being read
 */
public record ApiSpec(Path source, ObjectNode root, List<String> warnings) {

  /**
   * Loads a document for validation.
   *
   * @throws IllegalArgumentException when the file is missing or cannot be read as OpenAPI 3 or Swagger 2.0
   */
  public static ApiSpec load(Path rootFile) {
    return SpecLoader.loadDocument(rootFile);
  }
}
