package dev.togglkit.contract.provider;

import static dev.togglkit.contract.provider.PactFake.CLIENT;
import static dev.togglkit.contract.provider.PactFake.GROUP;
import static dev.togglkit.contract.provider.PactFake.LARGE_PROJECT;
import static dev.togglkit.contract.provider.PactFake.OTHER_CLIENT;
import static dev.togglkit.contract.provider.PactFake.OTHER_PROJECT;
import static dev.togglkit.contract.provider.PactFake.OTHER_PROJECT_USER;
import static dev.togglkit.contract.provider.PactFake.OTHER_USER;
import static dev.togglkit.contract.provider.PactFake.PROJECT;
import static dev.togglkit.contract.provider.PactFake.PROJECT_USER;
import static dev.togglkit.contract.provider.PactFake.USER;
import static dev.togglkit.contract.provider.PactFake.acme;
import static dev.togglkit.contract.provider.PactFake.workspace;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.togglkit.contract.PactClients;
import dev.togglkit.testing.ClientSeed;
import dev.togglkit.testing.ProjectSeed;
import dev.togglkit.testing.ProjectUserSeed;
import dev.togglkit.testing.TogglFake;
import dev.togglkit.testing.TogglOperation;
import dev.togglkit.testing.WorkspaceSeed;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies every Track pact interaction the consumer tests wrote against TogglFake. Each provider
 * state is seeding: the workspace, clients, projects and members the state describes, or a fault for
 * the states where "the service fails". The fake starts empty before every interaction.
 */
@Provider(PactClients.TRACK)
@PactFolder("target/pacts")
class TrackProviderIT {

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
    ProviderVerificationTally.verified(PactClients.TRACK);
  }

  // ---- failures and permissions -------------------------------------------------------------

  @State({"the clients service is failing", "the project service fails", "the project user service fails",
      "the user service fails"})
  void serviceFails() {
    workspace(fake);
    fake.faults().failNext(1, 500);
  }

  @State("workspace 1234567 rejects the client status filter")
  void statusFilterRejected() {
    workspace(fake);
    fake.faults().failNext(TogglOperation.TRACK_LIST_CLIENTS, 1, 400);
  }

  @State("Toggl refuses the user their own data")
  void ownDataRefused() {
    fake.faults().failNext(1, 403);
  }

  @State("Toggl cannot load the user's data")
  void ownDataMissing() {
    fake.faults().failNext(TogglOperation.TRACK_GET_ME, 1, 404);
  }

  @State("the user belongs to workspace 1234567")
  void memberOfOneWorkspace() {
    workspace(fake);
  }

  @State("the user is not a member of workspace 1234567")
  void notAMember() {
    workspace(fake).callerIsNotMember();
  }

  @State({"the user may not create clients in workspace 1234567",
      "the user may not change clients in workspace 1234567",
      "the user may not delete clients in workspace 1234567",
      "the user may not archive clients in workspace 1234567",
      "the user may not restore clients in workspace 1234567",
      "the user may not create projects in workspace 1234567"})
  void restrictedMember() {
    WorkspaceSeed ws = workspace(fake);
    ws.client(acme("Acme Corp").archived(true));
    ws.callerIsRestrictedMember();
  }

  @State({"the user may not edit project 202700150", "the user may not delete project 202700150",
      "project 202700150 is private and the user is not a member"})
  void projectOutOfReach() {
    WorkspaceSeed ws = workspace(fake);
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT).client(ws.client(acme("Acme Corp"))));
    ws.callerIsRestrictedMember();
  }

  @State({"the user may not manage members of project 202700150",
      "the user may not manage members of the project of 98765432",
      "the user may not manage members of the projects of 98765432 and 98765433"})
  void notAProjectManager() {
    WorkspaceSeed ws = twoProjectsWithMembers();
    ws.member(fake.seed().user(USER, "ann@example.com"));
    ws.callerIsMember();
  }

  // ---- clients ------------------------------------------------------------------------------

  @State({"workspace 1234567 exists", "workspace 1234567 has no client 3456789",
      "workspace 1234567 has no client named Acme Corp", "workspace 1234567 has no project user 98765432",
      "workspace 1234567 has no project users 98765432 and 98765433"})
  void emptyWorkspace() {
    workspace(fake);
  }

  @State("workspace 1234567 has client 3456789 named Acme Corp")
  void acmeCorp() {
    workspace(fake).client(acme("Acme Corp"));
  }

  @State("workspace 1234567 has an active client and an archived client whose names contain acme")
  void activeAndArchivedAcme() {
    WorkspaceSeed ws = workspace(fake);
    ws.client(acme("Acme Corp"));
    ws.client(ClientSeed.named("Acme Archive").archived(true).notes("Closed in 2023").externalReference("crm-00041"));
    ws.client(ClientSeed.named("Globex"));
  }

  @State("premium workspace 1234567 has client 3456789 with active projects 202700150 and 4294967302")
  void clientWithActiveProjects() {
    WorkspaceSeed ws = workspace(fake).premium(true);
    long client = ws.client(acme("Acme Corp"));
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT).client(client));
    ws.project(ProjectSeed.named("Mobile app").id(LARGE_PROJECT).client(client));
  }

  @State("workspace 1234567 has archived client 3456789 with archived projects 202700150 and 4294967302")
  void archivedClientWithArchivedProjects() {
    WorkspaceSeed ws = workspace(fake);
    long client = ws.client(acme("Acme Corp").archived(true));
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT).client(client).active(false));
    ws.project(ProjectSeed.named("Mobile app").id(LARGE_PROJECT).client(client).active(false));
  }

  @State("workspace 1234567 has archived client 3456789; project 202700150 belongs to another client")
  void projectOfAnotherClient() {
    WorkspaceSeed ws = workspace(fake);
    long client = ws.client(acme("Acme Corp").archived(true));
    long other = ws.client(ClientSeed.named("Globex").id(OTHER_CLIENT));
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT).client(other).active(false));
    ws.project(ProjectSeed.named("Mobile app").id(LARGE_PROJECT).client(client).active(false));
  }

  // ---- projects -----------------------------------------------------------------------------

  @State("workspace 1234567 has active projects 202700150 for client 3456789 and 204301830 for client 3456790")
  void activeProjectsOfTwoClients() {
    WorkspaceSeed ws = workspace(fake);
    long acme = ws.client(acme("Acme Corp"));
    long globex = ws.client(ClientSeed.named("Globex").id(OTHER_CLIENT));
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT).client(acme).estimatedHours(40L).actualHours(12L));
    ws.project(ProjectSeed.named("Mobile app").id(OTHER_PROJECT).client(globex).isPrivate(false)
        .billable(null).currency(null).estimatedHours(null).actualHours(null).rateHistory(false)
        .startsOn(LocalDate.now().plusYears(1)));
    ws.project(ProjectSeed.named("Old intranet").client(acme).active(false));
  }

  @State("workspace 1234567 has client 3456789 and no project named Website relaunch")
  void clientWithoutProject() {
    workspace(fake).client(acme("Acme Corp"));
  }

  @State({"workspace 1234567 has project 202700150 named Website relaunch",
      "workspace 1234567 has project 202700150 with time entries",
      "workspace 1234567 has project 202700150 but not project 204301830"})
  void websiteRelaunch() {
    WorkspaceSeed ws = workspace(fake);
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT).client(ws.client(acme("Acme Corp"))));
  }

  @State("workspace 1234567 is on the free plan")
  void freePlan() {
    workspace(fake).premium(false);
  }

  @State("workspace 1234567 is on the free plan and has project 202700150")
  void freePlanWithProject() {
    WorkspaceSeed ws = workspace(fake).premium(false);
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT));
  }

  @State("workspace 1234567 has archived project 202700150 without a client")
  void archivedProjectWithoutClient() {
    workspace(fake).project(ProjectSeed.named("Old intranet").id(PROJECT).active(false).isPrivate(false));
  }

  // ---- project users ------------------------------------------------------------------------

  @State("project 202700150 has user 5123456 as manager and project 204301830 has user 5123457 through group 77001")
  void membersOfTwoProjects() {
    twoProjectsWithMembers();
  }

  @State({"workspace 1234567 has project user 98765432", "workspace 1234567 has project users 98765432 and 98765433",
      "workspace 1234567 has project user 98765432 with labor cost 35.5"})
  void projectUsers() {
    WorkspaceSeed ws = workspace(fake);
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT));
    ws.project(ProjectSeed.named("Mobile app").id(OTHER_PROJECT));
    fake.seed().user(USER, "ann@example.com");
    fake.seed().user(OTHER_USER, "bob@example.com");
    ws.projectUser(ProjectUserSeed.of(PROJECT, USER).id(PROJECT_USER).laborCost(35.5));
    ws.projectUser(ProjectUserSeed.of(OTHER_PROJECT, OTHER_USER).id(OTHER_PROJECT_USER));
  }

  @State("user 5123456 is in workspace 1234567 but not in project 202700150")
  void userOutsideProject() {
    WorkspaceSeed ws = workspace(fake);
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT));
    ws.member(fake.seed().user(USER, "ann@example.com"));
  }

  @State("user 5123456 is not a member of workspace 1234567")
  void userOutsideWorkspace() {
    workspace(fake).project(ProjectSeed.named("Website relaunch").id(PROJECT));
    fake.seed().user(USER, "ann@example.com");
  }

  /** Projects 202700150 (user 5123456, manager, labor cost 35.5) and 204301830 (user 5123457 via group 77001). */
  private static WorkspaceSeed twoProjectsWithMembers() {
    WorkspaceSeed ws = workspace(fake);
    ws.project(ProjectSeed.named("Website relaunch").id(PROJECT));
    ws.project(ProjectSeed.named("Mobile app").id(OTHER_PROJECT));
    fake.seed().user(USER, "ann@example.com");
    fake.seed().user(OTHER_USER, "bob@example.com");
    ws.projectUser(ProjectUserSeed.of(PROJECT, USER).id(PROJECT_USER).manager(true).laborCost(35.5));
    ws.projectUser(ProjectUserSeed.of(OTHER_PROJECT, OTHER_USER).id(OTHER_PROJECT_USER).group(GROUP));
    return ws;
  }
}
