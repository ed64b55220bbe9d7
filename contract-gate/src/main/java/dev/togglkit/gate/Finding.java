package dev.togglkit.gate;

/**
 * One thing the gate rejects. Every finding says where (pact file, interaction), what (operation, field) and why.
 *
 * @param kind        what sort of problem it is
 * @param pactFile    the pact file's name, or "-" for a finding about the spec alone (missing coverage)
 * @param interaction the interaction's description, or "-"
 * @param provider    the pact provider / spec document it concerns
 * @param operationId the spec operation, or "-" when the interaction matches none
 * @param location    the field: the validator's message key plus parameter name or JSON pointer when known
 * @param message     the problem in words
 */
public record Finding(
    Kind kind,
    String pactFile,
    String interaction,
    String provider,
    String operationId,
    String location,
    String message) {

  public enum Kind {
    /** The file is not a readable pact. */
    UNREADABLE_PACT,
    /** The pact's provider has no spec document, so nothing could check it. */
    UNKNOWN_PROVIDER,
    /** A V4 interaction that is not HTTP; the Toggl APIs have none, so it cannot be checked. */
    NOT_HTTP,
    /** Method and path match no operation in the spec. */
    UNKNOWN_OPERATION,
    /** The request disagrees with the spec. */
    REQUEST,
    /** The response disagrees with the spec. */
    RESPONSE,
    /** The response status is not documented for the operation. */
    UNDOCUMENTED_STATUS,
    /** A documented (operation, status) pair that no interaction exercises. */
    MISSING_COVERAGE
  }

  /** One line, the way the build log and the report list it. */
  public String describe() {
    String line = kind + " " + provider + " " + operationId + " [" + location + "] " + message;
    return pactFile.equals("-") ? line : line + " (pact " + pactFile + ", interaction '" + interaction + "')";
  }
}
