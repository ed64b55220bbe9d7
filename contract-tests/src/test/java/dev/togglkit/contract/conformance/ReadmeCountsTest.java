package dev.togglkit.contract.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The counts README.md and spec/README.md state are the counts of the generated operation table, so adding an endpoint
 * cannot leave them behind: this test names the file and the number to change.
 */
class ReadmeCountsTest {

  private final DocumentedStatuses table = DocumentedStatuses.read();

  @Test
  void readmeSummaryLineHasTheTablesCounts() throws IOException {
    String readme = Files.readString(SpecDocuments.specDir().resolveSibling("README.md"));
    Matcher line = find(readme, "contract gate: (\\d+) operations, (\\d+)/(\\d+) documented statuses covered",
        "README.md");

    assertEquals(table.operationCount(), Integer.parseInt(line.group(1)), "README.md: operations in the summary line");
    assertEquals(table.pairs().size(), Integer.parseInt(line.group(2)), "README.md: covered pairs");
    assertEquals(table.pairs().size(), Integer.parseInt(line.group(3)), "README.md: documented pairs");
  }

  @Test
  void specReadmeCountsAreTheTablesCounts() throws IOException {
    String specReadme = Files.readString(SpecDocuments.specDir().resolve("README.md"));

    assertEquals(table.operationIds("track-v9").size(),
        Integer.parseInt(find(specReadme, "Operations: Track (\\d+) \\(", "spec/README.md").group(1)),
        "spec/README.md: Track operations");
    assertEquals(table.operationIds("focus").size(),
        Integer.parseInt(find(specReadme, ", Focus (\\d+) \\(", "spec/README.md").group(1)),
        "spec/README.md: Focus operations");
    assertEquals(table.pairs().size(),
        Integer.parseInt(find(specReadme, "exactly the (\\d+) the doc pages", "spec/README.md").group(1)),
        "spec/README.md: documented pairs");
  }

  private static Matcher find(String text, String regex, String file) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertTrue(matcher.find(), () -> file + " no longer says /" + regex + "/; keep the count there or update this test");
    return matcher;
  }
}
