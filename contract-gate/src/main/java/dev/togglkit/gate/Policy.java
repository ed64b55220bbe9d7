package dev.togglkit.gate;

import java.util.Locale;

/**
 * How strictly the gate reads a pact. README's "Policies" table lists every rule where they differ and why.
 */
public enum Policy {

  /**
   * The default: the semantics of Pact's bi-directional contract testing (PactFlow's openapi-pact-comparator). A
   * consumer's pact states what it sends and what it reads, so: request checks are skipped for interactions
   * whose response is 4xx or 5xx (an invalid request on purpose), an absent response body or header is not
   * checked, a response's {@code required} fields are not demanded, and a pact for a provider without a spec is
   * skipped and counted.
   */
  CONSUMER,

  /**
   * {@code consumer} plus what togglkit's own build guarantees, where the pacts are recorded from the real
   * client: credentials and every request check on every interaction whatever its status, documented response
   * bodies present with their required fields, no undocumented response field in any schema (referenced ones
   * included), a pact for a provider without a spec is a finding.
   */
  STRICT;

  public static Policy parse(String name) {
    for (Policy policy : values()) {
      if (policy.name().equalsIgnoreCase(name)) {
        return policy;
      }
    }
    throw new IllegalArgumentException("unknown policy '" + name + "' (consumer or strict)");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the request of an interaction with this response status is checked. */
  public boolean checksRequest(int status) {
    return this == STRICT || status < 400;
  }
}
