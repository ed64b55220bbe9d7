package dev.togglkit.contract.gate;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One spec document, parsed with every external {@code $ref} (paths/, schemas/, responses/, parameters/) pulled
 * into the one {@link OpenAPI} object. Each load parses the files anew, so a test may mutate the result freely.
 *
 * @param source  the root file it was read from (named in findings about the spec itself)
 * @param openApi the parsed document
 */
public record ApiSpec(Path source, OpenAPI openApi) {

  public static ApiSpec load(Path rootFile) {
    if (!Files.isRegularFile(rootFile)) {
      throw new IllegalArgumentException("spec document not found: " + rootFile.toAbsolutePath()
          + " (set the system property togglkit.spec.dir to the repository's spec/ directory)");
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    // Inline every $ref: given an OpenAPI object, the validator follows schema refs but not response or
    // parameter refs, so a shared error response ($ref: responses/Forbidden.yaml) would look body-less.
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(rootFile.toUri().toString(), null, options);
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    if (result.getOpenAPI() == null || !messages.isEmpty()) {
      // A broken $ref only shows up here; validating against a silently partial spec would pass wrongly.
      throw new IllegalArgumentException("spec document " + rootFile + " does not parse cleanly: "
          + (messages.isEmpty() ? "no document" : String.join("; ", messages)));
    }
    OpenAPI openApi = result.getOpenAPI();
    applyRootSecurityToOperations(openApi);
    return new ApiSpec(rootFile, openApi);
  }

  /**
   * Copies the document-wide {@code security} onto every operation that declares none, which is what the
   * root-level requirement means in OpenAPI. The validator reads only operation-level security; without this
   * a request lacking credentials would pass. An operation's own {@code security: []} (public) is kept.
   */
  private static void applyRootSecurityToOperations(OpenAPI openApi) {
    if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty() || openApi.getPaths() == null) {
      return;
    }
    openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
      if (operation.getSecurity() == null) {
        operation.setSecurity(openApi.getSecurity());
      }
    }));
  }
}
