package dev.togglkit.gate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The response half of one pact interaction.
 *
 * @param status  HTTP status code
 * @param headers response headers, name to values
 * @param body    the body text as it would go over the wire, or empty when the interaction has none
 */
public record PactResponse(int status, Map<String, List<String>> headers, Optional<String> body) {
}
