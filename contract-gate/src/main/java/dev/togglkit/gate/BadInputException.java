package dev.togglkit.gate;

/**
 * Input the gate cannot work with (a missing or unreadable spec or pact file), as opposed to a bug in the gate.
 * The command line turns it into exit status 2 and a one-line reason; any other exception is exit status 3.
 */
public class BadInputException extends IllegalArgumentException {

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
