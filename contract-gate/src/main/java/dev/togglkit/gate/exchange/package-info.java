/**
 * Validating one HTTP exchange (a request, or a request and its response) against a spec document, with the same
 * rules the gate applies to pact interactions under its strict policy: for servers and fakes that must
 * hold what they receive and send to a spec, such as togglkit-testing's {@code TogglFake}.
 *
 * <p>The types here name no validation library on purpose: the engine behind {@link
 * dev.togglkit.gate.exchange.ExchangeValidator} may change, its signatures do not.
 */
package dev.togglkit.gate.exchange;
