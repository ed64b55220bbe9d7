package dev.togglkit;

import org.jspecify.annotations.Nullable;
/**
 * Root of every exception togglkit throws. Unchecked, so a call reads as a plain method call;
 * catch a subtype to handle one kind of failure.
 *
 * <p>Every failure belongs to one call, so the root carries what names it: the spec's operationId,
 * the HTTP method and the request path. None of them can hold a credential.
 */
public class TogglException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String method;
  private final @Nullable String path;

  /**
   * @param operation the spec's operationId, e.g. {@code getClient}
   * @param method the HTTP method
   * @param path the request path relative to the base URL, without the query string
   * @param message the full message; it must not contain credentials
   * @param cause the underlying failure, or null
   */
  protected TogglException(
      String operation, String method, @Nullable String path, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.operation = operation;
    this.method = method;
    this.path = path;
  }

  /** The spec's operationId, e.g. {@code createClient}. */
  public String operation() {
    return operation;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The request path relative to the base URL, without the query string. */
  public @Nullable String path() {
    return path;
  }
}
