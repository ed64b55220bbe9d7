package dev.togglkit.testing.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request as the fake's handlers see it: decoded path, query parameters, headers and body. */
public final class FakeRequest {

  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final Map<String, String> pathParams = new LinkedHashMap<>();

  public FakeRequest(String method, String path, String rawQuery, Map<String, List<String>> query,
      Map<String, List<String>> headers, String body) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.query = query;
    this.headers = headers;
    this.body = body;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public String rawQuery() {
    return rawQuery;
  }

  public Map<String, List<String>> queryParams() {
    return Collections.unmodifiableMap(query);
  }

  /** The first value of query parameter {@code name}, or null. */
  public String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public List<String> queryAll(String name) {
    List<String> values = query.get(name);
    return values == null ? List.of() : values;
  }

  /** The first value of header {@code name} (case-insensitive), or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  public String body() {
    return body;
  }

  void pathParam(String name, String value) {
    pathParams.put(name, value);
  }

  /** Every path parameter the route matched, by name. */
  public Map<String, String> pathParams() {
    return Collections.unmodifiableMap(pathParams);
  }

  /** A path parameter the route matched, e.g. {@code workspace_id}. */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /**
   * A numeric path parameter. Request validation refuses a non-numeric one first; with lenient requests it
   * is a {@link Json.BadJson}, answered with {@link DocumentedErrors#unreadable}'s 400.
   */
  public long pathId(String name) {
    try {
      return Long.parseLong(pathParams.get(name));
    } catch (NumberFormatException e) {
      throw new Json.BadJson(name + " must be an integer");
    }
  }
}
