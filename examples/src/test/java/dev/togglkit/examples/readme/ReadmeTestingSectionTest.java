package dev.togglkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps README.md's testing example the code InvoiceSyncTest compiles and runs. */
class ReadmeTestingSectionTest {

  @Test
  void readmeShowsExactlyInvoiceSyncTest() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("## Testing your code with togglkit-testing.*?```java\\n(.*?)```", Pattern.DOTALL)
        .matcher(readme);
    assertTrue(block.find(), "README.md has a '## Testing your code with togglkit-testing' section with a ```java block");
    String source = Files.readString(root.resolve(
        "examples/src/test/java/dev/togglkit/examples/readme/InvoiceSyncTest.java"), StandardCharsets.UTF_8);
    Matcher marked = Pattern.compile("// README:begin\\n(.*?)// README:end", Pattern.DOTALL).matcher(source);
    assertTrue(marked.find(), "InvoiceSyncTest has README markers");
    assertEquals(marked.group(1), block.group(1),
        "the README testing example and InvoiceSyncTest differ; change both together");
  }
}
