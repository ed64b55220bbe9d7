package dev.togglkit.internal;

import dev.togglkit.NotFoundException;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * Builds the {@link NotFoundException} for a 404, telling Toggl's own 404 (a JSON message naming
 * what was not found) from one that never reached the API. Toggl stamps every response with
 * {@code X-Toggl-Request-Id} and writes error bodies as JSON; a web server or proxy in front of a
 * wrong base URL answers "404 page not found" in plain text without it. Only when both signs are
 * missing does the message blame the base URL, so a Toggl answer is never mislabelled.
 */
final class NotFoundResponses {

  private NotFoundResponses() {}

  static NotFoundException create(
      Operation op, Response response, String message, String requestId, String body) {
    String origin = requestId == null && !looksLikeJson(response, body)
        ? "this 404 did not come from Toggl's API (no X-Toggl-Request-Id header, body is not JSON):"
            + " check the base URL, " + op.baseUrl
        : null;
    return new NotFoundException(op.id, op.method, op.path, 404, message, requestId, body, origin);
  }

  private static boolean looksLikeJson(Response response, String body) {
    MediaType type = response.body() == null ? null : response.body().contentType();
    if (type != null && type.subtype().toLowerCase(java.util.Locale.ROOT).contains("json")) {
      return true;
    }
    String text = body == null ? "" : body.trim();
    return text.startsWith("\"") || text.startsWith("{") || text.startsWith("[");
  }
}
