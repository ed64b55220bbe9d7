package dev.togglkit.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request half of one pact interaction, as the pact file records it.
 *
 * @param method      HTTP method, upper case
 * @param path        the literal request path (the example value when a path matcher was used)
 * @param query       query parameters, name to values, in file order
 * @param headers     request headers, name (as written) to values; values may hold credentials, so they never
 *                    appear in a finding or report
 * @param body        the body text exactly as it would go over the wire, or empty when the interaction has none
 * @param queryString the query as one string ({@code a=1&b=x,y}; several values of a name joined by commas)
 * @param content     the body as a JSON value (text for non-JSON bodies), or null when there is none
 */
public record PactRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    Optional<String> body,
    String queryString,
    JsonNode content) {
}
