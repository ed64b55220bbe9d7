package dev.togglkit.errors;

import java.util.Locale;

/**
 * HTTP 404: the workspace, client or project does not exist, or is not visible to these
 * credentials. When the 404 did not come from Toggl's API ({@link #isFromToggl()} false), the
 * message says so and names the base URL.
 */
public class NotFoundException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorDetails details) {
    super(details, fromToggl(details) ? ""
        : "; this 404 did not come from Toggl's API (no X-Toggl-Request-Id header, body is not"
            + " JSON): check the base URL" + details.baseUrl().map(url -> ", " + url).orElse(""));
  }

  /**
   * Toggl stamps every response with {@code X-Toggl-Request-Id} and writes error bodies as JSON;
   * a web server or proxy in front of a wrong base URL answers "404 page not found" in plain text
   * without it. Only when both signs are missing is the base URL blamed.
   */
  private static boolean fromToggl(ErrorDetails details) {
    if (details.requestId().isPresent()) {
      return true;
    }
    String type = details.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      return true;
    }
    String text = details.bodySnippet().trim();
    return text.startsWith("\"") || text.startsWith("{") || text.startsWith("[");
  }

  /**
   * False when the 404 did not come from Toggl's API: no {@code X-Toggl-Request-Id} header and a
   * body that is not JSON (a web server's "404 page not found"), which usually means a wrong base
   * URL.
   */
  public boolean isFromToggl() {
    return fromToggl(details());
  }
}
