package dev.togglkit.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The response half of one pact interaction.
 *
 * @param status  HTTP status code
 * @param headers response headers, name to values
 * @param body    the body text as it would go over the wire, or empty when the interaction has none
 * @param content the body as a JSON value (text for non-JSON bodies), or null when there is none
 */
public record PactResponse(int status, Map<String, List<String>> headers, Optional<String> body,
                           JsonNode content) {
}
