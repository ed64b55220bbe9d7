package dev.togglkit.gate.cli;

/** Bad input to the command line tool: wrong arguments, a spec or pact that cannot be used. Exit status 2. */
final class UsageException extends RuntimeException {

  UsageException(String reason) {
    super(reason);
  }

  UsageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
