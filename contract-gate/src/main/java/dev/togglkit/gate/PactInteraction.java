package dev.togglkit.gate;

/**
 * One interaction of a pact file. Only synchronous HTTP interactions carry a request and a response; any other
 * V4 interaction type has both {@code null} and is reported by the validator rather than silently skipped.
 *
 * @param description the interaction's description, which names it in every finding
 * @param type        the V4 interaction type ("Synchronous/HTTP" for every pact before V4)
 */
public record PactInteraction(String description, String type, PactRequest request, PactResponse response) {

  public static final String HTTP = "Synchronous/HTTP";

  public boolean isHttp() {
    return HTTP.equals(type) && request != null && response != null;
  }
}
