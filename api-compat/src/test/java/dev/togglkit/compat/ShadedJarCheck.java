package dev.togglkit.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * What can go wrong in a shaded jar and no test of the unshaded classes sees: a {@code META-INF/services} file of
 * one library overwriting another's (ServiceLoader then finds only some providers: swagger-parser's Swagger 2.0
 * converter, Jackson's modules), a provider class left out, or no runnable main class.
 */
final class ShadedJarCheck {

  private ShadedJarCheck() {
  }

  /**
   * The problems of {@code shaded} against the libraries it was made from: every jar of {@code classPath} whose
   * classes it holds is one of them, and each of their service providers must be in it, listed and present.
   */
  static List<String> problems(Path shaded, String mainClass, List<Path> classPath) {
    List<String> problems = new ArrayList<>();
    try (JarFile jar = new JarFile(shaded.toFile())) {
      String declared = jar.getManifest() == null ? null
          : jar.getManifest().getMainAttributes().getValue("Main-Class");
      if (!mainClass.equals(declared)) {
        problems.add("Main-Class is " + declared + ", not " + mainClass);
      }
      if (jar.getEntry(mainClass.replace('.', '/') + ".class") == null) {
        problems.add("no class " + mainClass);
      }
      for (Path library : librariesIn(shaded, classPath)) {
        problems.addAll(servicesMissing(jar, library));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /** The jars of {@code classPath} whose classes {@code shaded} holds (judged by the first class of each). */
  static List<Path> librariesIn(Path shaded, List<Path> classPath) {
    List<Path> libraries = new ArrayList<>();
    try (JarFile jar = new JarFile(shaded.toFile())) {
      for (Path library : classPath) {
        if (!library.toString().endsWith(".jar") || library.equals(shaded) || !Files.isRegularFile(library)) {
          continue;
        }
        try (JarFile candidate = new JarFile(library.toFile())) {
          JarEntry firstClass = candidate.stream().filter(e -> e.getName().endsWith(".class")
              && !e.getName().endsWith("module-info.class")).findFirst().orElse(null);
          if (firstClass != null && jar.getEntry(firstClass.getName()) != null) {
            libraries.add(library);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return libraries;
  }

  private static List<String> servicesMissing(JarFile shaded, Path library) throws IOException {
    List<String> problems = new ArrayList<>();
    try (JarFile jar = new JarFile(library.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        if (!name.startsWith("META-INF/services/") || entry.isDirectory()) {
          continue;
        }
        Set<String> listed = providers(shaded, shaded.getJarEntry(name));
        for (String provider : providers(jar, entry)) {
          if (!listed.contains(provider)) {
            problems.add(name + " lacks " + provider + " (from " + library.getFileName() + ")");
          } else if (shaded.getEntry(provider.replace('.', '/') + ".class") == null) {
            problems.add(name + " lists " + provider + ", whose class is not in the jar");
          }
        }
      }
    }
    return problems;
  }

  private static Set<String> providers(JarFile jar, JarEntry entry) throws IOException {
    if (entry == null) {
      return Set.of();
    }
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
