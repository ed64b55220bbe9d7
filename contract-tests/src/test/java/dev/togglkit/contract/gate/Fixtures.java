package dev.togglkit.contract.gate;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the pact fixtures under src/test/resources/pact-fixtures/ (copied to target/test-classes). */
final class Fixtures {

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

  /** The real specs, from the system property togglkit.spec.dir that the pom sets. */
  static ProviderSpecs realSpecs() {
    return ProviderSpecs.load(ProviderSpecs.specDirFromSystemProperty());
  }
}
