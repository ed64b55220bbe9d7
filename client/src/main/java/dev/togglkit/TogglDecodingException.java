package dev.togglkit;

import org.jspecify.annotations.Nullable;
/**
 * The server answered with a success status, but the body could not be read as the declared type:
 * truncated or invalid JSON, a duplicated object key, bytes that are not UTF-8, an HTML page, an
 * unexpected content type, or an empty body where JSON was expected. {@link #bodySnippet()} holds
 * the start of what arrived.
 */
public class TogglDecodingException extends TogglException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String bodySnippet;

  /**
   * @param operation the spec's operationId
   * @param method the HTTP method
   * @param path the request path relative to the base URL, without the query string
   * @param statusCode the (successful) HTTP status
   * @param problem what was wrong, e.g. "invalid JSON" or "content type text/html is not JSON";
   *     part of the message, so it must not contain credentials
   * @param bodySnippet the start of the body, as {@link #bodySnippet()} should return it (togglkit
   *     passes at most 200 characters with the client's secrets masked); null means none
   * @param cause the decoder's failure, or null when the body was refused before decoding
   */
  public TogglDecodingException(String operation, String method, String path, int statusCode,
      String problem, String bodySnippet, @Nullable Throwable cause) {
    super(operation, method, path, operation + " " + method + " " + path + " answered HTTP "
        + statusCode + " with a body togglkit could not decode: " + problem, cause);
    this.statusCode = statusCode;
    this.bodySnippet = bodySnippet == null ? "" : bodySnippet;
  }

  /** The HTTP status of the response. */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The first 200 characters of the body, with the client's credentials masked as {@code ****};
   * empty when there was none.
   */
  public String bodySnippet() {
    return bodySnippet;
  }
}
