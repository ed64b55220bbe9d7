package dev.togglkit.gate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which spec document a pact is checked against, by the pact's provider name. The map comes from the caller
 * (the command line's {@code --spec provider=file}, or the build's configuration); the gate knows no provider
 * by name. A pact for a provider not listed here is a finding: it would otherwise go unchecked.
 */
public final class ProviderSpecs {

  private final Map<String, ApiSpec> byProvider;

  public ProviderSpecs(Map<String, ApiSpec> byProvider) {
    if (byProvider.isEmpty()) {
      throw new BadInputException("no spec document given: name at least one provider and its spec");
    }
    this.byProvider = Collections.unmodifiableMap(new LinkedHashMap<>(byProvider));
  }

  /**
   * Loads every provider's document, in the map's order (the report lists providers this way).
   *
   * @param specFiles provider name, as the pacts declare it, to the root file of its spec document
   * @throws IllegalArgumentException naming the file, when one is missing or does not parse cleanly
   */
  public static ProviderSpecs load(Map<String, Path> specFiles) {
    Map<String, ApiSpec> specs = new LinkedHashMap<>();
    specFiles.forEach((provider, file) -> specs.put(provider, ApiSpec.load(file)));
    return new ProviderSpecs(specs);
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
