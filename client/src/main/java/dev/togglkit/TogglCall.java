package dev.togglkit;

import java.util.concurrent.CompletableFuture;

/**
 * One prepared request to a Toggl API. Every generated API method returns one.
 *
 * <p>{@link #execute()} sends it and returns the decoded body or throws a {@link TogglException};
 * {@link #executeAsync()} does the same without blocking. A call can be sent once; use
 * {@link #copy()} to send the same request again.
 *
 * @param <T> the decoded response body; {@link Void} for operations that answer without one
 */
public interface TogglCall<T> {

  /** Sends the request and returns the decoded body, or throws a {@link TogglException}. */
  T execute();

  /**
   * Sends the request on OkHttp's dispatcher. The future completes with the body, or
   * exceptionally with a {@link TogglException}; cancelling it cancels the HTTP call.
   */
  CompletableFuture<T> executeAsync();

  /** A new, unsent call for the same request. */
  TogglCall<T> copy();

  /** Cancels the call if it is in flight. */
  void cancel();

  /** The spec's operationId and the request's method and path, e.g. {@code getClient GET /workspaces/1/clients/2}. */
  String describe();
}
