package dev.togglkit.contract.provider;

import static dev.togglkit.contract.provider.PactFake.CLIENT;
import static dev.togglkit.contract.provider.PactFake.workspace;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.togglkit.contract.PactClients;
import dev.togglkit.testing.TogglFake;
import dev.togglkit.testing.WorkspaceSeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** Verifies every Focus pact interaction against TogglFake; provider states are seeding or faults. */
@Provider(PactClients.FOCUS)
@PactFolder("target/pacts")
class FocusProviderIT {

  private static TogglFake fake;
  private static FakeTarget target;

  @BeforeAll
  static void startFake() {
    fake = PactFake.start();
    target = new FakeTarget(fake);
  }

  @AfterAll
  static void stopFake() {
    target.close();
    fake.close();
  }

  @BeforeEach
  void target(PactVerificationContext context) {
    fake.reset();
    context.setTarget(target.next());
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void interaction(PactVerificationContext context) {
    context.verifyInteraction();
    ProviderVerificationTally.verified(PactClients.FOCUS);
  }

  @State("the Focus clients service is failing")
  void serviceFails() {
    workspace(fake);
    fake.faults().failNext(1, 500);
  }

  @State("Focus rejects requests for client 3456789 of workspace 1234567 as invalid")
  void requestsRejected() {
    workspace(fake).focusClient(CLIENT, "Acme Corp", false);
    fake.faults().failNext(1, 400);
  }

  @State({"Focus workspace 1234567 exists", "Focus workspace 1234567 has no client named Acme Corp",
      "Focus workspace 1234567 has no client 3456789", "workspace 1234567 exists; clients have no field colour"})
  void emptyWorkspace() {
    workspace(fake);
  }

  @State({"Focus workspace 1234567 has active client 3456789 named Acme Corp",
      "Focus workspace 1234567 has active client 3456789, which is not deleted"})
  void activeClient() {
    workspace(fake).focusClient(CLIENT, "Acme Corp", false);
  }

  @State("Focus workspace 1234567 has deleted client 3456789")
  void deletedClient() {
    workspace(fake).focusClient(CLIENT, "Acme Corp", true);
  }

  @State("workspace 1234567 has two clients whose names contain acme")
  void twoAcmeClients() {
    WorkspaceSeed ws = workspace(fake);
    ws.focusClient(CLIENT, "Acme Corp", false);
    ws.focusClient(null, "Acme Industries", false);
    ws.focusClient(null, "Globex", false);
  }
}
