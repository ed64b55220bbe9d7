package dev.togglkit.errors;

/**
 * A call failed in a way that is neither I/O, decoding nor an error status: an interceptor (one of
 * yours on a given {@code OkHttpClient}, or togglkit's), an {@link dev.togglkit.HttpLogger}, or
 * togglkit itself threw a {@link RuntimeException}. The cause is that exception; the message names
 * the operation. Whether the request reached the server is unknown, as for
 * {@link TogglIoException}.
 */
public class TogglUnexpectedException extends TogglException {
  private static final long serialVersionUID = 1L;

  private TogglUnexpectedException(ErrorDetails details, Throwable cause) {
    super(details, "failed unexpectedly: " + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
  }

  /**
   * @param details the call
   * @param cause the original failure; its message becomes part of this one
   * @return the exception, not thrown
   */
  public static TogglUnexpectedException of(ErrorDetails details, Throwable cause) {
    return new TogglUnexpectedException(details, java.util.Objects.requireNonNull(cause, "cause"));
  }
}
