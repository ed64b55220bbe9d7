package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * module-info is only proved by a modular application: one is compiled against the client on the
 * module path and run in its own JVM, where Retrofit must proxy the unexported interfaces, Moshi
 * must reach the opened models, and OkHttp must find Kotlin.
 */
class ModularApplicationTest {

  /** Test-only jars; anything else on the test classpath is the client's runtime. */
  private static final List<String> TEST_ONLY = List.of("junit", "opentest4j", "apiguardian",
      "mockwebserver", "hamcrest", "test-classes", "surefire");

  @TempDir
  Path work;

  @Test
  void aModularApplicationListsCreatesAndPages() throws Exception {
    Path src = Files.createDirectories(work.resolve("src/smoke"));
    Files.createDirectories(src.resolve("smoke"));
    copy("module-info.java.txt", src.resolve("module-info.java"));
    copy("Main.java.txt", src.resolve("smoke/Main.java"));
    String modulePath = runtimeModulePath();

    // javac runs in this JVM (the module path is its argument, not this JVM's); it needs no JVM of its own,
    // whose start-up and JIT warm-up cost more than the compilation.
    StringWriter messages = new StringWriter();
    PrintWriter to = new PrintWriter(messages);
    int compiled = ToolProvider.findFirst("javac").orElseThrow().run(to, to, "--module-path", modulePath,
        "-nowarn", "-Xlint:none", "-d", work.resolve("out").toString(),
        src.resolve("module-info.java").toString(), src.resolve("smoke/Main.java").toString());
    assertEquals(0, compiled, "the modular application must compile against the client module: "
        + messages);

    // java as a process: this test class itself runs patched into the client module. The application runs for a
    // moment, so C1 alone compiles enough (as for the test JVMs, root pom togglkit.test.jvm).
    String output = run(tool("java"), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "--module-path", work.resolve("out") + File.pathSeparator + modulePath, "-m", "smoke/smoke.Main");
    assertEquals(0, exitCode, "the modular application must run: " + output);
    assertEquals("modular app: created Acme, listed 1 project(s), status UNKNOWN", output.trim(), output);
  }

  private int exitCode;

  private String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    exitCode = process.exitValue();
    return output;
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = ModularApplicationTest.class.getResourceAsStream("/modular-app/" + resource)) {
      Files.write(to, in.readAllBytes());
    }
  }

  /** target/classes and the client's dependencies, from the test classpath (surefire may pass it in a manifest). */
  private static String runtimeModulePath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (new File(entry).getName().startsWith("surefirebooter")) {
        try (JarFile jar = new JarFile(entry)) {
          for (String url : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH).split(" ")) {
            entries.add(new File(URI.create(url)).getPath());
          }
        }
      } else {
        entries.add(entry);
      }
    }
    return entries.stream()
        .filter(e -> TEST_ONLY.stream().noneMatch(t -> e.toLowerCase(Locale.ROOT).contains(t)))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
