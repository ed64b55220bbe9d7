package dev.togglkit;

import org.jspecify.annotations.Nullable;

/** HTTP 403: the credentials are valid but may not do this, e.g. the user is not an admin of the workspace. */
public class ForbiddenException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)}. */
  public ForbiddenException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
  }
}
