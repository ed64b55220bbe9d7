package dev.togglkit;

import org.jspecify.annotations.Nullable;
/**
 * The server answered with an error status. Subtypes tell the statuses apart, so a caller can
 * catch just {@link NotFoundException} or {@link RateLimitException}; this type carries what every
 * error response has: the status, Toggl's message, the request id and the operation.
 *
 * <p>Every text an instance carries ({@link #getMessage()}, {@link #errorMessage()},
 * {@link #requestId()}, {@link #bodySnippet()}) comes from the server, and togglkit masks the
 * client's credentials in it, in every form they were sent, before it builds the exception.
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
 */
public class TogglApiException extends TogglException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final @Nullable String errorMessage;
  private final @Nullable String requestId;
  private final String bodySnippet;

  /**
   * @param operation the spec's operationId, e.g. {@code createClient}
   * @param method the HTTP method
   * @param path the request path relative to the base URL, without the query string
   * @param statusCode the HTTP status
   * @param errorMessage Toggl's message parsed from the body, or null when the body had none; it
   *     becomes part of {@link #getMessage()}, so it must not contain credentials
   * @param requestId the {@code X-Toggl-Request-Id} header, or null; also part of the message
   * @param bodySnippet the start of the body, as {@link #bodySnippet()} should return it (togglkit
   *     passes at most 200 characters with the client's secrets masked); null means none
   */
  public TogglApiException(String operation, String method, @Nullable String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String bodySnippet) {
    super(operation, method, path,
        message(operation, method, path, statusCode, errorMessage, requestId), null);
    this.statusCode = statusCode;
    this.errorMessage = errorMessage;
    this.requestId = requestId;
    this.bodySnippet = bodySnippet == null ? "" : bodySnippet;
  }

  private static String message(String operation, String method, @Nullable String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId) {
    StringBuilder text = new StringBuilder()
        .append(operation).append(' ').append(method).append(' ').append(path)
        .append(" failed with HTTP ").append(statusCode);
    text.append(errorMessage == null ? " (no error message in the body)" : ": " + errorMessage);
    if (requestId != null) {
      text.append(" [request id ").append(requestId).append(']');
    }
    return text.toString();
  }

  /** The HTTP status. */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Toggl's message: the JSON string, the plain text, or the {@code message},
   * {@code error_description} or {@code error} field of a JSON object body; null when the body
   * was empty or had none of these.
   */
  public @Nullable String errorMessage() {
    return errorMessage;
  }

  /** The {@code X-Toggl-Request-Id} response header, or null; quote it to Toggl support. */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * The first 200 characters of the body, with the client's credentials masked as {@code ****};
   * empty when there was none.
   */
  public String bodySnippet() {
    return bodySnippet;
  }
}
