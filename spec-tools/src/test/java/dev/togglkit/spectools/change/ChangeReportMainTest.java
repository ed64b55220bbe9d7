package dev.togglkit.spectools.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify-time entry point on a throwaway git repository holding one fixture spec document. */
class ChangeReportMainTest {

  @TempDir
  Path repo;

  @Test
  void aCleanCheckoutReportsZeroChanges() throws Exception {
    initRepo("0.1.0-SNAPSHOT");

    String out = run("0.1.0-SNAPSHOT");

    assertTrue(out.contains("change report: baseline HEAD, 0 changes"), out);
    assertTrue(Files.readString(repo.resolve("out/CHANGES.md")).contains("No API changes."));
  }

  @Test
  void anAdditiveEditIsReportedAndPasses() throws Exception {
    initRepo("0.1.0-SNAPSHOT");
    useFixture("response-field-added");

    String out = run("0.1.0-SNAPSHOT");

    assertTrue(out.contains("change report: baseline HEAD, 1 changes (0 wire-breaking, 0 Java-breaking, 1 additive)"),
        out);
    assertTrue(Files.readString(repo.resolve("out/CHANGES.md")).contains("model `Widget` field `pinned` added"));
  }

  @Test
  void aBreakingEditWithoutAVersionBumpFailsNamingTheChange() throws Exception {
    initRepo("0.1.0-SNAPSHOT");
    useFixture("response-field-removed");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run("0.1.0-SNAPSHOT"));

    assertTrue(e.getMessage().contains("wire-breaking change without a version bump"), e.getMessage());
    assertTrue(e.getMessage().contains("a release needs 0.2.0"), e.getMessage());
    assertTrue(e.getMessage().contains("model `Widget` field `name` removed"), e.getMessage());
  }

  @Test
  void aBreakingEditWithTheVersionBumpedPasses() throws Exception {
    initRepo("0.1.0-SNAPSHOT");
    useFixture("response-field-removed");

    String out = run("0.2.0-SNAPSHOT");

    assertTrue(out.contains("1 wire-breaking"), out);
  }

  @Test
  void anotherBaselineRefCanBeGiven() throws Exception {
    initRepo("0.1.0-SNAPSHOT");
    useFixture("status-added");
    git("commit", "-qam", "second");

    assertTrue(run("0.1.0-SNAPSHOT").contains("baseline HEAD, 0 changes"));
    assertTrue(run("0.1.0-SNAPSHOT", "HEAD~1").contains("baseline HEAD~1, 1 changes"));
  }

  @Test
  void withoutGitHistoryItSkipsWithOneLine() throws Exception {
    Files.createDirectories(repo.resolve("spec/fixture"));

    String out = run("0.1.0-SNAPSHOT");

    assertTrue(out.contains("change report: skipped, "), out);
    assertFalse(Files.exists(repo.resolve("out/CHANGES.md")));
  }

  @Test
  void anUnknownBaselineRefSkipsWithOneLine() throws Exception {
    initRepo("0.1.0-SNAPSHOT");

    String out = run("0.1.0-SNAPSHOT", "no-such-ref");

    assertTrue(out.contains("change report: skipped, baseline no-such-ref is not a commit"), out);
  }

  private void initRepo(String version) throws Exception {
    assumeTrue(gitAvailable(), "git is not installed");
    Files.createDirectories(repo.resolve("spec/fixture"));
    Files.copy(ChangePairs.fixture("base"), repo.resolve("spec/fixture/openapi.yaml"));
    Files.writeString(repo.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><version>" + version
        + "</version></project>\n");
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "baseline");
    git("config", "user.name", "t");
    git("config", "user.email", "t@example.com");
  }

  private void useFixture(String name) throws IOException {
    Files.copy(ChangePairs.fixture(name), repo.resolve("spec/fixture/openapi.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private String run(String version) throws Exception {
    return run(version, "HEAD");
  }

  private String run(String version, String ref) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ChangeReportMain.main(new String[] {"--repo=" + repo, "--spec-dir=" + repo.resolve("spec"), "--baseline=" + ref,
          "--version=" + version, "--baseline-release=1.0.0", "--out=" + repo.resolve("out")});
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private void git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + output);
  }

  private static boolean gitAvailable() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
