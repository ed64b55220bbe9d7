package dev.togglkit.spectools.change;

import dev.togglkit.spectools.OpenApiFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;

/** Compares two spec/ directories document by document (every folder with an openapi.yaml). */
public final class ChangeReport {

  private ChangeReport() {
  }

  public static List<SpecChange> compareDirs(Path oldSpecDir, Path newSpecDir) {
    TreeSet<String> documents = new TreeSet<>(documents(oldSpecDir));
    documents.addAll(documents(newSpecDir));
    List<SpecChange> changes = new ArrayList<>();
    for (String doc : documents) {
      Path oldRoot = oldSpecDir.resolve(doc).resolve("openapi.yaml");
      Path newRoot = newSpecDir.resolve(doc).resolve("openapi.yaml");
      if (!Files.isRegularFile(oldRoot)) {
        changes.add(new SpecChange(ChangeClass.ADDITIVE, doc, "(document)", "spec document added"));
      } else if (!Files.isRegularFile(newRoot)) {
        changes.add(new SpecChange(ChangeClass.WIRE_BREAKING, doc, "(document)", "spec document removed"));
      } else {
        changes.addAll(compareFiles(doc, oldRoot, newRoot));
      }
    }
    return changes;
  }

  public static List<SpecChange> compareFiles(String document, Path oldRoot, Path newRoot) {
    return ChangeClassifier.classify(document,
        OpenApiCompare.fromSpecifications(OpenApiFiles.readSpec(oldRoot), OpenApiFiles.readSpec(newRoot)));
  }

  private static List<String> documents(Path specDir) {
    if (!Files.isDirectory(specDir)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(specDir)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("openapi.yaml")))
          .map(d -> d.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + specDir, e);
    }
  }
}
