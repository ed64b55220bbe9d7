package dev.togglkit.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jar carries the spec it was generated from, byte for byte, under META-INF/togglkit/spec/ (the path README.md
 * gives for checking pacts against it).
 */
class PackagedSpecTest {

  private static final String PREFIX = "META-INF/togglkit/spec/";

  @Test
  void everySpecDocumentFileIsPackagedUnchanged() throws IOException {
    Path specDir = Path.of(System.getProperty("togglkit.spec.dir", "../spec"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(specDir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(".yaml"))
          .filter(file -> file.getParent() != null && !file.getParent().equals(specDir))
          // Recorded real answers check the spec in the build; they are not part of it (client/pom.xml).
          .filter(file -> !specDir.relativize(file).startsWith("evidence"))
          .sorted()
          .collect(Collectors.toList());
    }
    assertTrue(files.size() > 10, "expected the spec documents under " + specDir.toAbsolutePath());
    for (Path file : files) {
      String resource = PREFIX + specDir.relativize(file).toString().replace('\\', '/');
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertNotNull(in, resource + " is not packaged");
        assertArrayEquals(Files.readAllBytes(file), in.readAllBytes(), resource + " differs from " + file);
      }
    }
  }

  @Test
  void rootDocumentsAreWhereTheReadmeSaysTheyAre() {
    for (String root : List.of("track-v9/openapi.yaml", "focus/openapi.yaml")) {
      assertNotNull(getClass().getClassLoader().getResource(PREFIX + root), PREFIX + root);
    }
  }
}
