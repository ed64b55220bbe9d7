package dev.togglkit.contract.gate;

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
            // The undocumented-status check is part of the gate's coverage rule (see SpecStatusCoverage).
            "validation.response.status.unknown", "statuses the spec does not document");

    /**
     * Messages the gate ignores, with the reason. Kept empty on purpose unless a real Pact interaction proves a
     * message is noise; each entry must say why the disagreement cannot be a contract problem.
     */
    static final Map<String, String> IGNORED = Map.of(
            // Pact records the request headers the client sent, Accept included; Retrofit sends no Accept header
            // unless an interface asks for one, and a missing Accept is not a contract problem. A present but
            // wrong one still is, so only the "missing" form would be noise, and the validator has no such key.
            // Nothing to ignore here; the comment stays as the record of the decision.
    );

    private ValidatorMessagePolicy() {
    }

    public static LevelResolver levelResolver() {
        LevelResolver.Builder builder = LevelResolver.create().withDefaultLevel(Level.ERROR);
        ALWAYS_ERRORS.keySet().forEach(key -> builder.withLevel(key, Level.ERROR));
        IGNORED.keySet().forEach(key -> builder.withLevel(key, Level.IGNORE));
        return builder.build();
    }
}
