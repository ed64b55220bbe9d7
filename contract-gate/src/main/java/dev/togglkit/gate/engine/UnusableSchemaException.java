package dev.togglkit.gate.engine;

/**
 * A schema of the spec that cannot check anything (for one, a {@code pattern} that is not a valid regular
 * expression). Its message says what is wrong and where, on one line; the gate turns it into a finding of each
 * interaction that reaches the schema.
 */
public final class UnusableSchemaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String specLocation;

  UnusableSchemaException(String specLocation, String message) {
    super(message);
    this.specLocation = specLocation;
  }

  /** Where the schema is in the spec ({@code paths./widgets/{id}.get.responses.200.content.application/json}). */
  public String specLocation() {
    return specLocation;
  }
}
