package dev.togglkit.gate;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.util.ResolverFully;
import java.nio.file.Path;

/**
 * One spec document as the validator needs it: loaded by {@link SpecLoader}, then with every {@code $ref}
 * inlined. Each load parses the files anew, so a test may mutate the result freely.
 *
 * @param source  the root file it was read from (named in findings about the spec itself)
 * @param openApi the parsed, fully inlined document
 */
public record ApiSpec(Path source, OpenAPI openApi) {

  /**
   * Loads a document for validation.
   *
   * @throws IllegalArgumentException when the file is missing or does not parse cleanly
   */
  public static ApiSpec load(Path rootFile) {
    OpenAPI openApi = SpecLoader.load(rootFile).requireClean();
    // Inline every $ref: given an OpenAPI object, the validator follows schema refs but not response or
    // parameter refs, so a shared error response ($ref: responses/Forbidden.yaml) would look body-less. This is
    // what swagger-parser's resolveFully option does after resolving.
    new ResolverFully().resolveFully(openApi);
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
