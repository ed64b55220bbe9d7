package dev.togglkit;

import org.jspecify.annotations.Nullable;

/** An error status that has no more specific type here (e.g. 405, 409, 410, 422, or a 3xx that was not followed). */
public class UnexpectedStatusException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)}. */
  public UnexpectedStatusException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
  }
}
