package dev.togglkit.compat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
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
  private final List<String> classPath = testClassPath();

  /** The test's classpath entries (surefire may hand them over in a manifest-only jar). */
  List<String> classPath() {
    return classPath;
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
