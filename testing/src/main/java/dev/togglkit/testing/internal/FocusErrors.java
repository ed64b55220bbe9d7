package dev.togglkit.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Focus error bodies as spec/focus gives them: {@code {error, error_description, trace_id}}. */
public final class FocusErrors {

  private FocusErrors() {
  }

  /** 400 "Invalid request". */
  public static FakeResponse invalidRequest() {
    return error(400, "invalid_request", "Invalid request");
  }

  /** 404 "Client does not exist". */
  public static FakeResponse clientDoesNotExist() {
    return error(404, "not_found", "Client does not exist");
  }

  /** 500 "Internal Server Error". */
  public static FakeResponse internalServerError() {
    return error(500, "internal_error", "Internal Server Error");
  }

  public static FakeResponse error(int status, String code, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("error_description", description);
    body.put("trace_id", UUID.randomUUID().toString().replace("-", ""));
    return FakeResponse.json(status, body);
  }
}
