package dev.togglkit;

import org.jspecify.annotations.Nullable;
/** HTTP 402 without quota headers: the workspace's plan does not include this feature. */
public class PremiumFeatureException extends PaymentRequiredException {
  private static final long serialVersionUID = 1L;

  /** See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)}. */
  public PremiumFeatureException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
  }
}
