package dev.togglkit;

import org.jspecify.annotations.Nullable;

/**
 * A call failed in a way that is neither I/O, decoding nor an error status: an interceptor (one of
 * yours on a given {@code OkHttpClient}, or togglkit's), an {@link HttpLogger}, or togglkit itself
 * threw a {@link RuntimeException}. The cause is that exception; the message names the operation.
 * Whether the request reached the server is unknown, as for {@link TogglIoException}.
 */
public class TogglUnexpectedException extends TogglException {
  private static final long serialVersionUID = 1L;

  /**
   * @param operation the spec's operationId, e.g. {@code getClient}
   * @param method the HTTP method
   * @param path the request path relative to the base URL, without the query string
   * @param detail what failed; part of the message, so it must not contain credentials
   * @param cause the original failure
   */
  public TogglUnexpectedException(
      String operation, String method, @Nullable String path, String detail, @Nullable Throwable cause) {
    super(operation, method, path,
        operation + " " + method + " " + path + " failed unexpectedly: " + detail, cause);
  }
}
