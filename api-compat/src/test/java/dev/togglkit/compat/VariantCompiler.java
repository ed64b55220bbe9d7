package dev.togglkit.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles a variant of the generated client without recompiling what it shares with the baseline.
 * Most generated files of an edited spec are byte-identical to the baseline's, and an identical source
 * that names none of the changed types compiles to the baseline's classes. So the variant's classes
 * start as a copy of the baseline's, the classes of every changed, removed and dependent source are
 * deleted, and javac compiles the changed and added sources together with every unchanged source that
 * names one of their types, or a type that inherits from one of them (the only sources a change can break),
 * against the remaining baseline classes.
 */
final class VariantCompiler {

  private final InProcessCompiler javac;
  private final Path baselineSources;
  private final Path baselineClasses;

  /**
   * @param baselineSources the baseline's generated sources, one folder per document
   * @param baselineClasses the classes compiled from all of them
   */
  VariantCompiler(InProcessCompiler javac, Path baselineSources, Path baselineClasses) {
    this.javac = javac;
    this.baselineSources = baselineSources;
    this.baselineClasses = baselineClasses;
  }

  /**
   * Compiles the variant whose regenerated document folders are under {@code variantSources} (documents
   * not regenerated are the baseline's) into {@code classes}.
   *
   * @return the compiler's error messages; empty when it compiled
   */
  List<String> compile(Path variantSources, Path classes) {
    Map<Path, Path> baseline = javaFiles(baselineSources);
    Map<Path, Path> variant = new TreeMap<>(baseline);
    for (Path folder : folders(variantSources)) {
      variant.keySet().removeIf(file -> file.startsWith(folder));
      variant.putAll(javaFiles(variantSources, folder));
    }
    Set<Path> changed = new TreeSet<>();
    for (Map.Entry<Path, Path> file : variant.entrySet()) {
      if (!baseline.containsKey(file.getKey()) || !sameContent(baseline.get(file.getKey()), file.getValue())) {
        changed.add(file.getKey());
      }
    }
    Set<Path> removed = new TreeSet<>(baseline.keySet());
    removed.removeAll(variant.keySet());

    Set<String> touchedTypes = new TreeSet<>();
    Stream.concat(changed.stream(), removed.stream()).forEach(file -> touchedTypes.add(typeName(file)));
    Set<Path> recompiled = new TreeSet<>(changed);
    // To a fixed point: a type that extends or implements a touched type is touched too (what it inherits may
    // have changed), so a source that names only the subtype is recompiled as well.
    for (boolean grew = !touchedTypes.isEmpty(); grew; ) {
      grew = false;
      String alternatives = String.join("|", touchedTypes);
      Pattern namesATouchedType = Pattern.compile("\\b(" + alternatives + ")\\b");
      Pattern inheritsATouchedType = Pattern.compile("\\b(extends|implements)\\s[^{]*\\b(" + alternatives
          + ")\\b");
      for (Map.Entry<Path, Path> file : variant.entrySet()) {
        if (changed.contains(file.getKey())) {
          continue;
        }
        String source = read(file.getValue());
        if (namesATouchedType.matcher(source).find()) {
          recompiled.add(file.getKey());
          if (inheritsATouchedType.matcher(source).find() && touchedTypes.add(typeName(file.getKey()))) {
            grew = true;
          }
        }
      }
    }

    FileTrees.copy(baselineClasses, classes);
    Stream.concat(recompiled.stream(), removed.stream()).forEach(file -> deleteClassesOf(file, classes));
    if (recompiled.isEmpty()) {
      return List.of();
    }
    return javac.compileFiles(recompiled.stream().map(variant::get).collect(Collectors.toList()), classes,
        List.of(classes));
  }

  /** The document folders (track-v9, focus) directly under {@code root}. */
  private static List<Path> folders(Path root) {
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(Files::isDirectory).map(root::relativize).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every .java file under {@code root}, by its path relative to {@code root}. */
  private static Map<Path, Path> javaFiles(Path root) {
    Map<Path, Path> files = new TreeMap<>();
    for (Path folder : folders(root)) {
      files.putAll(javaFiles(root, folder));
    }
    return files;
  }

  private static Map<Path, Path> javaFiles(Path root, Path folder) {
    try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .collect(Collectors.toMap(root::relativize, p -> p, (a, b) -> a, TreeMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code track-v9/src/main/java/dev/togglkit/track/api/ClientsApi.java}: ClientsApi. */
  private static String typeName(Path source) {
    String name = source.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }

  /** Deletes {@code Type.class} and its nested {@code Type$*.class} of {@code source} from {@code classes}. */
  private static void deleteClassesOf(Path source, Path classes) {
    Path sourceFolder = source.subpath(0, 1).resolve(ClientGenerator.SOURCE_FOLDER);
    Path dir = classes.resolve(sourceFolder.relativize(source.getParent()).toString());
    String type = typeName(source);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : (Iterable<Path>) list::iterator) {
        String name = file.getFileName().toString();
        if (name.equals(type + ".class") || name.startsWith(type + "$")) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean sameContent(Path a, Path b) {
    try {
      return Files.mismatch(a, b) == -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
