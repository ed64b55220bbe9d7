package dev.togglkit.contract.conformance;

import dev.togglkit.gate.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two curated spec documents, located under the spec directory the build passes in the system property
 * {@value #SPEC_DIR_PROPERTY} (see contract-tests/pom.xml), and a parser for them and for test fixtures.
 *
 * <p>Use {@link #parse()} for a real document and {@link #parse(Path)} for any other file (e.g. a broken fixture).
 * Both go through the gate's {@link SpecLoader}, so the conformance checks see the documents exactly as the gate
 * does: external {@code $ref}s resolved, the per-file schemas and responses as components named after their files.
 */
public enum SpecDocuments {
  TRACK_V9("track-v9"),
  FOCUS("focus");

  /** System property naming the spec/ directory. */
  public static final String SPEC_DIR_PROPERTY = "togglkit.spec.dir";

  private final String folder;
  /** See {@link #parse()}. */
  private SpecLoader.LoadedSpec parsed;

  SpecDocuments(String folder) {
    this.folder = folder;
  }

  /** The document's folder under spec/, e.g. {@code track-v9}. */
  public String folder() {
    return folder;
  }

  /** The spec/ directory; fails with a message naming the property when it is missing or not a directory. */
  public static Path specDir() {
    String value = System.getProperty(SPEC_DIR_PROPERTY);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + SPEC_DIR_PROPERTY
          + " is not set; run the tests through Maven (contract-tests/pom.xml passes it)");
    }
    Path dir = Path.of(value);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(SPEC_DIR_PROPERTY + " points at " + dir + ", which is not a directory");
    }
    return dir;
  }

  /** This document's folder, e.g. spec/track-v9. */
  public Path dir() {
    return specDir().resolve(folder);
  }

  /** This document's root file, e.g. spec/track-v9/openapi.yaml. */
  public Path root() {
    return dir().resolve("openapi.yaml");
  }

  /**
   * This document's root file, parsed once per test JVM: several test classes read the same unchanged document,
   * and none changes the model (each swagger-parser pass over spec/track-v9 costs a few hundred milliseconds).
   */
  public synchronized SpecLoader.LoadedSpec parse() {
    if (parsed == null) {
      parsed = parse(root());
    }
    return parsed;
  }

  /** Parses any OpenAPI 3 file with the gate's loader (external references resolved, messages kept). */
  public static SpecLoader.LoadedSpec parse(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("No spec file at " + file);
    }
    return SpecLoader.load(file);
  }
}
