package dev.togglkit.testing;

import dev.togglkit.TogglCall;
import dev.togglkit.TogglException;
import java.util.concurrent.CompletableFuture;

/**
 * {@link TogglCall}s that answer without HTTP, for unit tests of code that takes a call (or a
 * function returning one): {@code TogglCalls.returning(client)} returns the value,
 * {@code TogglCalls.failing(new NotFoundException(...))} throws the exception, from {@code execute()}
 * and (as a failed future) from {@code executeAsync()}.
 */
public final class TogglCalls {

  private TogglCalls() {
  }

  /** A call whose {@code execute()} returns {@code value} (null for {@code Void} operations). */
  public static <T> TogglCall<T> returning(T value) {
    return new StubCall<>(value, null, "stub returning " + (value == null ? "null" : "a " + value.getClass().getSimpleName()));
  }

  /** A call whose {@code execute()} throws {@code failure}. */
  public static <T> TogglCall<T> failing(TogglException failure) {
    if (failure == null) {
      throw new IllegalArgumentException("failure must not be null");
    }
    return new StubCall<>(null, failure, "stub failing with " + failure.getClass().getSimpleName());
  }

  private static final class StubCall<T> implements TogglCall<T> {
    private final T value;
    private final TogglException failure;
    private final String description;
    private volatile boolean executed;
    private volatile boolean cancelled;

    StubCall(T value, TogglException failure, String description) {
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
      return new StubCall<>(value, failure, description);
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
