package dev.togglkit.gate;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import java.util.Map;

/**
 * Which swagger-request-validator messages the gate treats as findings. Everything is an error unless listed
 * here as ignored, so a new kind of message from a validator upgrade fails the gate rather than passing unseen.
 */
public final class ValidatorMessagePolicy {

  /**
   * Messages that are errors even where the library's own default might differ, stated so that nobody
   * "simplifies" them away.
   */
  static final Map<String, String> ALWAYS_ERRORS = Map.of(
      // A body field the schema does not declare: this is how a renamed field (name -> title) shows
      // up. Enabling this key makes the validator treat every schema as additionalProperties: false.
      "validation.schema.additionalProperties", "renamed or invented body fields",
      // A query parameter the operation does not declare: a misspelt filter (status -> state) is
      // silently ignored by the real API, so only the contract can catch it.
      "validation.request.parameter.query.unexpected", "renamed or invented query parameters",
      // Every documented operation requires credentials (Basic for Track). The Pact tests drive the real
      // client, so the Authorization header in each pact is what the client really sends; a request
      // without it, or with the wrong scheme, is a client bug. Header values never reach a finding.
      "validation.request.security.missing", "requests without credentials",
      "validation.request.security.invalid", "credentials in the wrong scheme",
      // A status the operation does not document. Reported from here rather than from SpecStatusCoverage
      // because here the pact file and the interaction are known.
      "validation.response.status.unknown", "statuses the spec does not document");

  /**
   * Messages the gate ignores, key to reason. Deliberately empty: each candidate was weighed and kept as an
   * error because it can only come from a real disagreement between client, pacts and spec —
   * <ul>
   *   <li>security (missing/invalid): the pacts carry what the client really sends, see above;</li>
   *   <li>Accept / Content-Type not allowed: the client must send what the spec declares (Pact's V4 DSL sends
   *       {@code application/json; charset=UTF-8}, which the validator accepts for {@code application/json});</li>
   *   <li>response body missing/unexpected: a Track error answered with an empty body is a case the spec
   *       must describe before a pact may use it;</li>
   *   <li>response header missing: only headers the spec marks required are checked.</li>
   * </ul>
   * An entry added here must say why the message cannot be a contract problem.
   */
  static final Map<String, String> IGNORED = Map.of();

  private ValidatorMessagePolicy() {
  }

  public static LevelResolver levelResolver() {
    LevelResolver.Builder builder = LevelResolver.create().withDefaultLevel(Level.ERROR);
    ALWAYS_ERRORS.keySet().forEach(key -> builder.withLevel(key, Level.ERROR));
    IGNORED.keySet().forEach(key -> builder.withLevel(key, Level.IGNORE));
    return builder.build();
  }
}
