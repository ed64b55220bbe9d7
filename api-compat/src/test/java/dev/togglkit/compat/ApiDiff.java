package dev.togglkit.compat;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiField;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * japicmp between two builds of the generated public API: the classes of the packages users see
 * ({@code dev.togglkit.<api>.api} and {@code .model}); the unexported {@code .internal} packages are
 * left out, as nobody can link against them.
 */
final class ApiDiff {

  /** One incompatible change: the element, japicmp's change type, and for whom it breaks. */
  static final class Break {
    final String element;
    final String change;
    final boolean binary;
    final boolean source;

    Break(String element, JApiCompatibilityChange change) {
      this.element = element;
      this.change = change.getType().name();
      this.binary = !change.isBinaryCompatible();
      this.source = !change.isSourceCompatible();
    }

    @Override
    public String toString() {
      return element + ": " + change + (binary ? " (binary)" : "") + (source ? " (source)" : "");
    }
  }

  private final List<String> classPath;

  ApiDiff(List<String> classPath) {
    this.classPath = classPath;
  }

  /** Every source- or binary-incompatible change from the classes in {@code before} to {@code after}. */
  List<Break> breaks(Path before, Path after, Path workDir) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(AccessModifier.PROTECTED);
    options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
    options.getClassPathEntries().addAll(classPath);
    List<JApiClass> classes = new JarArchiveComparator(options).compare(
        new JApiCmpArchive(publicApiJar(before, workDir.resolve("before.jar")).toFile(), "1.0.0"),
        new JApiCmpArchive(publicApiJar(after, workDir.resolve("after.jar")).toFile(), "1.0.1"));
    List<Break> breaks = new ArrayList<>();
    for (JApiClass type : classes) {
      String name = type.getFullyQualifiedName().replaceAll("^dev\\.togglkit\\.", "");
      collect(name, type, breaks);
      for (JApiBehavior method : type.getMethods()) {
        collect(name + "." + signature(method), method, breaks);
      }
      for (JApiBehavior constructor : type.getConstructors()) {
        collect(name + "." + signature(constructor), constructor, breaks);
      }
      for (JApiField field : type.getFields()) {
        collect(name + "." + field.getName(), field, breaks);
      }
    }
    return breaks;
  }

  private static String signature(JApiBehavior behavior) {
    return behavior.getName() + "(" + behavior.getParameters().stream()
        .map(p -> p.getType().replaceAll(".*\\.", ""))
        .collect(Collectors.joining(", ")) + ")";
  }

  private static void collect(String element, JApiCompatibility item, List<Break> into) {
    for (JApiCompatibilityChange change : item.getCompatibilityChanges()) {
      if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
        into.add(new Break(element, change));
      }
    }
  }

  /** A jar of the compiled classes in the packages users see. */
  private static Path publicApiJar(Path classes, Path jar) {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        String entry = classes.relativize(path).toString().replace('\\', '/');
        if (entry.endsWith(".class") && entry.matches("dev/togglkit/\\w+/(api|model)/.*")) {
          out.putNextEntry(new JarEntry(entry));
          out.write(Files.readAllBytes(path));
          out.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }
}
