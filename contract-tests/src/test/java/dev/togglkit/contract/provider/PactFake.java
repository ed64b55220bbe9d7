package dev.togglkit.contract.provider;

import dev.togglkit.contract.PactClients;
import dev.togglkit.testing.ClientSeed;
import dev.togglkit.testing.TogglFake;
import dev.togglkit.testing.WorkspaceSeed;

/**
 * The fake the pacts are verified against: it knows the credentials the consumer tests send
 * ({@link PactClients#API_TOKEN}, {@link PactClients#FOCUS_API_KEY}), so the recorded Authorization
 * headers authenticate as its user. Seeding helpers shared by the provider states live here.
 *
 * <p>Request validation stays on, as for any user of the fake. The 400 interactions replay unchanged because no
 * pact request departs from the spec: the gate checks every recorded request with the same rules
 * ({@code ContractGateIT}) and fails the build on one that does. A documented 400 is a request the spec allows but
 * Toggl refuses (a blank client name, an unknown project id) or a provider state that plans the fault, and the
 * handler answers it with the spec's documented message, as the pact expects.
 */
final class PactFake {

  static final long WORKSPACE = 1234567L;
  static final long CLIENT = 3456789L;
  static final long OTHER_CLIENT = 3456790L;
  static final long PROJECT = 202700150L;
  static final long OTHER_PROJECT = 204301830L;
  static final long LARGE_PROJECT = 4_294_967_302L;
  static final long USER = 5123456L;
  static final long OTHER_USER = 5123457L;
  static final long PROJECT_USER = 98765432L;
  static final long OTHER_PROJECT_USER = 98765433L;
  static final long GROUP = 77001L;

  private PactFake() {
  }

  static TogglFake start() {
    return TogglFake.builder()
        .apiToken(PactClients.API_TOKEN)
        .focusApiKey(PactClients.FOCUS_API_KEY)
        .start();
  }

  /** The Track client the pacts name, with every optional field set (the pacts expect strings there). */
  static ClientSeed acme(String name) {
    return ClientSeed.named(name).id(CLIENT).notes("Invoiced quarterly").externalReference("crm-00042");
  }

  static WorkspaceSeed workspace(TogglFake fake) {
    return fake.seed().workspace(WORKSPACE);
  }
}
