package dev.togglkit.compat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac in this JVM, for Java 11 like the client jar, against this test's classpath. One file manager
 * serves every compilation: it opens the classpath's jars once instead of once per compilation (each
 * compilation sets its own classpath and output directory on it).
 */
final class InProcessCompiler implements AutoCloseable {

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, null);
  private List<String> classPath = testClassPath();

  /** The test's classpath entries (surefire may hand them over in a manifest-only jar). */
  List<String> classPath() {
    return classPath;
  }

  /**
   * Takes the generated packages out of the client jar on this compiler's classpath: from then on every class
   * of a package that {@code generatedClasses} holds comes from the classes a compilation is given first. The
   * jar holds the baseline's generated classes, so without this a type an edited spec removed would still
   * resolve from it, and user code naming that type would still compile. The rest of the jar (the hand-written
   * layer) is copied to {@code into}, which takes the jar's place.
   */
  void hideGeneratedPackagesOfClientJar(Path generatedClasses, Path into) {
    List<String> updated = new ArrayList<>();
    boolean found = false;
    for (String entry : classPath) {
      String name = new File(entry).getName();
      if (name.startsWith("togglkit-client-") && name.endsWith(".jar")) {
        copyWithoutPackagesOf(Path.of(entry), generatedClasses, into);
        updated.add(into.toString());
        found = true;
      } else {
        updated.add(entry);
      }
    }
    if (!found) {
      // Before the package phase (./mvnw test) the reactor hands over target/classes, not the jar.
      throw new IllegalStateException("togglkit-client's jar is not on the test classpath (api-compat needs the"
          + " jars: run ./mvnw verify, not test): " + classPath);
    }
    classPath = List.copyOf(updated);
  }

  private static void copyWithoutPackagesOf(Path jar, Path generatedClasses, Path into) {
    Set<String> generatedPackages;
    try (Stream<Path> walk = Files.walk(generatedClasses)) {
      // A package is generated when the generator wrote a class into it (dev/togglkit/track/model), not when it
      // only lies on the way to one (dev/togglkit, the hand-written layer's).
      generatedPackages = walk.filter(p -> p.toString().endsWith(".class"))
          .map(p -> generatedClasses.relativize(p.getParent()).toString().replace(File.separatorChar, '/'))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (JarFile in = new JarFile(jar.toFile())) {
      for (JarEntry entry : (Iterable<JarEntry>) in.stream()::iterator) {
        int slash = entry.getName().lastIndexOf('/');
        String folder = slash < 0 ? "" : entry.getName().substring(0, slash);
        if (entry.isDirectory() || generatedPackages.contains(folder)) {
          continue;
        }
        Path target = into.resolve(entry.getName());
        Files.createDirectories(target.getParent());
        try (InputStream bytes = in.getInputStream(entry)) {
          Files.copy(bytes, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles every .java file under {@code sources} into {@code output}, with {@code first} ahead of
   * the test classpath.
   *
   * @return the compiler's error messages; empty when it compiled
   */
  List<String> compile(List<Path> sources, Path output, List<Path> first) {
    List<Path> files = new ArrayList<>();
    for (Path source : sources) {
      try (Stream<Path> walk = Files.walk(source)) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return compileFiles(files, output, first);
  }

  /** Compiles the .java {@code files} into {@code output}, with {@code first} ahead of the test classpath. */
  List<String> compileFiles(List<Path> files, Path output, List<Path> first) {
    try {
      Files.createDirectories(output);
      List<String> path = new ArrayList<>();
      first.forEach(p -> path.add(p.toString()));
      path.addAll(classPath);
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> options = List.of("--release", "11", "-proc:none", "-nowarn", "-Xlint:none",
          "-d", output.toString(), "-classpath", String.join(File.pathSeparator, path));
      javac.getTask(null, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();
      return diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> (d.getSource() == null ? "" : new File(d.getSource().getName()).getName() + ":"
              + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT).replace('\n', ' '))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      fileManager.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> testClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (new File(entry).getName().startsWith("surefirebooter")) {
        try (JarFile jar = new JarFile(entry)) {
          String manifestPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
          for (String url : manifestPath.split(" ")) {
            entries.add(new File(java.net.URI.create(url)).getPath());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        entries.add(entry);
      }
    }
    return entries;
  }
}
