package dev.togglkit;

import org.jspecify.annotations.Nullable;
import java.io.IOException;

/**
 * The request did not get a complete answer: the connection was refused or reset, a timeout
 * expired, or the call was cancelled. The message names the operation, its method and path, and
 * whether it was a timeout; the {@link #getCause() cause} is the underlying {@link IOException}.
 *
 * <p>Whether the server acted on the request is unknown. togglkit retries idempotent requests
 * (GET, PUT, DELETE) on connection failures, but never a POST or PATCH: one of those goes out on
 * another connection only when the pooled connection chosen for it was found closed by the
 * server before a byte of the request was written to it.
 */
public class TogglIoException extends TogglException {
  private static final long serialVersionUID = 1L;

  private final boolean timeout;

  /**
   * @param operation the spec's operationId, e.g. {@code getClient}
   * @param method the HTTP method
   * @param path the request path relative to the base URL, without the query string
   * @param timeout whether a timeout expired
   * @param cause what went wrong on the wire
   */
  public TogglIoException(
      String operation, String method, @Nullable String path, boolean timeout, @Nullable IOException cause) {
    super(operation, method, path, message(operation, method, path, timeout, cause), cause);
    this.timeout = timeout;
  }

  private static String message(
      String operation, String method, @Nullable String path, boolean timeout, @Nullable IOException cause) {
    String what = timeout ? "timed out" : "failed before a complete response";
    String detail = cause == null ? "" : ": " + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    return operation + " " + method + " " + path + " " + what + detail;
  }

  /** True when a connect, read, write or whole-call timeout expired. */
  public boolean isTimeout() {
    return timeout;
  }
}
