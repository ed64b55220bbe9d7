package dev.togglkit.gate;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests check the gate against togglkit's own spec documents (system property togglkit.spec.dir, set by the
 * pom) with the pact fixtures under src/test/resources/pact-fixtures/.
 */
final class Fixtures {

  static final String TRACK = "toggl-track-v9";
  static final String FOCUS = "toggl-focus";

  private Fixtures() {
  }

  static Path path(String relative) {
    URL url = Fixtures.class.getResource("/pact-fixtures/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no pact fixture " + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** togglkit's provider names and spec files, the configuration contract-tests gives the gate. */
  static Map<String, Path> specFiles() {
    String dir = System.getProperty("togglkit.spec.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("system property togglkit.spec.dir is not set; run the tests through Maven");
    }
    Map<String, Path> files = new LinkedHashMap<>();
    files.put(TRACK, Path.of(dir, "track-v9", "openapi.yaml"));
    files.put(FOCUS, Path.of(dir, "focus", "openapi.yaml"));
    return files;
  }

  private static ProviderSpecs sharedSpecs;

  /**
   * togglkit's specs, loaded once per test JVM and shared by the test classes: parsing and validator warm-up are
   * most of these tests' time. Never mutate the result; a test that changes a spec loads its own copy
   * ({@link ApiSpec#load}) and swaps it in with {@link ProviderSpecs#with}.
   */
  static synchronized ProviderSpecs realSpecs() {
    if (sharedSpecs == null) {
      sharedSpecs = ProviderSpecs.load(specFiles());
    }
    return sharedSpecs;
  }

  /** Reads pact fixtures the way the gate does. */
  static List<PactDocument> pacts(String... relative) {
    return ContractGate.read(java.util.Arrays.stream(relative).map(Fixtures::path).toList()).pacts();
  }
}
