package dev.togglkit.errors;

/**
 * HTTP 402. Toggl uses it for two things, told apart by type: {@link QuotaExceededException} when
 * the hourly request quota is used up (the response carries quota headers), and
 * {@link PremiumFeatureException} when the workspace's plan does not include the feature. Never
 * retried automatically.
 */
public abstract class PaymentRequiredException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  PaymentRequiredException(ErrorDetails details, String extra) {
    super(details, extra);
  }

  PaymentRequiredException(ErrorDetails details, String problem, String extra) {
    super(details, problem, extra);
  }
}
