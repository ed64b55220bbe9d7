package dev.togglkit;

import org.jspecify.annotations.Nullable;

/** HTTP 400: the request was refused as invalid, e.g. an empty client name. {@link #errorMessage()} says why. */
public class BadRequestException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)}. */
  public BadRequestException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
  }
}
