package dev.togglkit.gate;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way togglkit parses an OpenAPI document, for the gate and for the spec conformance checks alike:
 * external {@code $ref}s (paths/, schemas/, responses/) are read and become components named after their files,
 * and every parser message is kept. The gate then inlines the rest for validation ({@link ApiSpec}); the
 * conformance checks read the components as they are.
 */
public final class SpecLoader {

  static {
    // swagger-core reads a schema without `type` from an external $ref file as `type: object`, so a PATCH
    // `value: false` would be a violation though the spec means "any JSON value". This swagger-core switch keeps
    // such schemas untyped. It is read once, when swagger-core's ModelDeserializer class loads, which happens at
    // the first parse; so it is set here, before any, unless the caller chose a value.
    if (System.getProperty("use-arbitrary-schema") == null) {
      System.setProperty("use-arbitrary-schema", "true");
    }
  }

  private SpecLoader() {
  }

  /**
   * Parses a document and everything it refers to.
   *
   * @throws IllegalArgumentException when the file does not exist
   */
  public static LoadedSpec load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("spec document not found: " + file.toAbsolutePath());
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toAbsolutePath().toUri().toString(),
        null, options);
    List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
    return new LoadedSpec(file, result.getOpenAPI(), messages);
  }

  /**
   * A parse outcome: the model ({@code null} when the file could not be read at all) and the parser's messages
   * (empty for a clean document).
   */
  public record LoadedSpec(Path file, OpenAPI openApi, List<String> messages) {

    /** The model, or an exception naming the file and listing every parser message. */
    public OpenAPI requireClean() {
      if (openApi == null || !messages.isEmpty()) {
        // A broken $ref only shows up here; checking against a silently partial spec would pass wrongly.
        throw new IllegalArgumentException("spec document " + file + " does not parse cleanly: "
            + (messages.isEmpty() ? "no document" : String.join("; ", messages)));
      }
      return openApi;
    }
  }
}
