package dev.togglkit.gate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request half of one pact interaction, as the pact file records it.
 *
 * @param method HTTP method, upper case
 * @param path   the literal request path (the example value when a path matcher was used)
 * @param query  query parameters, name to values, in file order
 * @param headers request headers, name (as written) to values; values may hold credentials, so they never
 *                appear in a finding or report
 * @param body   the body text exactly as it would go over the wire, or empty when the interaction has none
 */
public record PactRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    Optional<String> body) {
}
