package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A request, and optionally its response, as the checker reads them.
 *
 * @param query          the raw query string (without '?'), or ""
 * @param requestBody    the body as a JSON value (a string for text, form and multipart bodies), null when absent
 * @param status         the response status, or 0 for a request alone
 * @param responseBody   as {@code requestBody}
 */
public record HttpExchange(String method, String path, String query, Map<String, List<String>> requestHeaders,
                           JsonNode requestBody, int status, Map<String, List<String>> responseHeaders,
                           JsonNode responseBody) {

  public boolean hasResponse() {
    return status > 0;
  }
}
