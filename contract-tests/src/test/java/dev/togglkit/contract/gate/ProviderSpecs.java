package dev.togglkit.contract.gate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which spec document a pact is checked against, by the pact's provider name. A pact for a provider not listed
 * here is a finding: it would otherwise go unchecked.
 */
public final class ProviderSpecs {

  /** Provider name (as the Pact tests declare it) to the spec root file, relative to the spec directory. */
  public static final Map<String, String> SPEC_FILES = orderedSpecFiles();

  private final Map<String, ApiSpec> byProvider;

  /** Track first, then Focus: the order the report shows them in. */
  private static Map<String, String> orderedSpecFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("toggl-track-v9", "track-v9/openapi.yaml");
    files.put("toggl-focus", "focus/openapi.yaml");
    return Collections.unmodifiableMap(files);
  }

  public ProviderSpecs(Map<String, ApiSpec> byProvider) {
    this.byProvider = Collections.unmodifiableMap(new LinkedHashMap<>(byProvider));
  }

  /** Loads every provider's spec document from {@code specDir} (the repository's {@code spec/}). */
  public static ProviderSpecs load(Path specDir) {
    Map<String, ApiSpec> specs = new LinkedHashMap<>();
    SPEC_FILES.forEach((provider, file) -> specs.put(provider, ApiSpec.load(specDir.resolve(file))));
    return new ProviderSpecs(specs);
  }

  /** The spec directory given to the build in the system property {@code togglkit.spec.dir}. */
  public static Path specDirFromSystemProperty() {
    String dir = System.getProperty("togglkit.spec.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("system property togglkit.spec.dir is not set; "
          + "run through Maven or pass -Dtogglkit.spec.dir=<repository>/spec");
    }
    return Path.of(dir);
  }

  public Optional<ApiSpec> forProvider(String provider) {
    return Optional.ofNullable(byProvider.get(provider));
  }

  /** Providers in a stable order (the report lists them this way). */
  public Map<String, ApiSpec> all() {
    return byProvider;
  }

  /** A copy with one provider's spec replaced; used to check the gate against a deliberately broken spec. */
  public ProviderSpecs with(String provider, ApiSpec spec) {
    Map<String, ApiSpec> copy = new LinkedHashMap<>(byProvider);
    copy.put(provider, spec);
    return new ProviderSpecs(copy);
  }
}
