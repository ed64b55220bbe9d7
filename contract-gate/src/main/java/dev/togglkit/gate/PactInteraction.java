package dev.togglkit.gate;

/**
 * One interaction of a pact file. Only synchronous HTTP interactions carry a request and a response; any other
 * type (V4 messages, V3 message pacts) has both {@code null} and is skipped and counted by the gate.
 *
 * @param index       its position in the pact file's "interactions" array (from 0), named in every finding
 * @param description the interaction's description, which names it in every finding
 * @param type        the V4 interaction type ("Synchronous/HTTP" for every pact before V4)
 */
public record PactInteraction(int index, String description, String type, PactRequest request,
                              PactResponse response) {

  public static final String HTTP = "Synchronous/HTTP";

  public boolean isHttp() {
    return request != null && response != null;
  }
}
