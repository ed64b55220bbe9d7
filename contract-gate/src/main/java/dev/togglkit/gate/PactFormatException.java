package dev.togglkit.gate;

import java.nio.file.Path;

/** A pact file that cannot be read as a pact: not JSON, or missing what every pact must have. */
public final class PactFormatException extends RuntimeException {

  private final Path file;

  PactFormatException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  PactFormatException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
