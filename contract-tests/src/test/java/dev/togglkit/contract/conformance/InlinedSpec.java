package dev.togglkit.contract.conformance;

import dev.togglkit.gate.SpecLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.util.ResolverFully;
import java.nio.file.Path;

/**
 * A spec document with every {@code $ref} inlined, as a JSON schema validator needs it: read by the gate's
 * {@link SpecLoader} (so exactly as the gate reads it), then resolved fully by swagger-parser.
 */
public final class InlinedSpec {

  private InlinedSpec() {
  }

  /** Loads and inlines {@code rootFile}; fails naming every parser message when it does not parse cleanly. */
  public static OpenAPI load(Path rootFile) {
    OpenAPI openApi = SpecLoader.load(rootFile).requireClean();
    new ResolverFully().resolveFully(openApi);
    return openApi;
  }
}
