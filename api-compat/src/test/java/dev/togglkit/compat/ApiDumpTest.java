package dev.togglkit.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.togglkit.compat.PublishedModules.Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every change of a published module's public API shows in review: each module's API is committed as
 * {@code <module>/api/<artifactId>.api} (see {@link ApiDump}), and this test fails, listing the added
 * and removed lines, when the classes this build made and the committed dump differ. After an
 * intended change, regenerate the dumps ({@value #UPDATE_COMMAND}) and commit them with the change.
 */
class ApiDumpTest {

  static final String UPDATE_COMMAND = "./mvnw -o -q -pl api-compat -am verify -Dtogglkit.api.dump=update"
      + " -Dtest=ApiDumpTest -Dsurefire.failIfNoSpecifiedTests=false";

  private static final Path ROOT = Path.of(System.getProperty("togglkit.root")).toAbsolutePath().normalize();
  private static final boolean UPDATE = "update".equals(System.getProperty("togglkit.api.dump"));
  private static final InProcessCompiler JAVAC = new InProcessCompiler();

  @AfterAll
  static void closeTheCompiler() {
    JAVAC.close();
  }

  @Test
  void everyPublishedModuleMatchesItsCommittedApiDump() throws IOException {
    List<Module> modules = PublishedModules.of(ROOT);
    assertFalse(modules.isEmpty(), "no published module found under " + ROOT);
    List<String> failures = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    for (Module module : modules) {
      Path built = builtArtifact(module);
      List<String> actual = ApiDump.of(built, getClass().getClassLoader());
      Path dump = dumpFile(module);
      if (UPDATE) {
        Files.createDirectories(dump.getParent());
        Files.write(dump, actual, StandardCharsets.UTF_8);
        summary.add(ROOT.relativize(dump) + " written (" + actual.size() + " lines)");
        continue;
      }
      if (!Files.exists(dump)) {
        failures.add(module + " has no committed API dump " + ROOT.relativize(dump));
        continue;
      }
      ApiDumpDiff diff = ApiDumpDiff.between(Files.readAllLines(dump, StandardCharsets.UTF_8), actual);
      if (!diff.isEmpty()) {
        failures.add("the API of " + module + " differs from " + ROOT.relativize(dump) + " ("
            + diff.added.size() + " added, " + diff.removed.size() + " removed):" + diff.describe(60));
      }
      summary.add(module.artifactId + " " + actual.size());
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures) + "\nIf the change is intended, regenerate the dumps and commit them: "
          + UPDATE_COMMAND);
    }
    System.out.println("api dump: " + modules.size() + " published modules match their committed API ("
        + String.join(", ", summary) + (UPDATE ? "" : " lines") + ")");
  }

  /**
   * Maven Central wants sources and Javadoc beside every jar, and users want parameter names and docs
   * in their IDE: the root pom attaches a sources jar to every published module in every build, and a
   * Javadoc jar in the release profile (or with -Dtogglkit.javadoc.skip=false). This holds every module
   * to it: a sources jar each, and Javadoc jars for all published modules or for none, so no module can
   * opt out of the release's Javadoc alone.
   */
  @Test
  void everyPublishedModuleShipsSourcesAndJavadoc() {
    List<String> missing = new ArrayList<>();
    List<String> withJavadoc = new ArrayList<>();
    List<String> withoutJavadoc = new ArrayList<>();
    for (Module module : PublishedModules.of(ROOT)) {
      Path jar = builtArtifact(module);
      if (Files.isDirectory(jar)) {
        fail(module + " is on the class path as " + jar + ", not as its jar: run at least `package`");
      }
      String name = jar.getFileName().toString().replaceAll("\\.jar$", "");
      Path sources = jar.resolveSibling(name + "-sources.jar");
      if (!Files.isRegularFile(sources)) {
        missing.add(module + ": no " + jar.getParent().relativize(sources));
      }
      (madeWith(jar, jar.resolveSibling(name + "-javadoc.jar")) ? withJavadoc : withoutJavadoc)
          .add(module.toString());
    }
    assertTrue(missing.isEmpty(), "published modules without a sources jar (the root pom's attach-sources "
        + "execution must not be skipped for them):\n  " + String.join("\n  ", missing));
    assertTrue(withJavadoc.isEmpty() || withoutJavadoc.isEmpty(), "this build made Javadoc jars for "
        + withJavadoc + " but not for " + withoutJavadoc + ": the root pom's attach-javadocs execution must "
        + "not be skipped for a published module alone");
  }

  /**
   * Whether {@code attached} was made by the same build as {@code jar}: it exists and is not older. The Javadoc
   * jar is written after the main jar; one left in target/ by an earlier build (before a module stopped making
   * it, say) is older than the jar this build wrote, and is not counted.
   */
  private static boolean madeWith(Path jar, Path attached) {
    try {
      return Files.isRegularFile(attached)
          && Files.getLastModifiedTime(attached).compareTo(Files.getLastModifiedTime(jar)) >= 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aChangedSignatureIsReportedAsOneRemovedAndOneAddedLine(@TempDir Path work) throws IOException {
    List<String> before = dumpOf(work.resolve("before"), "public int size(int limit) { return limit; }");
    List<String> after = dumpOf(work.resolve("after"), "public long size(int limit) { return limit; }");

    ApiDumpDiff diff = ApiDumpDiff.between(before, after);

    assertEquals(List.of("dev.fixture.Shelf: public long size(int)"), diff.added);
    assertEquals(List.of("dev.fixture.Shelf: public int size(int)"), diff.removed);
    assertEquals("\n  - dev.fixture.Shelf: public int size(int)\n  + dev.fixture.Shelf: public long size(int)",
        diff.describe(10));
  }

  @Test
  void internalPackagesAndNonPublicMembersAreNotApi(@TempDir Path work) throws IOException {
    Path sources = work.resolve("src");
    write(sources, "dev/fixture/Shelf.java", "package dev.fixture; public class Shelf {"
        + " public static final String NAME = \"s\"; protected Shelf() {} int hidden() { return 0; }"
        + " public static class Row {} private static class Secret {} }");
    write(sources, "dev/fixture/internal/Engine.java", "package dev.fixture.internal; public class Engine {}");
    List<String> dump = compileAndDump(sources, work.resolve("classes"));

    assertEquals(List.of(
        "dev.fixture.Shelf = public class dev.fixture.Shelf",
        "dev.fixture.Shelf$Row = public static class dev.fixture.Shelf$Row",
        "dev.fixture.Shelf$Row: public <init>()",
        "dev.fixture.Shelf: protected <init>()",
        "dev.fixture.Shelf: public static final java.lang.String NAME"), dump);
  }

  private static List<String> dumpOf(Path work, String member) throws IOException {
    Path sources = work.resolve("src");
    write(sources, "dev/fixture/Shelf.java", "package dev.fixture; public final class Shelf { " + member + " }");
    return compileAndDump(sources, work.resolve("classes"));
  }

  private static List<String> compileAndDump(Path sources, Path classes) {
    List<String> errors = JAVAC.compile(List.of(sources), classes, List.of());
    assertEquals(List.of(), errors);
    return ApiDump.of(classes, ApiDumpTest.class.getClassLoader());
  }

  private static void write(Path root, String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private static Path dumpFile(Module module) {
    return module.dir.resolve("api").resolve(module.artifactId + ".api");
  }

  /** The module's jar (or classes directory) on this test's class path, built by this reactor. */
  private static Path builtArtifact(Module module) {
    Path target = module.dir.resolve("target").toAbsolutePath().normalize();
    List<String> seen = new ArrayList<>();
    Optional<Path> found = InProcessCompiler.testClassPath().stream()
        .map(entry -> Path.of(entry).toAbsolutePath().normalize())
        .peek(entry -> {
          if (entry.getFileName().toString().startsWith(module.artifactId + "-")) {
            seen.add(entry.toString());
          }
        })
        .filter(entry -> entry.startsWith(target))
        .filter(entry -> entry.equals(target.resolve("classes"))
            || entry.getFileName().toString().matches(Pattern.quote(module.artifactId)
                + "-[^-]+(-SNAPSHOT)?\\.jar"))
        .findFirst();
    return found.orElseThrow(() -> new AssertionError(module + " is not on api-compat's test class path from this "
        + "build" + (seen.isEmpty() ? "" : " (found " + seen + ")") + ": add it to api-compat/pom.xml as a test "
        + "dependency so its API is dumped, and build it in the same reactor (-am)"));
  }
}
