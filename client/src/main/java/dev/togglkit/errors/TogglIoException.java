package dev.togglkit.errors;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

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

  private TogglIoException(ErrorDetails details, boolean timeout, @Nullable IOException cause) {
    super(details, (timeout ? "timed out" : "failed before a complete response") + (cause == null
        ? "" : ": " + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : " " + cause.getMessage())), cause);
    this.timeout = timeout;
  }

  /**
   * A wire failure, e.g. for a test double.
   *
   * @param details the call; attempts as sent, no response
   * @param timeout whether a timeout expired
   * @param cause what went wrong on the wire; its message becomes part of this one
   * @return the exception, not thrown
   */
  public static TogglIoException of(ErrorDetails details, boolean timeout, @Nullable IOException cause) {
    return new TogglIoException(details, timeout, cause);
  }

  /** True when a connect, read, write or whole-call timeout expired, or the rate limiter's wait would have passed it. */
  public boolean isTimeout() {
    return timeout;
  }
}
