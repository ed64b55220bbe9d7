package dev.togglkit.testing;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One request the fake received and what it answered, for tests to inspect ("was the client created
 * exactly once?", "did the job stop after the 402?"). Credentials are not kept: only the scheme of the
 * {@code Authorization} header.
 */
public final class ReceivedRequest {

  private final TogglOperation operation;
  private final String method;
  private final String path;
  private final String query;
  private final String body;
  private final String authScheme;
  private final int status;
  private final String responseBody;
  private final Map<String, String> responseHeaders;
  private final String requestId;
  private final List<String> violations;

  ReceivedRequest(TogglOperation operation, String method, String path, String query, String body,
      String authScheme, int status, String responseBody, Map<String, String> responseHeaders, String requestId,
      List<String> violations) {
    this.operation = operation;
    this.method = method;
    this.path = path;
    this.query = query;
    this.body = body;
    this.authScheme = authScheme;
    this.status = status;
    this.responseBody = responseBody;
    this.responseHeaders = Collections.unmodifiableMap(responseHeaders);
    this.requestId = requestId;
    this.violations = List.copyOf(violations);
  }

  /** The operation the request was routed to, or null for a path the APIs do not have. */
  public TogglOperation operation() {
    return operation;
  }

  public String method() {
    return method;
  }

  /** The full path, e.g. {@code /api/v9/workspaces/1/clients}. */
  public String path() {
    return path;
  }

  /** The raw query string, or null. */
  public String query() {
    return query;
  }

  /** The request body, or an empty string. */
  public String body() {
    return body;
  }

  /** {@code Basic}, {@code Bearer}, another scheme, or null when no Authorization header came. */
  public String authScheme() {
    return authScheme;
  }

  /** The status the fake answered, or -1 when it dropped the connection instead. */
  public int status() {
    return status;
  }

  /** The response body, or null when there was none. */
  public String responseBody() {
    return responseBody;
  }

  public Map<String, String> responseHeaders() {
    return responseHeaders;
  }

  /** The {@code X-Toggl-Request-Id} the fake sent. */
  public String requestId() {
    return requestId;
  }

  /**
   * How the request departs from the spec, one entry per parameter or field, e.g. {@code query parameter 'state':
   * Query parameter 'state' is unexpected ...}; empty for a valid request, a request to a path the APIs do not
   * have, and always with {@code lenientRequests()}. They are found before anything else is checked, so a request
   * with violations was answered 400 naming them unless it was answered earlier: 401 (bad credentials), 429 or
   * 402 (the limits) or a planned fault.
   */
  public List<String> violations() {
    return violations;
  }

  @Override
  public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query) + " -> " + (status < 0 ? "dropped" : status);
  }
}
