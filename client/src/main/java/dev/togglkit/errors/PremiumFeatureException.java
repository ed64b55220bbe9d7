package dev.togglkit.errors;

/** HTTP 402 without quota headers: the workspace's plan does not include the feature. Never retried. */
public class PremiumFeatureException extends PaymentRequiredException {
  private static final long serialVersionUID = 1L;

  PremiumFeatureException(ErrorDetails details) {
    super(details, "");
  }
}
