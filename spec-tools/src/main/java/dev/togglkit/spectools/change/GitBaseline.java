package dev.togglkit.spectools.change;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the baseline from git by running the {@code git} command (a fresh CI clone has it; no library needed).
 * Every answer that git cannot give is an empty Optional or a {@link Unavailable} naming why, so the change
 * report can skip with one line instead of failing a build on a machine without git or history.
 */
public final class GitBaseline {

  private static final Pattern POM_VERSION = Pattern.compile("<version>\\s*([^<\\s]+)\\s*</version>");

  private final Path repo;
  private final String ref;

  public GitBaseline(Path repo, String ref) {
    this.repo = repo;
    this.ref = ref;
  }

  /** Why the baseline cannot be read. */
  public static final class Unavailable extends Exception {
    public Unavailable(String reason) {
      super(reason);
    }
  }

  /** Fails when git is missing, the directory is not a git checkout, or the ref names no commit. */
  public void check() throws Unavailable {
    Result r = run("rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (r == null) {
      throw new Unavailable("git is not available");
    }
    if (r.exit != 0) {
      String why = r.error.strip();
      int eol = why.indexOf('\n');
      // e.g. "fatal: not a git repository" or "detected dubious ownership": say what git said.
      throw new Unavailable("baseline " + ref + " is not a commit in " + repo
          + (why.isEmpty() ? "" : " (git: " + (eol < 0 ? why : why.substring(0, eol)) + ")"));
    }
  }

  /** True when the working tree's {@code relativeDir} equals the ref's (tracked edits and untracked files). */
  public boolean unchanged(String relativeDir) throws Unavailable {
    Result diff = require(run("diff", "--quiet", ref, "--", relativeDir));
    if (diff.exit > 1) {
      throw new Unavailable("git diff failed: " + diff.text().trim());
    }
    Result untracked = require(run("ls-files", "--others", "--exclude-standard", "--", relativeDir));
    return diff.exit == 0 && untracked.text().isBlank();
  }

  /** Writes the ref's {@code relativeDir} under {@code target} (same relative layout). */
  public void extract(String relativeDir, Path target) throws Unavailable {
    Result r = require(run("archive", "--format=zip", ref, "--", relativeDir));
    if (r.exit != 0) {
      throw new Unavailable("baseline " + ref + " has no " + relativeDir + ": " + r.error.trim());
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.out))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("archive entry outside the target: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.write(out, zip.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the baseline's " + relativeDir, e);
    }
  }

  /** The root pom's version at the ref, if it can be read. */
  public Optional<String> pomVersion() {
    Result r = run("show", ref + ":./pom.xml"); // ./ : relative to the Maven root, not the git root
    if (r == null || r.exit != 0) {
      return Optional.empty();
    }
    return projectVersion(r.text());
  }

  /** The first {@code <version>} of a root pom (a pom without parent has its own version first). */
  public static Optional<String> projectVersion(String pom) {
    String head = pom;
    int deps = pom.indexOf("<dependencyManagement>");
    int props = pom.indexOf("<properties>");
    int cut = Math.min(deps < 0 ? pom.length() : deps, props < 0 ? pom.length() : props);
    head = pom.substring(0, cut);
    Matcher m = POM_VERSION.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private Result require(Result r) throws Unavailable {
    if (r == null) {
      throw new Unavailable("git is not available");
    }
    return r;
  }

  private record Result(int exit, byte[] out, String error) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  /** Runs git in the repo; null when git cannot be started at all. */
  private Result run(String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.add("-C");
    command.add(repo.toString());
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).start();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
      drain.start();
      byte[] out = p.getInputStream().readAllBytes();
      int exit = p.waitFor();
      drain.join();
      return new Result(exit, out, err.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running git", e);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException ignored) {
      // stderr is only used for messages; a broken pipe here leaves the message empty
    }
  }
}
