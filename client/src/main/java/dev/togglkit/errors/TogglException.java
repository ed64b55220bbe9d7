package dev.togglkit.errors;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Root of every exception togglkit throws. Unchecked, so a call reads as a plain method call;
 * catch a subtype to handle one kind of failure.
 *
 * <p>Every failure belongs to one call and is built from one {@link ErrorDetails}: the spec's
 * operationId, the HTTP method and path, how many times the request was sent, and what the last
 * response said when one arrived. None of them holds a credential: togglkit masks the client's
 * credentials in every text before building the exception.
 *
 * <p><b>{@link #getMessage()}</b> is one line, built for a log: {@code <operation> <METHOD> <path>},
 * what went wrong (the status and Toggl's message, the timeout, the decoding problem), then
 * {@code [request id <id>]} when a response carried one and {@code (<n> attempts)} when the
 * request was sent more than once. The request id is in the message on purpose, so a log of the
 * message alone is enough for Toggl support; a logger that also prints {@link #requestId()} prints
 * it twice, so log one or the other.
 */
public abstract class TogglException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorDetails details;

  /**
   * @param details the call and its last response
   * @param problem what went wrong, after {@code <operation> <METHOD> <path> }; must not contain
   *     credentials
   * @param cause the underlying failure, or null
   */
  TogglException(ErrorDetails details, String problem, @Nullable Throwable cause) {
    super(message(details, problem), cause);
    this.details = details;
  }

  private static String message(ErrorDetails details, String problem) {
    StringBuilder text = new StringBuilder(details.call()).append(' ').append(problem);
    details.requestId().ifPresent(id -> text.append(" [request id ").append(id).append(']'));
    if (details.attempts() > 1) {
      text.append(" (").append(details.attempts()).append(" attempts)");
    }
    return text.toString();
  }

  /** Everything this failure is known by, as one value. */
  public ErrorDetails details() {
    return details;
  }

  /** The spec's operationId, e.g. {@code createClient}. */
  public String operation() {
    return details.operation();
  }

  /** The HTTP method. */
  public String method() {
    return details.method();
  }

  /** The request path relative to the base URL, without the query string. */
  public String path() {
    return details.path();
  }

  /**
   * The {@code X-Toggl-Request-Id} of the last response; empty when no response arrived or it
   * had none. Also part of {@link #getMessage()}.
   */
  public Optional<String> requestId() {
    return details.requestId();
  }

  /**
   * How many times the request was sent: 1 without retries, more after retries, 0 when togglkit
   * refused to send it.
   */
  public int attempts() {
    return details.attempts();
  }
}
