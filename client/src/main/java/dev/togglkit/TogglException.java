package dev.togglkit;

/**
 * Root of every exception togglkit throws. Unchecked, so a call reads as a plain method call;
 * catch a subtype to handle one kind of failure.
 */
public class TogglException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected TogglException(String message, Throwable cause) {
    super(message, cause);
  }
}
