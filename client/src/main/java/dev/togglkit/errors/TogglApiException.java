package dev.togglkit.errors;

import java.util.Optional;

/**
 * The server answered with an error status. Subtypes tell the statuses apart, so a caller can
 * catch just {@link NotFoundException} or {@link RateLimitException}; this type carries what every
 * error response has: the status, Toggl's message, the request id, the start of the body and the
 * headers, all with the client's credentials masked.
 *
 * <table>
 *   <caption>Status to exception</caption>
 *   <tr><td>400</td><td>{@link BadRequestException}</td></tr>
 *   <tr><td>401</td><td>{@link AuthenticationException}</td></tr>
 *   <tr><td>402 with quota headers</td><td>{@link QuotaExceededException}</td></tr>
 *   <tr><td>402 without them</td><td>{@link PremiumFeatureException}</td></tr>
 *   <tr><td>403</td><td>{@link ForbiddenException}</td></tr>
 *   <tr><td>404</td><td>{@link NotFoundException}</td></tr>
 *   <tr><td>3xx not followed</td><td>{@link RedirectException}</td></tr>
 *   <tr><td>429</td><td>{@link RateLimitException}</td></tr>
 *   <tr><td>5xx</td><td>{@link ServerException}</td></tr>
 *   <tr><td>anything else</td><td>{@link UnexpectedStatusException}</td></tr>
 * </table>
 *
 * <p>{@link #of(ErrorDetails)} applies this table; it is how togglkit builds these exceptions and
 * how a test double should.
 */
public abstract class TogglApiException extends TogglException {
  private static final long serialVersionUID = 1L;

  TogglApiException(ErrorDetails details, String extra) {
    this(details, problem(details), extra);
  }

  /** For a subtype that words the problem itself (a quota refusal that was never sent). */
  TogglApiException(ErrorDetails details, String problem, String extra) {
    super(details, problem + extra, null);
  }

  static String problem(ErrorDetails details) {
    return "failed with HTTP " + status(details) + details.errorMessage()
        .map(message -> ": " + message).orElse(" (no error message in the body)");
  }

  static int status(ErrorDetails details) {
    return details.statusCode().orElseThrow(() -> new IllegalArgumentException(
        "an API exception needs the response's status: " + details));
  }

  /**
   * The exception for an error response, its type chosen by the table above: 402 is a
   * {@link QuotaExceededException} when the headers carry {@code X-Toggl-Quota-Remaining} or
   * {@code X-Toggl-Quota-Resets-In} (or the details' quota is known), a
   * {@link PremiumFeatureException} otherwise.
   *
   * @param details the call and its response; must have a status that is not 2xx
   * @return the exception, not thrown
   * @throws IllegalArgumentException when the details have no status or a 2xx one
   */
  public static TogglApiException of(ErrorDetails details) {
    int code = status(details);
    switch (code) {
      case 400:
        return new BadRequestException(details);
      case 401:
        return new AuthenticationException(details);
      case 402:
        return details.quota().isKnown()
            || details.header(QuotaExceededException.REMAINING).isPresent()
            || details.header(QuotaExceededException.RESETS_IN).isPresent()
            ? new QuotaExceededException(details)
            : new PremiumFeatureException(details);
      case 403:
        return new ForbiddenException(details);
      case 404:
        return new NotFoundException(details);
      case 429:
        return new RateLimitException(details);
      default:
        if (code >= 200 && code <= 299) {
          throw new IllegalArgumentException("HTTP " + code + " is a success, not an error: " + details);
        }
        if (code >= 300 && code <= 399) {
          return new RedirectException(details);
        }
        if (code >= 500) {
          return new ServerException(details);
        }
        return new UnexpectedStatusException(details);
    }
  }

  /** The HTTP status. */
  public int statusCode() {
    return details().statusCode().getAsInt();
  }

  /**
   * Toggl's message: the JSON string, the plain text, or the {@code message},
   * {@code error_description} or {@code error} field of a JSON object body; empty when the body
   * was empty or had none of these.
   */
  public Optional<String> errorMessage() {
    return details().errorMessage();
  }

  /**
   * The first 200 characters of the body, with the client's credentials masked as {@code ****};
   * empty when there was none.
   */
  public String bodySnippet() {
    return details().bodySnippet();
  }
}
