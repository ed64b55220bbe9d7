package dev.togglkit.gate;

/**
 * One thing the gate reports. Every finding says how bad (error or warning), where (pact file, interaction index
 * and description), what (operation, field, spec location) and why.
 *
 * @param kind             what sort of problem it is
 * @param severity         an error fails the gate; a warning is reported and passes
 * @param code             the check that found it, e.g. {@code request.body.incompatible}
 * @param pactFile         the pact file's name, or "-" for a finding about the spec alone (missing coverage)
 * @param interactionIndex the interaction's index in the pact file (from 0), or -1
 * @param interaction      the interaction's description, or "-"
 * @param provider         the pact provider / spec document it concerns
 * @param operationId      the spec operation's key (operationId, else "METHOD /path"), or "-" when none matches
 * @param location         the field: the check's code plus where in the request or response
 * @param specLocation     where in the spec, e.g. {@code paths./pets.get.responses.200}, or "-"
 * @param message          the problem in words
 */
public record Finding(
    Kind kind,
    Severity severity,
    String code,
    String pactFile,
    int interactionIndex,
    String interaction,
    String provider,
    String operationId,
    String location,
    String specLocation,
    String message) {

  public enum Severity { ERROR, WARNING }

  public enum Kind {
    /** The file is not a readable pact. */
    UNREADABLE_PACT,
    /** The pact's provider has no spec document, so nothing could check it (strict policy only). */
    UNKNOWN_PROVIDER,
    /** Method and path match no operation in the spec. */
    UNKNOWN_OPERATION,
    /** The request disagrees with the spec. */
    REQUEST,
    /** The response disagrees with the spec. */
    RESPONSE,
    /** The response status is not documented for the operation. */
    UNDOCUMENTED_STATUS,
    /** A documented (operation, status) pair that no interaction exercises. */
    MISSING_COVERAGE,
    /** A defect of the spec document that no interaction reached. */
    SPEC
  }

  /**
   * An error not tied to one interaction: an unreadable pact file ({@code pact.unreadable}), a pact of a provider
   * without a spec ({@code provider.unknown}) or a documented status without an interaction
   * ({@code coverage.missing}); the code follows from the kind. A finding of another kind comes from a check
   * and should name it with the constructor; here its code is {@code location}.
   */
  public static Finding error(Kind kind, String pactFile, String provider, String operationId, String location,
                              String message) {
    String code = switch (kind) {
      case UNREADABLE_PACT -> "pact.unreadable";
      case UNKNOWN_PROVIDER -> "provider.unknown";
      case MISSING_COVERAGE -> "coverage.missing";
      default -> location;
    };
    return new Finding(kind, Severity.ERROR, code, pactFile, -1, "-", provider, operationId, location, "-",
        message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line, the way the build log and the report list it. */
  public String describe() {
    String line = (isError() ? "error " : "warning ") + kind + " " + provider + " " + operationId
        + " [" + location + "] " + message;
    if (!specLocation.equals("-")) {
      line += " (spec " + specLocation + ")";
    }
    if (pactFile.equals("-")) {
      return line;
    }
    return line + " (pact " + pactFile + (interactionIndex >= 0
        ? ", interaction #" + interactionIndex + " '" + interaction + "'" : "") + ")";
  }
}
