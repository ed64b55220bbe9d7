package dev.togglkit;

import org.jspecify.annotations.Nullable;

/** HTTP 401: the credentials are missing, wrong or revoked. Check the API token (or email and password). */
public class AuthenticationException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)}. */
  public AuthenticationException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
  }
}
