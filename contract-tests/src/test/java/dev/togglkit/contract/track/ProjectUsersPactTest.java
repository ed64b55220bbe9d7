package dev.togglkit.contract.track;

import static dev.togglkit.contract.ApiErrors.assertApiError;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactRequests.trackRequest;
import static dev.togglkit.contract.track.ProjectBodies.DATE_TIME;
import static dev.togglkit.contract.track.TrackErrors.INVALID_USER_ID;
import static dev.togglkit.contract.track.TrackErrors.MISSING_DATA;
import static dev.togglkit.contract.track.TrackErrors.NO_ACCESS;
import static dev.togglkit.contract.track.TrackErrors.PROJECT_USER_NOT_FOUND;
import static dev.togglkit.contract.track.TrackErrors.SERVER_ERROR;
import static dev.togglkit.contract.track.TrackErrors.TOO_MANY_PROJECT_IDS_MESSAGE;
import static dev.togglkit.contract.track.TrackErrors.respondWithError;
import static dev.togglkit.contract.track.TrackIds.OTHER_PROJECT;
import static dev.togglkit.contract.track.TrackIds.PROJECT;
import static dev.togglkit.contract.track.TrackIds.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.togglkit.IdList;
import dev.togglkit.contract.PactClients;
import dev.togglkit.track.api.ProjectUsersApi;
import dev.togglkit.track.api.ListProjectUsersParams;
import dev.togglkit.errors.BadRequestException;
import dev.togglkit.errors.ForbiddenException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.track.model.BulkPatchResult;
import dev.togglkit.track.model.ProjectUser;
import dev.togglkit.track.model.ProjectUserCreateRequest;
import dev.togglkit.track.model.ProjectUserPatchOperation;
import dev.togglkit.track.model.ProjectUserUpdateRequest;
import dev.togglkit.track.model.RateChangeMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts of the Track project-user operations, driven through {@code TogglTrack.projectUsers()}.
 * Every documented status of listProjectUsers, createProjectUser, patchProjectUsers,
 * updateProjectUser and deleteProjectUser has a scenario here.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.TRACK, pactVersion = PactSpecVersion.V4)
class ProjectUsersPactTest {

  private static final long USER = 5123456L;
  private static final long OTHER_USER = 5123457L;
  private static final long PROJECT_USER = 98765432L;
  private static final long OTHER_PROJECT_USER = 98765433L;
  private static final long GROUP = 77001L;

  private static final String PROJECT_USERS_PATH =
      TRACK_BASE_PATH + "/workspaces/" + WORKSPACE + "/project_users";
  private static final String PROJECT_USER_PATH = PROJECT_USERS_PATH + "/" + PROJECT_USER;
  private static final IdList BULK_IDS = IdList.of(PROJECT_USER, OTHER_PROJECT_USER);
  private static final String BULK_PATH = PROJECT_USERS_PATH + "/" + BULK_IDS;

  private static ProjectUsersApi projectUsers(MockServer mockServer) {
    return PactClients.track(mockServer).projectUsers();
  }

  // ---- listProjectUsers ---------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact membersOfTwoProjects(PactDslWithProvider builder) {
    PactDslJsonArray members = new PactDslJsonArray();
    ProjectBodies.projectUser(members.object(), PROJECT_USER, PROJECT, USER, true, 35.5).closeObject();
    // The second member comes through a group; it has no labor cost or rate history of its own.
    members.object()
        .integerType("id", OTHER_PROJECT_USER)
        .integerType("workspace_id", WORKSPACE)
        .integerType("project_id", OTHER_PROJECT)
        .integerType("user_id", OTHER_USER)
        .booleanValue("manager", false)
        .nullValue("labor_cost")
        .integerType("group_id", GROUP)
        .integerType("gid", GROUP)
        .stringMatcher("at", DATE_TIME, "2024-05-17T11:00:00+00:00")
        .nullValue("rate_last_updated")
        .closeObject();
    return trackRequest(builder, "GET", PROJECT_USERS_PATH,
            "project 202700150 has user 5123456 as manager and project 204301830 has user 5123457 through group 77001",
            "list the members of two projects including group members")
        .query("project_ids=202700150,204301830&with_group_members=true")
        .willRespondWith()
        .status(200)
        .body(members)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "membersOfTwoProjects")
  void membersOfTwoProjects(MockServer mockServer) {
    ListProjectUsersParams query = ListProjectUsersParams.builder()
        .projectIds(IdList.of(PROJECT, OTHER_PROJECT))
        .withGroupMembers(true)
        .build();

    List<ProjectUser> members = projectUsers(mockServer).listProjectUsers(WORKSPACE, query).execute();

    assertEquals(2, members.size());
    ProjectUser manager = members.get(0);
    assertEquals(PROJECT_USER, manager.getId());
    assertEquals(USER, manager.getUserId());
    assertTrue(manager.getManager());
    assertEquals(35.5, manager.getLaborCost());
    assertNull(manager.getGroupId());
    assertEquals(OffsetDateTime.parse("2024-05-16T08:42:10+00:00"), manager.getAt());

    ProjectUser groupMember = members.get(1);
    assertEquals(OTHER_PROJECT, groupMember.getProjectId());
    assertFalse(groupMember.getManager());
    assertNull(groupMember.getLaborCost());
    assertEquals(GROUP, groupMember.getGroupId());
    assertNull(groupMember.getRateLastUpdated());
  }

  /** 201 project ids, one more than the API accepts. */
  private static final IdList TOO_MANY_PROJECT_IDS =
      IdList.of(LongStream.rangeClosed(1, 201).map(i -> 202700000L + i).toArray());

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact tooManyProjectIds(PactDslWithProvider builder) {
    var request = trackRequest(builder, "GET", PROJECT_USERS_PATH,
            "workspace 1234567 exists",
            "list the members of 201 projects at once")
        .query("project_ids=" + TOO_MANY_PROJECT_IDS);
    return respondWithError(request, 400, TOO_MANY_PROJECT_IDS_MESSAGE);
  }

  @Test
  @PactTestFor(pactMethod = "tooManyProjectIds")
  void tooManyProjectIds(MockServer mockServer) {
    ListProjectUsersParams query = ListProjectUsersParams.builder().projectIds(TOO_MANY_PROJECT_IDS).build();

    assertApiError(BadRequestException.class, 400, TOO_MANY_PROJECT_IDS_MESSAGE, "listProjectUsers",
        () -> projectUsers(mockServer).listProjectUsers(WORKSPACE, query).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUsersForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "GET", PROJECT_USERS_PATH,
        "the user is not a member of workspace 1234567",
        "list the project users of a workspace the user cannot see");
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "projectUsersForbidden")
  void projectUsersForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "listProjectUsers",
        () -> projectUsers(mockServer).listProjectUsers(WORKSPACE).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUserListServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "GET", PROJECT_USERS_PATH,
        "the project user service fails",
        "list project users while the server fails");
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "projectUserListServerError")
  void projectUserListServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "listProjectUsers",
        () -> projectUsers(mockServer).listProjectUsers(WORKSPACE).execute());
  }

  // ---- createProjectUser --------------------------------------------------------------------

  /**
   * What the client sends for {@link #addManager()}. The rate change mode is matched by value: it
   * checks that the enum goes out under its wire name, not its Java constant name.
   */
  private static PactDslJsonBody addManagerBody() {
    return new PactDslJsonBody()
        .integerType("project_id", PROJECT)
        .integerType("user_id", USER)
        .booleanValue("manager", true)
        .decimalType("labor_cost", 35.5)
        .stringValue("labor_cost_change_mode", "start-today");
  }

  private static ProjectUserCreateRequest addManager() {
    return new ProjectUserCreateRequest()
        .projectId(PROJECT)
        .userId(USER)
        .manager(true)
        .laborCost(35.5)
        .laborCostChangeMode(RateChangeMode.START_TODAY);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact managerAdded(PactDslWithProvider builder) {
    return trackRequest(builder, "POST", PROJECT_USERS_PATH,
            "user 5123456 is in workspace 1234567 but not in project 202700150",
            "add a user to a project as manager with a labor cost")
        .body(addManagerBody())
        .willRespondWith()
        .status(200)
        .body(ProjectBodies.projectUser(new PactDslJsonBody(), PROJECT_USER, PROJECT, USER, true, 35.5))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "managerAdded")
  void managerAdded(MockServer mockServer) {
    ProjectUser added = projectUsers(mockServer).createProjectUser(WORKSPACE, addManager()).execute();

    assertEquals(PROJECT_USER, added.getId());
    assertEquals(PROJECT, added.getProjectId());
    assertEquals(USER, added.getUserId());
    assertTrue(added.getManager());
    assertEquals(35.5, added.getLaborCost());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact userNotInWorkspace(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", PROJECT_USERS_PATH,
            "user 5123456 is not a member of workspace 1234567",
            "add a user from outside the workspace to a project")
        .body(addManagerBody());
    return respondWithError(request, 400, INVALID_USER_ID);
  }

  @Test
  @PactTestFor(pactMethod = "userNotInWorkspace")
  void userNotInWorkspace(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, INVALID_USER_ID, "createProjectUser",
        () -> projectUsers(mockServer).createProjectUser(WORKSPACE, addManager()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUserCreationForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", PROJECT_USERS_PATH,
            "the user may not manage members of project 202700150",
            "add a user to a project without the right to")
        .body(addManagerBody());
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "projectUserCreationForbidden")
  void projectUserCreationForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "createProjectUser",
        () -> projectUsers(mockServer).createProjectUser(WORKSPACE, addManager()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUserCreationServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", PROJECT_USERS_PATH,
            "the project user service fails",
            "add a user to a project while the server fails")
        .body(addManagerBody());
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "projectUserCreationServerError")
  void projectUserCreationServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "createProjectUser",
        () -> projectUsers(mockServer).createProjectUser(WORKSPACE, addManager()).execute());
  }

  // ---- patchProjectUsers --------------------------------------------------------------------

  private static PactDslJsonArray makeManagersBody() {
    return new PactDslJsonArray()
        .object()
          .stringValue("op", "replace")
          .stringValue("path", "/manager")
          .booleanValue("value", true)
          .closeObject()
        .asArray();
  }

  /** Built with the typed bulk-edit builder; on the wire {@code [{"op":"replace","path":"/manager","value":true}]}. */
  private static List<ProjectUserPatchOperation> makeManagers() {
    return ProjectUserPatchOperation.changes().manager(true).build();
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact membersPromotedInBulk(PactDslWithProvider builder) {
    return trackRequest(builder, "PATCH", BULK_PATH,
            "workspace 1234567 has project users 98765432 and 98765433",
            "make two project users managers in bulk")
        .body(makeManagersBody())
        .willRespondWith()
        .status(200)
        .body(new PactDslJsonBody()
            .array("success")
              .integerType(PROJECT_USER)
              .integerType(OTHER_PROJECT_USER)
              .closeArray()
            .asBody()
            .array("failure")
              .closeArray())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "membersPromotedInBulk")
  void membersPromotedInBulk(MockServer mockServer) {
    BulkPatchResult result =
        projectUsers(mockServer).patchProjectUsers(WORKSPACE, BULK_IDS, makeManagers()).execute();

    assertEquals(List.of(PROJECT_USER, OTHER_PROJECT_USER), result.getSuccess());
    assertTrue(result.getFailure().isEmpty());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact bulkEditOfUnknownMembers(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PATCH", BULK_PATH,
            "workspace 1234567 has no project users 98765432 and 98765433",
            "make unknown project users managers in bulk")
        .body(makeManagersBody());
    return respondWithError(request, 400, PROJECT_USER_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "bulkEditOfUnknownMembers")
  void bulkEditOfUnknownMembers(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, PROJECT_USER_NOT_FOUND, "patchProjectUsers",
        () -> projectUsers(mockServer).patchProjectUsers(WORKSPACE, BULK_IDS, makeManagers()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact bulkMemberEditForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PATCH", BULK_PATH,
            "the user may not manage members of the projects of 98765432 and 98765433",
            "make project users managers in bulk without the right to")
        .body(makeManagersBody());
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "bulkMemberEditForbidden")
  void bulkMemberEditForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "patchProjectUsers",
        () -> projectUsers(mockServer).patchProjectUsers(WORKSPACE, BULK_IDS, makeManagers()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact bulkMemberEditServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PATCH", BULK_PATH,
            "the project user service fails",
            "make project users managers in bulk while the server fails")
        .body(makeManagersBody());
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "bulkMemberEditServerError")
  void bulkMemberEditServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "patchProjectUsers",
        () -> projectUsers(mockServer).patchProjectUsers(WORKSPACE, BULK_IDS, makeManagers()).execute());
  }

  // ---- updateProjectUser --------------------------------------------------------------------

  /** A raise for every past entry too: the change mode goes out under its wire name. */
  private static PactDslJsonBody raiseBody() {
    return new PactDslJsonBody()
        .decimalType("labor_cost", 42.5)
        .stringValue("labor_cost_change_mode", "override-all");
  }

  private static ProjectUserUpdateRequest raise() {
    return new ProjectUserUpdateRequest()
        .laborCost(42.5)
        .laborCostChangeMode(RateChangeMode.OVERRIDE_ALL);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact laborCostRaised(PactDslWithProvider builder) {
    return trackRequest(builder, "PUT", PROJECT_USER_PATH,
            "workspace 1234567 has project user 98765432 with labor cost 35.5",
            "raise a project user's labor cost for all time entries")
        .body(raiseBody())
        .willRespondWith()
        .status(200)
        .body(ProjectBodies.projectUser(new PactDslJsonBody(), PROJECT_USER, PROJECT, USER, false, 42.5))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "laborCostRaised")
  void laborCostRaised(MockServer mockServer) {
    ProjectUser updated =
        projectUsers(mockServer).updateProjectUser(WORKSPACE, PROJECT_USER, raise()).execute();

    assertEquals(PROJECT_USER, updated.getId());
    assertEquals(42.5, updated.getLaborCost());
    assertFalse(updated.getManager());
    assertEquals(OffsetDateTime.parse("2024-03-01T00:00:00+00:00"), updated.getRateLastUpdated());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateWithoutData(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PUT", PROJECT_USER_PATH,
            "workspace 1234567 has project user 98765432",
            "update a project user with an empty body")
        .body(new PactDslJsonBody());
    return respondWithError(request, 400, MISSING_DATA);
  }

  @Test
  @PactTestFor(pactMethod = "updateWithoutData")
  void updateWithoutData(MockServer mockServer) {
    // Nothing set: the client sends {} and leaves the judgement to the API.
    ProjectUserUpdateRequest nothing = new ProjectUserUpdateRequest();

    assertApiError(BadRequestException.class, 400, MISSING_DATA, "updateProjectUser",
        () -> projectUsers(mockServer).updateProjectUser(WORKSPACE, PROJECT_USER, nothing).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUserUpdateForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PUT", PROJECT_USER_PATH,
            "the user may not manage members of the project of 98765432",
            "raise a project user's labor cost without the right to")
        .body(raiseBody());
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "projectUserUpdateForbidden")
  void projectUserUpdateForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "updateProjectUser",
        () -> projectUsers(mockServer).updateProjectUser(WORKSPACE, PROJECT_USER, raise()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUserUpdateServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PUT", PROJECT_USER_PATH,
            "the project user service fails",
            "raise a project user's labor cost while the server fails")
        .body(raiseBody());
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "projectUserUpdateServerError")
  void projectUserUpdateServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "updateProjectUser",
        () -> projectUsers(mockServer).updateProjectUser(WORKSPACE, PROJECT_USER, raise()).execute());
  }

  // ---- deleteProjectUser --------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact memberRemoved(PactDslWithProvider builder) {
    return trackRequest(builder, "DELETE", PROJECT_USER_PATH,
            "workspace 1234567 has project user 98765432",
            "remove a user from a project")
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "memberRemoved")
  void memberRemoved(MockServer mockServer) {
    Void nothing = projectUsers(mockServer).deleteProjectUser(WORKSPACE, PROJECT_USER).execute();

    assertNull(nothing);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact removalOfUnknownMember(PactDslWithProvider builder) {
    var request = trackRequest(builder, "DELETE", PROJECT_USER_PATH,
        "workspace 1234567 has no project user 98765432",
        "remove a project user that does not exist");
    return respondWithError(request, 400, PROJECT_USER_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "removalOfUnknownMember")
  void removalOfUnknownMember(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, PROJECT_USER_NOT_FOUND, "deleteProjectUser",
        () -> projectUsers(mockServer).deleteProjectUser(WORKSPACE, PROJECT_USER).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact memberRemovalForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "DELETE", PROJECT_USER_PATH,
        "the user may not manage members of the project of 98765432",
        "remove a user from a project without the right to");
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "memberRemovalForbidden")
  void memberRemovalForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "deleteProjectUser",
        () -> projectUsers(mockServer).deleteProjectUser(WORKSPACE, PROJECT_USER).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact memberRemovalServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "DELETE", PROJECT_USER_PATH,
        "the project user service fails",
        "remove a user from a project while the server fails");
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "memberRemovalServerError")
  void memberRemovalServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "deleteProjectUser",
        () -> projectUsers(mockServer).deleteProjectUser(WORKSPACE, PROJECT_USER).execute());
  }
}
