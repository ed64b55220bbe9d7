package dev.togglkit;

/**
 * The server answered with a success status, but the body could not be read as the declared type:
 * truncated or invalid JSON, an HTML page, an unexpected content type, or an empty body where JSON
 * was expected. {@link #bodySnippet()} holds the start of what arrived.
 */
public class TogglDecodingException extends TogglException {
  private static final long serialVersionUID = 1L;

  /** How much of the body an exception keeps; enough to recognise it, too little to dump data. */
  public static final int SNIPPET_LENGTH = 200;

  private final int statusCode;
  private final String bodySnippet;

  /**
   * @param operation the spec's operationId
   * @param method the HTTP method
   * @param path the request path relative to the base URL, without the query string
   * @param statusCode the (successful) HTTP status
   * @param problem what was wrong, e.g. "invalid JSON" or "content type text/html is not JSON"
   * @param body the body as received; only its first {@value #SNIPPET_LENGTH} characters are kept
   * @param cause the decoder's failure, or null when the body was refused before decoding
   */
  public TogglDecodingException(String operation, String method, String path, int statusCode,
      String problem, String body, Throwable cause) {
    super(operation, method, path, operation + " " + method + " " + path + " answered HTTP "
        + statusCode + " with a body togglkit could not decode: " + problem, cause);
    this.statusCode = statusCode;
    this.bodySnippet = TogglApiException.snippet(body);
  }

  /** The HTTP status of the response. */
  public int statusCode() {
    return statusCode;
  }

  /** The first {@value #SNIPPET_LENGTH} characters of the body; empty when there was none. */
  public String bodySnippet() {
    return bodySnippet;
  }
}
