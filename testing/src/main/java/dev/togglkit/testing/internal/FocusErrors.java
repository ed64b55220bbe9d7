package dev.togglkit.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The shape of every Focus error, {@code {error, error_description, trace_id}}. Messages the spec documents come
 * from the operation table ({@link DocumentedErrors}).
 */
public final class FocusErrors {

  private FocusErrors() {
  }

  public static FakeResponse error(int status, String code, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("error_description", description);
    body.put("trace_id", UUID.randomUUID().toString().replace("-", ""));
    return FakeResponse.json(status, body);
  }
}
