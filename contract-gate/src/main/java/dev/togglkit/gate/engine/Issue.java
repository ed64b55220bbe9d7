package dev.togglkit.gate.engine;

/**
 * One thing the checker found in one exchange.
 *
 * @param error        an error (fails the gate) or a warning (reported, passes)
 * @param code         what kind, e.g. {@code request.body.incompatible} (the codes of Pact's bi-directional checks)
 * @param field        where in the exchange: {@code request.query.status}, {@code response.body/name}
 * @param specLocation where in the spec: {@code paths./pets.get.responses.200}
 * @param message      the problem in words; never a header value (credentials)
 */
public record Issue(boolean error, String code, String field, String specLocation, String message) {
}
