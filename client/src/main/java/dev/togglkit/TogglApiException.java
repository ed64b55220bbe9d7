package dev.togglkit;

/**
 * The server answered with an error status. Subtypes tell the statuses apart, so a caller can
 * catch just {@link NotFoundException} or {@link RateLimitException}; this type carries what every
 * error response has: the status, Toggl's message, the request id and the operation.
 *
 * <table>
 *   <caption>Status to exception</caption>
 *   <tr><td>400</td><td>{@link BadRequestException}</td></tr>
 *   <tr><td>401</td><td>{@link AuthenticationException}</td></tr>
 *   <tr><td>402 with quota headers</td><td>{@link QuotaExceededException}</td></tr>
 *   <tr><td>402 without them</td><td>{@link PremiumFeatureException}</td></tr>
 *   <tr><td>403</td><td>{@link ForbiddenException}</td></tr>
 *   <tr><td>404</td><td>{@link NotFoundException}</td></tr>
 *   <tr><td>429</td><td>{@link RateLimitException}</td></tr>
 *   <tr><td>5xx</td><td>{@link ServerException}</td></tr>
 *   <tr><td>anything else</td><td>{@link UnexpectedStatusException}</td></tr>
 * </table>
 */
public class TogglApiException extends TogglException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String errorMessage;
  private final String requestId;
  private final String bodySnippet;

  /**
   * @param operation the spec's operationId, e.g. {@code createClient}
   * @param method the HTTP method
   * @param path the request path relative to the base URL, without the query string
   * @param statusCode the HTTP status
   * @param errorMessage Toggl's message parsed from the body, or null when the body had none
   * @param requestId the {@code X-Toggl-Request-Id} header, or null
   * @param body the body as received; only its first {@value TogglDecodingException#SNIPPET_LENGTH}
   *     characters are kept
   */
  public TogglApiException(String operation, String method, String path, int statusCode,
      String errorMessage, String requestId, String body) {
    super(operation, method, path,
        message(operation, method, path, statusCode, errorMessage, requestId), null);
    this.statusCode = statusCode;
    this.errorMessage = errorMessage;
    this.requestId = requestId;
    this.bodySnippet = snippet(body);
  }

  private static String message(String operation, String method, String path, int statusCode,
      String errorMessage, String requestId) {
    StringBuilder text = new StringBuilder()
        .append(operation).append(' ').append(method).append(' ').append(path)
        .append(" failed with HTTP ").append(statusCode);
    text.append(errorMessage == null ? " (no error message in the body)" : ": " + errorMessage);
    if (requestId != null) {
      text.append(" [request id ").append(requestId).append(']');
    }
    return text.toString();
  }

  /** The start of a body, bounded so that an exception never carries a whole response. */
  static String snippet(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= TogglDecodingException.SNIPPET_LENGTH
        ? body
        : body.substring(0, TogglDecodingException.SNIPPET_LENGTH);
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
  public String errorMessage() {
    return errorMessage;
  }

  /** The {@code X-Toggl-Request-Id} response header, or null; quote it to Toggl support. */
  public String requestId() {
    return requestId;
  }

  /**
   * The first {@value TogglDecodingException#SNIPPET_LENGTH} characters of the body; empty when
   * there was none.
   */
  public String bodySnippet() {
    return bodySnippet;
  }
}
