package dev.togglkit.testing;

import dev.togglkit.TogglCall;
import dev.togglkit.TogglResponse;
import dev.togglkit.errors.TogglException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link TogglCall}s that answer without HTTP, for unit tests of code that takes a call (or a
 * function returning one): {@code TogglCalls.returning(client)} returns the value,
 * {@code TogglCalls.failing(TogglApiException.of(ErrorDetails.builder("getClient", "GET", path).statusCode(404).build()))}
 * throws the exception (a {@code NotFoundException}, by the client's own status mapping), from {@code execute()}
 * and (as a failed future) from {@code executeAsync()}. {@code executeWithResponse()} wraps the value in a
 * 200 without headers; {@link #responding(TogglResponse)} sets status and headers (request id, quota) too.
 */
public final class TogglCalls {

  private TogglCalls() {
  }

  /** A call whose {@code execute()} returns {@code value} (null for {@code Void} operations). */
  public static <T> TogglCall<T> returning(T value) {
    return new StubCall<>(null, value, null,
        "stub returning " + (value == null ? "null" : "a " + value.getClass().getSimpleName()));
  }

  /**
   * A call whose {@code executeWithResponse()} returns {@code response} and whose {@code execute()}
   * returns its body: {@code TogglCalls.responding(TogglResponse.of(200, headers, client, Instant.now()))}.
   */
  public static <T> TogglCall<T> responding(TogglResponse<T> response) {
    if (response == null) {
      throw new IllegalArgumentException("response must not be null");
    }
    return new StubCall<>(response, response.body(), null, "stub responding " + response.statusCode());
  }

  /** A call whose {@code execute()} throws {@code failure}. */
  public static <T> TogglCall<T> failing(TogglException failure) {
    if (failure == null) {
      throw new IllegalArgumentException("failure must not be null");
    }
    return new StubCall<>(null, null, failure, "stub failing with " + failure.getClass().getSimpleName());
  }

  private static final class StubCall<T> implements TogglCall<T> {
    private final TogglResponse<T> response;
    private final T value;
    private final TogglException failure;
    private final String description;
    private volatile boolean executed;
    private volatile boolean cancelled;

    StubCall(TogglResponse<T> response, T value, TogglException failure, String description) {
      this.response = response;
      this.value = value;
      this.failure = failure;
      this.description = description;
    }

    @Override
    public T execute() {
      markExecuted();
      if (failure != null) {
        throw failure;
      }
      return value;
    }

    @Override
    public TogglResponse<T> executeWithResponse() {
      markExecuted();
      if (failure != null) {
        throw failure;
      }
      return response != null ? response : TogglResponse.of(200, Map.of(), value, Instant.now());
    }

    @Override
    public CompletableFuture<T> executeAsync() {
      markExecuted();
      return failure != null ? CompletableFuture.failedFuture(failure) : CompletableFuture.completedFuture(value);
    }

    /** Like a real call, a stub can be sent once; {@link #copy()} gives a fresh one. */
    private synchronized void markExecuted() {
      if (executed) {
        throw new IllegalStateException("Already executed: " + description + "; use copy() to send again");
      }
      if (cancelled) {
        throw new IllegalStateException("Cancelled: " + description);
      }
      executed = true;
    }

    @Override
    public TogglCall<T> copy() {
      return new StubCall<>(response, value, failure, description);
    }

    @Override
    public void cancel() {
      cancelled = true;
    }

    @Override
    public String describe() {
      return description;
    }
  }
}
