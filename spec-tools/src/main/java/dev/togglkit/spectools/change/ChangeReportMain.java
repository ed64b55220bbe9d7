package dev.togglkit.spectools.change;

import dev.togglkit.spectools.Args;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Bound to {@code verify} in spec-tools: compares the working-tree spec/ with the baseline ref's, prints one line,
 * writes CHANGES.md, and fails the build when a breaking change comes without a matching pom version bump.
 * When git or the ref is missing it prints why and skips. Also prints the one line for the skipped japicmp check
 * while no release of togglkit-client exists.
 */
public final class ChangeReportMain {

  private ChangeReportMain() {
  }

  public static void main(String[] args) throws IOException {
    Args options = Args.parse(args, Set.of("repo", "spec-dir", "baseline", "version", "baseline-release", "out"));
    Path repo = Path.of(options.required("repo")).toAbsolutePath().normalize();
    Path specDir = Path.of(options.required("spec-dir")).toAbsolutePath().normalize();
    String ref = options.optional("baseline", "HEAD");
    Version current = Version.parse(options.required("version"));
    Path out = Path.of(options.required("out"));
    if (options.optional("baseline-release", "").isEmpty()) {
      System.out.println("japicmp: skipped, no previous release of togglkit-client (togglkit.baseline.version is empty)");
    }

    GitBaseline git = new GitBaseline(repo, ref);
    String relative = repo.relativize(specDir).toString().replace('\\', '/');
    List<SpecChange> changes;
    Version baseline;
    try {
      git.check();
      baseline = git.pomVersion().map(Version::parse).orElse(current);
      if (git.unchanged(relative)) {
        changes = List.of();
      } else {
        Path tmp = Files.createTempDirectory("togglkit-baseline-");
        try {
          git.extract(relative, tmp);
          changes = ChangeReport.compareDirs(tmp.resolve(relative), specDir);
        } finally {
          deleteTree(tmp);
        }
      }
    } catch (GitBaseline.Unavailable e) {
      System.out.println("change report: skipped, " + e.getMessage());
      return;
    }

    Verdict verdict = Verdict.of(changes, baseline, current);
    Files.createDirectories(out);
    Path file = out.resolve("CHANGES.md");
    Files.writeString(file, ChangesMarkdown.render(ref, changes, verdict));
    System.out.println(summary(ref, changes, verdict, file));
    if (!verdict.satisfied()) {
      StringBuilder message = new StringBuilder("change report: " + verdict.worst().label()
          + " change without a version bump (pom " + current + ", baseline " + baseline + "; a release needs "
          + verdict.needed() + " — bump the version in every pom, or revert the change):");
      changes.stream().filter(c -> c.changeClass().breaking()).forEach(c -> message.append("\n  ").append(c.line()));
      throw new IllegalStateException(message.toString());
    }
  }

  static String summary(String ref, List<SpecChange> changes, Verdict verdict, Path file) {
    if (changes.isEmpty()) {
      return "change report: baseline " + ref + ", 0 changes";
    }
    int wire = ChangesMarkdown.group(changes, ChangeClass.WIRE_BREAKING).size();
    int java = ChangesMarkdown.group(changes, ChangeClass.JAVA_BREAKING).size();
    int additive = ChangesMarkdown.group(changes, ChangeClass.ADDITIVE).size();
    return "change report: baseline " + ref + ", " + (wire + java + additive) + " changes (" + wire
        + " wire-breaking, " + java + " Java-breaking, " + additive + " additive), verdict " + verdict.text()
        + " — " + file;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot delete " + p, e);
        }
      });
    }
  }
}
