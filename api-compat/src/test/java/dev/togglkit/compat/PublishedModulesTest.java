package dev.togglkit.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which modules the published-module checks (API dumps, sources and Javadoc jars) hold to them: read from the
 * poms, so a module is held from its first build, and one left out by mistake would shrink every check silently.
 */
class PublishedModulesTest {

  @TempDir
  Path root;

  @Test
  void everyModuleThatMakesAnArtifactAndIsDeployedIsPublishedInTheRootPomsOrder() throws IOException {
    pom(root, "<packaging>pom</packaging><modules><module>lib</module><module>tool-plugin</module>"
        + "<module>bench</module><module>aggregate</module></modules>");
    pom(root.resolve("lib"), "<artifactId>acme-lib</artifactId>");
    pom(root.resolve("tool-plugin"), "<artifactId>acme-maven-plugin</artifactId><packaging>maven-plugin</packaging>");
    pom(root.resolve("bench"), "<artifactId>acme-bench</artifactId>"
        + "<properties><maven.deploy.skip>true</maven.deploy.skip></properties>");
    pom(root.resolve("aggregate"), "<artifactId>acme-aggregate</artifactId><packaging>pom</packaging>");

    List<String> published = PublishedModules.of(root).stream().map(m -> m.artifactId + " in " + m.folder)
        .collect(Collectors.toList());

    assertEquals(List.of("acme-lib in lib", "acme-maven-plugin in tool-plugin"), published);
  }

  @Test
  void aPublishedModuleWithoutAnArtifactIdIsRefusedNamingItsPom() throws IOException {
    pom(root, "<modules><module>lib</module></modules>");
    pom(root.resolve("lib"), "<name>no artifactId</name>");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PublishedModules.of(root));
    assertTrue(e.getMessage().contains("lib") && e.getMessage().contains("has no artifactId"), e.getMessage());
  }

  private static void pom(Path dir, String content) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion>" + content + "</project>");
  }
}
