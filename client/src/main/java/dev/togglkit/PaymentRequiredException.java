package dev.togglkit;

import org.jspecify.annotations.Nullable;
/**
 * HTTP 402. Toggl uses it for two things, told apart by type: {@link QuotaExceededException} when
 * the hourly request quota is used up (the response carries quota headers), and
 * {@link PremiumFeatureException} when the workspace's plan does not include the feature. Never
 * retried automatically.
 */
public abstract class PaymentRequiredException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)}. */
  protected PaymentRequiredException(String operation, String method, String path,
      int statusCode, @Nullable String errorMessage, @Nullable String requestId, String body) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
  }
}
