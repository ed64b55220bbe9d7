package dev.togglkit;

import dev.togglkit.errors.TogglException;
import java.util.concurrent.CompletableFuture;

/**
 * One prepared request to a Toggl API. Every generated API method returns one.
 *
 * <p>{@link #execute()} sends it and returns the decoded body or throws a {@link TogglException};
 * {@link #executeAsync()} does the same without blocking; {@link #executeWithResponse()} also
 * returns the status, headers, request id and quota. A call can be sent once; use {@link #copy()}
 * to send the same request again, and {@link #withOptions} for a copy with its own timeouts or
 * retry policy.
 *
 * <p>Implementing it (for a test double, say) takes the five abstract methods; the others have
 * defaults built on them.
 *
 * @param <T> the decoded response body; {@link Void} for operations that answer without one
 */
public interface TogglCall<T> {

  /**
   * Sends the request and returns the decoded body, or throws a {@link TogglException}.
   *
   * @throws IllegalArgumentException naming the operation and the field, before anything is sent,
   *     when the request cannot be built (a body that cannot be written as JSON, such as a
   *     {@code NaN} rate)
   */
  T execute();

  /**
   * Sends the request on OkHttp's dispatcher. The future completes with the body, or
   * exceptionally with a {@link TogglException}, or with the {@link IllegalArgumentException}
   * {@link #execute()} would throw for a request that cannot be built; cancelling it cancels the
   * HTTP call.
   */
  CompletableFuture<T> executeAsync();

  /**
   * Sends the request and returns the body with the status code, headers, request id and quota,
   * or throws a {@link TogglException} exactly as {@link #execute()} does.
   *
   * <p>The default throws {@link UnsupportedOperationException}: a call that does not talk HTTP
   * has no response to show. A test double can return {@link TogglResponse#of}.
   */
  default TogglResponse<T> executeWithResponse() {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not provide raw responses: " + describe());
  }

  /**
   * {@link #executeWithResponse()} without blocking: the future completes with the response, or
   * exceptionally with a {@link TogglException}; cancelling it cancels the HTTP call.
   *
   * <p>The default runs {@link #executeWithResponse()} on the common fork-join pool.
   */
  default CompletableFuture<TogglResponse<T>> executeWithResponseAsync() {
    return CompletableFuture.supplyAsync(this::executeWithResponse);
  }

  /**
   * A new, unsent call for the same request whose timeouts and retry policy are {@code options}
   * layered over the client's (what {@code options} leaves unset keeps the client's value).
   *
   * <p>The default returns this call unchanged: a call that sends nothing over HTTP has no
   * timeouts to change.
   *
   * @throws IllegalArgumentException when options is null
   */
  default TogglCall<T> withOptions(RequestOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null (use RequestOptions.none())");
    }
    return this;
  }

  /** A new, unsent call for the same request. */
  TogglCall<T> copy();

  /** Cancels the call if it is in flight. */
  void cancel();

  /**
   * The spec's operationId and the request's method and path, e.g.
   * {@code getClient GET /workspaces/1/clients/2} (the path template when the request could not be
   * built). Never sends, never throws.
   */
  String describe();
}
