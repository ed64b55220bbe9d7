package dev.togglkit.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, headers and an optional JSON body. */
public final class FakeResponse {

  private final int status;
  private final String body;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private FakeResponse(int status, String body) {
    this.status = status;
    this.body = body;
  }

  /** A JSON body written from maps, lists and scalars. */
  public static FakeResponse json(int status, Object value) {
    return new FakeResponse(status, Json.write(value)).header("Content-Type", "application/json; charset=utf-8");
  }

  /** No body at all (204, a delete's 200, a 401 without credentials). */
  public static FakeResponse empty(int status) {
    return new FakeResponse(status, null);
  }

  public FakeResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  /** The body, or null when there is none. */
  public String body() {
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
