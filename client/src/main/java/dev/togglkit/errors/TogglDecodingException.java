package dev.togglkit.errors;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status, but the body could not be read as the declared type:
 * truncated or invalid JSON, a duplicated object key, bytes that are not UTF-8, an HTML page, an
 * unexpected content type, or an empty body where JSON was expected. {@link #bodySnippet()} holds
 * the start of what arrived, {@link #requestId()} the response's request id.
 */
public class TogglDecodingException extends TogglException {
  private static final long serialVersionUID = 1L;

  private TogglDecodingException(ErrorDetails details, String problem, @Nullable Throwable cause) {
    super(details, "answered HTTP " + TogglApiException.status(details)
        + " with a body togglkit could not decode: " + problem, cause);
  }

  /**
   * An undecodable success response, e.g. for a test double.
   *
   * @param details the call and its response; must have a status
   * @param problem what was wrong, e.g. "invalid JSON"; part of the message
   * @param cause the decoder's failure, or null when the body was refused before decoding
   * @return the exception, not thrown
   */
  public static TogglDecodingException of(ErrorDetails details, String problem, @Nullable Throwable cause) {
    return new TogglDecodingException(details, problem, cause);
  }

  /** The HTTP status of the response. */
  public int statusCode() {
    return details().statusCode().getAsInt();
  }

  /**
   * The first 200 characters of the body, with the client's credentials masked as {@code ****};
   * empty when there was none.
   */
  public String bodySnippet() {
    return details().bodySnippet();
  }
}
