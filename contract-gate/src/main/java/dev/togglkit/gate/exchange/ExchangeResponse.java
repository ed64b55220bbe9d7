package dev.togglkit.gate.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP response as it was sent.
 *
 * @param status  the status code
 * @param headers header name to values; names are matched without regard to case
 * @param body    the body, or null when there is none
 */
public record ExchangeResponse(int status, Map<String, List<String>> headers, String body) {

  public ExchangeResponse {
    headers = headers == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(headers));
  }
}
