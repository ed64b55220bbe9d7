package dev.togglkit.gate.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as it arrived.
 *
 * @param method   the HTTP method, e.g. {@code GET}
 * @param path     the path without query string, as received (with the server's base path, e.g.
 *                 {@code /api/v9/workspaces/1/clients}, or without it)
 * @param rawQuery the query string as received (still percent-encoded), or null when there is none
 * @param headers  header name to values; names are matched without regard to case
 * @param body     the body, or null (an empty body counts as none)
 */
public record ExchangeRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                              String body) {

  public ExchangeRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    headers = headers == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(headers));
  }
}
