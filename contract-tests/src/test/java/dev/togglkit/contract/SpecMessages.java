package dev.togglkit.contract;

import dev.togglkit.contract.conformance.SpecDocuments;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;

/**
 * Error messages as the spec documents them (the first example of a shared response), so a pact expects exactly
 * the spec's words and the words are written only in spec/.
 */
public final class SpecMessages {

  private SpecMessages() {
  }

  /** The first example of the shared response {@code responses/<name>.yaml} of {@code document}. */
  public static String of(SpecDocuments document, String name) {
    ApiResponse response = document.parse().requireClean().getComponents().getResponses().get(name);
    if (response == null) {
      throw new IllegalArgumentException(document.folder() + " has no shared response " + name);
    }
    MediaType json = response.getContent().get("application/json");
    Map<String, Example> examples = json == null ? null : json.getExamples();
    if (examples == null || examples.isEmpty()) {
      throw new IllegalArgumentException(document.folder() + " response " + name + " has no JSON examples");
    }
    return String.valueOf(examples.values().iterator().next().getValue());
  }
}
