package dev.togglkit.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate's command line jar (togglkit-contract-gate-&lt;version&gt;-cli.jar, made by the shade plugin) is
 * shipped but no other test runs it: its shading is checked here, without starting it, against the libraries on
 * this test's classpath (the gate's dependencies, as Maven resolved them for this reactor).
 */
class CliJarTest {

  private static final String MAIN = "dev.togglkit.gate.cli.GateCli";

  @Test
  void theGateCliJarKeepsEveryServiceProviderAndItsMainClass() {
    List<Path> classPath = InProcessCompiler.testClassPath().stream().map(Path::of).collect(Collectors.toList());
    Path gate = classPath.stream()
        .filter(p -> p.getFileName().toString().matches("togglkit-contract-gate-[^-]+(-SNAPSHOT)?\\.jar"))
        .findFirst().orElseThrow(() -> new AssertionError("togglkit-contract-gate's jar is not on the classpath"));
    Path cli = gate.resolveSibling(gate.getFileName().toString().replace(".jar", "-cli.jar"));
    assertTrue(Files.isRegularFile(cli), "no " + cli + ": contract-gate's shade execution did not run");

    List<String> libraries = ShadedJarCheck.librariesIn(cli, classPath).stream()
        .map(p -> p.getFileName().toString()).collect(Collectors.toList());
    assertTrue(libraries.stream().anyMatch(name -> name.startsWith("swagger-parser-v2-converter-")),
        "the check must see the libraries the jar was made from (Swagger 2.0's converter among them): " + libraries);
    assertEquals(List.of(), ShadedJarCheck.problems(cli, MAIN, classPath));
  }

  @Test
  void aServicesFileOneLibraryOverwroteIsCaughtAsIsAMissingMainClass(@TempDir Path work) throws IOException {
    String service = "META-INF/services/dev.fixture.Codec";
    Path json = jar(work.resolve("json.jar"), Map.of("dev/json/JsonCodec.class", "",
        service, "dev.json.JsonCodec\n"));
    Path yaml = jar(work.resolve("yaml.jar"), Map.of("dev/yaml/YamlCodec.class", "",
        service, "# the YAML codec\ndev.yaml.YamlCodec\n"));
    Path shaded = jar(work.resolve("shaded.jar"), Map.of("dev/json/JsonCodec.class", "",
        "dev/yaml/YamlCodec.class", "", service, "dev.yaml.YamlCodec\n"));

    assertEquals(List.of("Main-Class is null, not dev.Main", "no class dev.Main",
            service + " lacks dev.json.JsonCodec (from json.jar)"),
        ShadedJarCheck.problems(shaded, "dev.Main", List.of(json, yaml, shaded)));
  }

  @Test
  void aListedProviderWhoseClassWasLeftOutIsCaught(@TempDir Path work) throws IOException {
    String service = "META-INF/services/dev.fixture.Codec";
    Path json = jar(work.resolve("json.jar"), Map.of("dev/json/JsonCodec.class", "",
        "dev/json/JsonStreamCodec.class", "", service, "dev.json.JsonCodec\ndev.json.JsonStreamCodec\n"));
    Path shaded = jar(work.resolve("shaded.jar"), Map.of("dev/json/JsonCodec.class", "",
        service, "dev.json.JsonCodec\ndev.json.JsonStreamCodec\n"));

    List<String> problems = ShadedJarCheck.problems(shaded, "dev.Main", List.of(json));

    assertEquals(List.of(service + " lists dev.json.JsonStreamCodec, whose class is not in the jar"),
        problems.subList(2, problems.size()));
  }

  /** A jar with a manifest that names no main class, holding {@code entries} (name to text), in name order. */
  private static Path jar(Path file, Map<String, String> entries) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
      // In name order, as a build writes them: the check judges a library by its first class.
      for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
        jar.putNextEntry(new JarEntry(entry.getKey()));
        jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
    }
    return file;
  }
}
