package dev.togglkit.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.compat.ClientGenerator.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of issue 11 as a test: togglkit is regenerated whenever Toggl's docs change, so a
 * change docs usually bring (an optional query parameter, request field, response field or enum
 * value) must keep existing user code compiling and linking, and a breaking one (an operation
 * removed, a required field renamed) must be caught, naming the element.
 *
 * <p>How: regenerate the client in-process from edited copies of spec/ with our templates, compile
 * the generated code, compile a fixed corpus of user code against it (the README quick start and
 * {@code corpus/AllOperations.java}, which calls all 26 operations), and compare the public API with
 * japicmp against the unedited spec's build. Prints one summary line.
 */
class ApiCompatibilityTest {

  private static final Path SPEC = Path.of(System.getProperty("togglkit.spec.dir"));
  private static final Path TEMPLATES = Path.of(System.getProperty("togglkit.templates.dir"));
  private static final Path README = Path.of(System.getProperty("togglkit.readme"));
  private static final Path CLIENT_GENERATED = Path.of(System.getProperty("togglkit.client.generated"));

  @TempDir
  static Path work;

  private static final ClientGenerator GENERATOR = new ClientGenerator(TEMPLATES);
  private static final InProcessCompiler JAVAC = new InProcessCompiler();
  private static Path corpus;
  private static Path baselineGenerated;
  private static Path baselineClasses;

  private static String additiveSummary = "additive variant not run";
  private static final List<String> rejected = new ArrayList<>();
  private static int breakingVariants;

  @BeforeAll
  static void buildTheBaseline() throws IOException {
    corpus = writeCorpus(work.resolve("corpus"));
    baselineGenerated = work.resolve("baseline-src");
    baselineClasses = buildBaseline(SpecEdits.copy(SPEC, work.resolve("baseline-spec")).root(), baselineGenerated,
        work.resolve("baseline-classes"));
  }

  @AfterAll
  static void closeTheCompiler() {
    JAVAC.close();
  }

  @AfterAll
  static void printSummary() {
    System.out.println("api compatibility: " + additiveSummary + "; breaking variant rejected ("
        + rejected.size() + "/" + breakingVariants + ")");
  }

  @Test
  void theInProcessGeneratorWritesExactlyWhatTheClientBuildWrote() throws IOException {
    for (Document document : Document.values()) {
      Map<String, String> ours = javaFiles(baselineGenerated.resolve(document.folder));
      Map<String, String> client = javaFiles(CLIENT_GENERATED.resolve("openapi-" + document.folder));
      client.putAll(javaFiles(CLIENT_GENERATED.resolve("openapi-" + document.folder + "-params")));
      assertFalse(client.isEmpty(), "run the client build first: " + CLIENT_GENERATED);
      assertEquals(client.keySet(), ours.keySet(), document.folder + ": generated files differ from client/pom.xml's");
      for (String file : client.keySet()) {
        assertEquals(client.get(file), ours.get(file),
            file + " differs from client/pom.xml's generation: ClientGenerator's settings drifted from the pom");
      }
    }
  }

  @Test
  void theCorpusCompilesAgainstTheCurrentSpec() {
    assertEquals(List.of(), JAVAC.compile(List.of(corpus), work.resolve("corpus-baseline"), List.of(baselineClasses)));
  }

  @Test
  void additiveChangesKeepUserCodeCompilingAndLinking() throws IOException {
    SpecEdits spec = SpecEdits.copy(SPEC, work.resolve("additive-spec"))
        .addQueryParameter("track-v9/paths/clients.yaml", "clients", "get", "sort_order", "string")
        .addQueryParameter("track-v9/paths/clients.yaml", "client", "get", "with_deleted", "boolean")
        .addQueryParameter("track-v9/paths/projects.yaml", "projects", "get", "include_archived_clients", "boolean")
        .addQueryParameter("focus/paths/clients.yaml", "clients", "get", "archived", "boolean")
        .addProperty("track-v9/schemas/ClientPayload.yaml", "external_reference", "string")
        .addProperty("track-v9/schemas/Project.yaml", "color_name", "string")
        .addEnumValue("track-v9/schemas/ProjectStatus.yaml", "paused")
        .addEnumValue("track-v9/schemas/ProjectSortField.yaml", "pinned_at");
    Path classes = buildVariant(spec.root(), work.resolve("additive-src"), work.resolve("additive-classes"),
        Document.values());

    List<String> compileErrors = JAVAC.compile(List.of(corpus), work.resolve("corpus-additive"), List.of(classes));
    List<ApiDiff.Break> breaks = new ApiDiff(JAVAC.classPath()).breaks(baselineClasses, classes, work);
    long source = breaks.stream().filter(b -> b.source).count();
    long binary = breaks.stream().filter(b -> b.binary).count();
    additiveSummary = "additive variant " + source + " source / " + binary + " binary breaks"
        + (compileErrors.isEmpty() ? "" : ", corpus does not compile");

    assertEquals(List.of(), compileErrors, "user code must keep compiling after additive spec changes");
    assertEquals(List.of(), breaks.stream().map(Object::toString).collect(Collectors.toList()),
        "additive spec changes must not break the public API");
    assertTrue(javaFiles(work.resolve("additive-src").resolve("track-v9")).keySet().stream()
        .anyMatch(f -> f.endsWith("ClientsApi.java")), "the variant was generated");
  }

  @Test
  void removingAnOperationIsRejectedNamingIt() {
    assertRejected(BreakingEdit.REMOVE_GET_CLIENT);
  }

  @Test
  void renamingARequiredFieldIsRejectedNamingIt() {
    assertRejected(BreakingEdit.RENAME_CLIENT_PAYLOAD_NAME);
  }

  /**
   * A breaking spec change, the element japicmp must name as a binary break ({@code owner.member}) and
   * the symbol javac must name when the corpus stops compiling ({@code member} of {@code owner}). Every
   * edit touches its own element, so all of them are applied to one variant (one regeneration, one
   * compile, one japicmp run) and each test still asserts that both tools name its element.
   */
  enum BreakingEdit {
    REMOVE_GET_CLIENT("operation getClient removed", "track.api.ClientsApi", "getClient") {
      @Override
      SpecEdits apply(SpecEdits spec) {
        return spec.removeOperation("track-v9/paths/clients.yaml", "client", "get");
      }
    },
    RENAME_CLIENT_PAYLOAD_NAME("ClientPayload.name renamed to title", "track.model.ClientPayload", "name") {
      @Override
      SpecEdits apply(SpecEdits spec) {
        return spec.renameProperty("track-v9/schemas/ClientPayload.yaml", "name", "title");
      }
    };

    final String variant;
    final String owner;
    final String member;

    BreakingEdit(String variant, String owner, String member) {
      this.variant = variant;
      this.owner = owner;
      this.member = member;
    }

    abstract SpecEdits apply(SpecEdits spec);

    /** javac's "cannot find symbol ... method member(...) ... location: ... Owner". */
    Pattern javacError() {
      return Pattern.compile("\\bmethod " + member + "\\(.*\\b" + owner.substring(owner.lastIndexOf('.') + 1) + "\\b");
    }
  }

  /** The breaking variant: every {@link BreakingEdit} applied to one copy of the spec, built once. */
  private static final class BreakingVariant {
    final List<String> compileErrors;
    final List<ApiDiff.Break> breaks;

    private BreakingVariant(List<String> compileErrors, List<ApiDiff.Break> breaks) {
      this.compileErrors = compileErrors;
      this.breaks = breaks;
    }
  }

  private static BreakingVariant breakingVariant;

  private static BreakingVariant breakingVariant() {
    if (breakingVariant == null) {
      SpecEdits spec = SpecEdits.copy(SPEC, work.resolve("breaking-spec"));
      for (BreakingEdit edit : BreakingEdit.values()) {
        spec = edit.apply(spec);
      }
      Path classes = buildVariant(spec.root(), work.resolve("breaking-src"), work.resolve("breaking-classes"),
          Document.TRACK);
      breakingVariant = new BreakingVariant(
          JAVAC.compile(List.of(corpus), work.resolve("breaking-corpus"), List.of(classes)),
          new ApiDiff(JAVAC.classPath()).breaks(baselineClasses, classes, work));
    }
    return breakingVariant;
  }

  private static void assertRejected(BreakingEdit edit) {
    breakingVariants++;
    BreakingVariant built = breakingVariant();
    String element = edit.owner + "." + edit.member;
    String japicmp = built.breaks.stream().map(Object::toString)
        .filter(b -> b.startsWith(edit.owner + ".")).collect(Collectors.joining("; "));
    Optional<String> javac = built.compileErrors.stream().filter(e -> edit.javacError().matcher(e).find()).findFirst();
    assertFalse(built.compileErrors.isEmpty(), edit.variant + ": the corpus must stop compiling");
    assertTrue(javac.isPresent(), edit.variant + ": javac must name " + edit.member + " of " + edit.owner
        + ", reported: " + built.compileErrors);
    assertTrue(built.breaks.stream().anyMatch(b -> b.binary && b.element.contains(element)),
        edit.variant + ": japicmp must name " + element + " as a binary break, reported: " + built.breaks);
    rejected.add(edit.variant);
    System.out.println("api compatibility: rejected '" + edit.variant + "': japicmp " + japicmp + "; javac " + javac.get());
  }

  /** Generates both documents from the unedited {@code spec} and compiles them all; returns the classes directory. */
  private static Path buildBaseline(Path spec, Path generated, Path classes) {
    for (Document document : Document.values()) {
      GENERATOR.generate(spec, document, generated.resolve(document.folder));
    }
    assertEquals(List.of(), JAVAC.compile(List.of(generated), classes, List.of()), "the generated client must compile");
    return classes;
  }

  /**
   * Generates {@code documents} from the edited {@code spec} (the others are the baseline's: they are
   * unedited) and compiles what they change against the baseline's classes (see {@link VariantCompiler});
   * returns the classes directory, which holds the whole variant.
   */
  private static Path buildVariant(Path spec, Path generated, Path classes, Document... documents) {
    for (Document document : documents) {
      GENERATOR.generate(spec, document, generated.resolve(document.folder));
    }
    List<String> errors = new VariantCompiler(JAVAC, baselineGenerated, baselineClasses).compile(generated, classes);
    assertEquals(List.of(), errors, "the generated client must compile");
    return classes;
  }

  /** The corpus: AllOperations.java from the test resources and the README quick start, wrapped in a class. */
  private static Path writeCorpus(Path dir) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("corpus"));
    try (InputStream in = ApiCompatibilityTest.class.getResourceAsStream("/corpus/AllOperations.java")) {
      Files.write(pkg.resolve("AllOperations.java"), in.readAllBytes());
    }
    String template;
    try (InputStream in = ApiCompatibilityTest.class.getResourceAsStream("/corpus/ReadmeQuickStart.java.txt")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher block = Pattern.compile("## Quick start.*?```java\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(README, StandardCharsets.UTF_8));
    assertTrue(block.find(), "README.md has a '## Quick start' section with a ```java block");
    // The README shows its imports first: they go above the class, the code into its method.
    String imports = block.group(1).lines().filter(line -> line.startsWith("import "))
        .collect(Collectors.joining("\n"));
    String code = block.group(1).lines().filter(line -> !line.startsWith("import "))
        .collect(Collectors.joining("\n"));
    Files.writeString(pkg.resolve("ReadmeQuickStart.java"),
        template.replace("/* README imports */", imports).replace("/* README */", code));
    return dir;
  }

  private static Map<String, String> javaFiles(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk::iterator) {
        if (file.toString().endsWith(".java")) {
          files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }
}
