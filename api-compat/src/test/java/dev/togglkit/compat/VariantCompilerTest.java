package dev.togglkit.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link VariantCompiler} recompiles only part of a variant, so {@link ApiCompatibilityTest}'s verdicts are only
 * as good as its choice of what to recompile: an unchanged source that uses a changed type must be compiled
 * again (or a break in it goes unseen), and the classes of a removed type must not survive from the baseline.
 */
class VariantCompilerTest {

  private static final InProcessCompiler JAVAC = new InProcessCompiler();
  private static final String PKG = "doc/" + ClientGenerator.SOURCE_FOLDER + "/fixture/";

  @TempDir
  Path work;

  @AfterAll
  static void closeCompiler() {
    JAVAC.close();
  }

  @Test
  void anUnchangedSourceUsingARenamedMethodIsRecompiledAndBreaks() throws IOException {
    List<String> errors = variantErrors(
        List.of("Widget", "public class Widget { public String name() { return \"w\"; } }",
            "Shelf", "public class Shelf { public String label(Widget w) { return w.name(); } }",
            "Clock", "public class Clock { public long now() { return 1L; } }"),
        List.of("Widget", "public class Widget { public String title() { return \"w\"; } }",
            "Shelf", "public class Shelf { public String label(Widget w) { return w.name(); } }",
            "Clock", "public class Clock { public long now() { return 1L; } }"));

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("Shelf.java:1: ") && errors.get(0).contains("name()"), errors.get(0));
  }

  @Test
  void aSourceReachingAChangedTypeOnlyThroughASubtypeIsRecompiledAndBreaks() throws IOException {
    List<String> errors = variantErrors(
        List.of("Widget", "public class Widget { public int size() { return 1; } }",
            "Gizmo", "public class Gizmo extends Widget { }",
            "Shelf", "public class Shelf { public int room(Gizmo g) { return g.size(); } }"),
        List.of("Widget", "public class Widget { public long size() { return 1L; } }",
            "Gizmo", "public class Gizmo extends Widget { }",
            "Shelf", "public class Shelf { public int room(Gizmo g) { return g.size(); } }"));

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("Shelf.java:1: "), errors.get(0));
  }

  @Test
  void theResultEqualsAFullCompileAndARemovedTypeLeavesNoClass() throws IOException {
    Path baseline = write(work.resolve("baseline-src"),
        "Widget", "public class Widget { public static class Part { } public int size() { return 1; } }",
        "Gadget", "public class Gadget { public static class Part { } }",
        "Clock", "public class Clock { public long now() { return 1L; } }");
    Path baselineClasses = compileAll(baseline, work.resolve("baseline-classes"));
    Path variant = write(work.resolve("variant-src"),
        "Widget", "public class Widget { public static class Part { } public long size() { return 1L; } }",
        "Clock", "public class Clock { public long now() { return 1L; } }");

    Path classes = work.resolve("variant-classes");
    assertEquals(List.of(), new VariantCompiler(JAVAC, baseline, baselineClasses).compile(variant, classes));

    Path full = compileAll(variant, work.resolve("full-classes"));
    assertFalse(Files.exists(classes.resolve("fixture/Gadget.class")), "the removed type's class is gone");
    assertFalse(Files.exists(classes.resolve("fixture/Gadget$Part.class")), "and its nested class");
    for (String type : List.of("Widget", "Widget$Part", "Clock")) {
      assertArrayEquals(Files.readAllBytes(full.resolve("fixture/" + type + ".class")),
          Files.readAllBytes(classes.resolve("fixture/" + type + ".class")), type + " as a full compile makes it");
    }
  }

  /** Compiles the baseline in full, then the variant with {@link VariantCompiler}; returns the variant's errors. */
  private List<String> variantErrors(List<String> baseline, List<String> variant) throws IOException {
    Path baselineSources = write(work.resolve("baseline-src"), baseline.toArray(String[]::new));
    Path baselineClasses = compileAll(baselineSources, work.resolve("baseline-classes"));
    Path variantSources = write(work.resolve("variant-src"), variant.toArray(String[]::new));
    return new VariantCompiler(JAVAC, baselineSources, baselineClasses)
        .compile(variantSources, work.resolve("variant-classes"));
  }

  /** One document folder "doc" holding package fixture, one public class per file: name, source, name, source... */
  private static Path write(Path root, String... namesAndBodies) throws IOException {
    Path pkg = Files.createDirectories(root.resolve(PKG));
    for (int i = 0; i < namesAndBodies.length; i += 2) {
      Files.writeString(pkg.resolve(namesAndBodies[i] + ".java"), "package fixture; " + namesAndBodies[i + 1]);
    }
    return root;
  }

  private static Path compileAll(Path sources, Path classes) {
    assertEquals(List.of(), JAVAC.compile(List.of(sources), classes, List.of()));
    return classes;
  }
}
