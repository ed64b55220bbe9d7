package dev.togglkit;

import org.jspecify.annotations.Nullable;

/** HTTP 5xx: Toggl failed. Idempotent requests (GET, PUT, DELETE) have already been retried on 502, 503 and 504. */
public class ServerException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)}. */
  public ServerException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
  }
}
