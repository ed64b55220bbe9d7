package dev.togglkit.contract.track;

import static dev.togglkit.contract.PactClients.BASIC_AUTH_PATTERN;
import static dev.togglkit.contract.PactClients.TRACK_AUTHORIZATION;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactClients.jsonString;
import static dev.togglkit.contract.track.ProjectBodies.CLIENT;
import static dev.togglkit.contract.track.ProjectBodies.DATE_TIME;
import static dev.togglkit.contract.track.ProjectBodies.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import dev.togglkit.ForbiddenException;
import dev.togglkit.ServerException;
import dev.togglkit.contract.PactClients;
import dev.togglkit.track.api.ProjectsApi;
import dev.togglkit.track.api.ProjectsApi.ListProjectsQuery;
import dev.togglkit.track.model.BulkPatchResult;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectPatchOperation;
import dev.togglkit.track.model.ProjectPayload;
import dev.togglkit.track.model.ProjectStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts of the Track project operations, driven through {@code TogglTrack.projects()}. Every
 * documented status of listProjects, createProject, patchProjects, getProject, updateProject and
 * deleteProject has a scenario here.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.TRACK, pactVersion = PactSpecVersion.V4)
class ProjectsPactTest {

  private static final long PROJECT = 202700150L;
  private static final long OTHER_PROJECT = 204301830L;
  private static final long OTHER_CLIENT = 3456790L;

  private static final String PROJECTS_PATH = TRACK_BASE_PATH + "/workspaces/" + WORKSPACE + "/projects";
  private static final String PROJECT_PATH = PROJECTS_PATH + "/" + PROJECT;

  private static final String NO_ACCESS = "User does not have access to this resource.";
  private static final String SERVER_ERROR = "Internal Server Error";

  private static ProjectsApi projects(MockServer mockServer) {
    return PactClients.track(mockServer).projects();
  }

  private static void assertForbidden(String operation, ForbiddenException error) {
    assertEquals(403, error.statusCode());
    assertEquals(NO_ACCESS, error.errorMessage());
    assertEquals(operation, error.operation());
  }

  private static void assertServerError(String operation, ServerException error) {
    assertEquals(500, error.statusCode());
    assertEquals(SERVER_ERROR, error.errorMessage());
    assertEquals(operation, error.operation());
  }

  // ---- listProjects -------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact activeProjectsOfTwoClients(PactDslWithProvider builder) {
    PactDslJsonArray twoProjects = new PactDslJsonArray();
    ProjectBodies.activeProject(twoProjects.object(), PROJECT, "Website relaunch").closeObject();
    // The second project has not started yet and has no currency, estimate or rate history:
    // the nullable fields come back as JSON null.
    twoProjects.object()
        .integerType("id", OTHER_PROJECT)
        .integerType("workspace_id", WORKSPACE)
        .integerType("wid", WORKSPACE)
        .integerType("client_id", OTHER_CLIENT)
        .integerType("cid", OTHER_CLIENT)
        .stringType("name", "Mobile app")
        .booleanType("active", true)
        .stringValue("status", "upcoming")
        .nullValue("billable")
        .booleanType("is_private", false)
        .nullValue("currency")
        .nullValue("estimated_hours")
        .nullValue("actual_hours")
        .nullValue("rate_last_updated")
        .nullValue("current_period")
        .stringMatcher("created_at", DATE_TIME, "2024-05-20T09:15:00+00:00")
        .stringMatcher("at", DATE_TIME, "2024-05-20T09:15:00+00:00")
        .closeObject();
    return builder
        .given("workspace 1234567 has active projects 202700150 for client 3456789 and 204301830 for client 3456790")
        .uponReceiving("list the active projects of two clients, 50 per page")
        .method("GET")
        .path(PROJECTS_PATH)
        .query("active=true&per_page=50&client_ids=3456789,3456790")
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(200)
        .body(twoProjects)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "activeProjectsOfTwoClients")
  void activeProjectsOfTwoClients(MockServer mockServer) {
    ListProjectsQuery query = new ListProjectsQuery()
        .active("true")
        .perPage(50)
        .clientIds(CLIENT + "," + OTHER_CLIENT);

    List<Project> found = projects(mockServer).listProjects(WORKSPACE, query).execute();

    assertEquals(2, found.size());
    Project relaunch = found.get(0);
    assertEquals(PROJECT, relaunch.getId());
    assertEquals("Website relaunch", relaunch.getName());
    assertEquals(CLIENT, relaunch.getClientId());
    assertEquals(ProjectStatus.ACTIVE, relaunch.getStatus());
    assertEquals("EUR", relaunch.getCurrency());
    assertEquals(OffsetDateTime.parse("2024-05-16T08:42:10+00:00"), relaunch.getAt());
    assertEquals(LocalDate.of(2024, 5, 1), relaunch.getCurrentPeriod().getStartDate());
    assertNull(relaunch.getServerDeletedAt());

    Project app = found.get(1);
    assertEquals(OTHER_PROJECT, app.getId());
    assertEquals(OTHER_CLIENT, app.getClientId());
    assertEquals(ProjectStatus.UPCOMING, app.getStatus());
    assertNull(app.getBillable());
    assertNull(app.getCurrency());
    assertNull(app.getEstimatedHours());
    assertNull(app.getRateLastUpdated());
    assertNull(app.getCurrentPeriod());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectsForbidden(PactDslWithProvider builder) {
    return builder
        .given("the user is not a member of workspace 1234567")
        .uponReceiving("list the projects of a workspace the user cannot see")
        .method("GET")
        .path(PROJECTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(403)
        .body(jsonString(NO_ACCESS), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectsForbidden")
  void projectsForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> projects(mockServer).listProjects(WORKSPACE, new ListProjectsQuery()).execute());

    assertForbidden("listProjects", error);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectListServerError(PactDslWithProvider builder) {
    return builder
        .given("the project service fails")
        .uponReceiving("list projects while the server fails")
        .method("GET")
        .path(PROJECTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(jsonString(SERVER_ERROR), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectListServerError")
  void projectListServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> projects(mockServer).listProjects(WORKSPACE, new ListProjectsQuery()).execute());

    assertServerError("listProjects", error);
  }

  // ---- createProject ------------------------------------------------------------------------

  /** What the client sends for {@link #newProject()}: only the fields that are set. */
  private static PactDslJsonBody newProjectBody() {
    return new PactDslJsonBody()
        .stringValue("name", "Website relaunch")
        .integerType("client_id", CLIENT)
        .booleanValue("is_private", true)
        .booleanValue("billable", true)
        .stringValue("color", "#06aaf5");
  }

  private static ProjectPayload newProject() {
    return new ProjectPayload()
        .name("Website relaunch")
        .clientId(CLIENT)
        .isPrivate(true)
        .billable(true)
        .color("#06aaf5");
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectCreated(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has client 3456789 and no project named Website relaunch")
        .uponReceiving("create a private billable project for a client")
        .method("POST")
        .path(PROJECTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(newProjectBody())
        .willRespondWith()
        .status(200)
        .body(ProjectBodies.activeProject(new PactDslJsonBody(), PROJECT, "Website relaunch"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectCreated")
  void projectCreated(MockServer mockServer) {
    Project created = projects(mockServer).createProject(WORKSPACE, newProject()).execute();

    assertEquals(PROJECT, created.getId());
    assertEquals("Website relaunch", created.getName());
    assertEquals(CLIENT, created.getClientId());
    assertEquals(ProjectStatus.ACTIVE, created.getStatus());
    assertTrue(created.getIsPrivate());
    assertEquals(OffsetDateTime.parse("2024-01-02T10:00:00Z"), created.getCreatedAt());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectCreationForbidden(PactDslWithProvider builder) {
    return builder
        .given("the user may not create projects in workspace 1234567")
        .uponReceiving("create a project without the right to")
        .method("POST")
        .path(PROJECTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(newProjectBody())
        .willRespondWith()
        .status(403)
        .body(jsonString(NO_ACCESS), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectCreationForbidden")
  void projectCreationForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> projects(mockServer).createProject(WORKSPACE, newProject()).execute());

    assertForbidden("createProject", error);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectCreationServerError(PactDslWithProvider builder) {
    return builder
        .given("the project service fails")
        .uponReceiving("create a project while the server fails")
        .method("POST")
        .path(PROJECTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(newProjectBody())
        .willRespondWith()
        .status(500)
        .body(jsonString(SERVER_ERROR), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectCreationServerError")
  void projectCreationServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> projects(mockServer).createProject(WORKSPACE, newProject()).execute());

    assertServerError("createProject", error);
  }

  // ---- patchProjects ------------------------------------------------------------------------

  private static final String BULK_IDS = PROJECT + "," + OTHER_PROJECT;

  /** One JSON Patch style operation: deactivate. */
  private static PactDslJsonArray deactivateBody() {
    return new PactDslJsonArray()
        .object()
          .stringValue("op", "replace")
          .stringValue("path", "/active")
          .booleanValue("value", false)
          .closeObject()
        .asArray();
  }

  private static List<ProjectPatchOperation> deactivate() {
    return List.of(new ProjectPatchOperation()
        .op(ProjectPatchOperation.OpEnum.REPLACE)
        .path("/active")
        .value(false));
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectsDeactivatedInBulk(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has project 202700150 but not project 204301830")
        .uponReceiving("deactivate two projects in bulk, one of them unknown")
        .method("PATCH")
        .path(PROJECTS_PATH + "/" + BULK_IDS)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(deactivateBody())
        .willRespondWith()
        .status(200)
        .body(new PactDslJsonBody()
            .array("success")
              .integerType(PROJECT)
              .closeArray()
            .asBody()
            .array("failure")
              .object()
                .integerType("id", OTHER_PROJECT)
                .stringType("message", "Project not found/accessible")
                .closeObject()
              .closeArray())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectsDeactivatedInBulk")
  void projectsDeactivatedInBulk(MockServer mockServer) {
    BulkPatchResult result = projects(mockServer).patchProjects(WORKSPACE, BULK_IDS, deactivate()).execute();

    assertEquals(List.of(PROJECT), result.getSuccess());
    assertEquals(1, result.getFailure().size());
    assertEquals(OTHER_PROJECT, result.getFailure().get(0).getId());
    assertEquals("Project not found/accessible", result.getFailure().get(0).getMessage());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact bulkProjectEditServerError(PactDslWithProvider builder) {
    return builder
        .given("the project service fails")
        .uponReceiving("deactivate projects in bulk while the server fails")
        .method("PATCH")
        .path(PROJECTS_PATH + "/" + BULK_IDS)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(deactivateBody())
        .willRespondWith()
        .status(500)
        .body(jsonString(SERVER_ERROR), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "bulkProjectEditServerError")
  void bulkProjectEditServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> projects(mockServer).patchProjects(WORKSPACE, BULK_IDS, deactivate()).execute());

    assertServerError("patchProjects", error);
  }

  // ---- getProject ---------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact archivedProjectWithoutClient(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has archived project 202700150 without a client")
        .uponReceiving("get an archived project that has no client")
        .method("GET")
        .path(PROJECT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(200)
        .body(new PactDslJsonBody()
            .integerType("id", PROJECT)
            .integerType("workspace_id", WORKSPACE)
            .integerType("wid", WORKSPACE)
            .nullValue("client_id")
            .nullValue("cid")
            .stringType("name", "Old intranet")
            .booleanType("active", false)
            .stringValue("status", "archived")
            .booleanType("is_private", false)
            .stringMatcher("at", DATE_TIME, "2024-05-16T08:42:10+00:00")
            .nullValue("server_deleted_at"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "archivedProjectWithoutClient")
  void archivedProjectWithoutClient(MockServer mockServer) {
    Project project = projects(mockServer).getProject(WORKSPACE, PROJECT).execute();

    assertEquals(PROJECT, project.getId());
    assertEquals(ProjectStatus.ARCHIVED, project.getStatus());
    assertFalse(project.getActive());
    assertNull(project.getClientId());
    assertNull(project.getCid());
    assertEquals(OffsetDateTime.parse("2024-05-16T08:42:10+00:00"), project.getAt());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectForbidden(PactDslWithProvider builder) {
    return builder
        .given("project 202700150 is private and the user is not a member")
        .uponReceiving("get a private project of someone else")
        .method("GET")
        .path(PROJECT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(403)
        .body(jsonString(NO_ACCESS), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectForbidden")
  void projectForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> projects(mockServer).getProject(WORKSPACE, PROJECT).execute());

    assertForbidden("getProject", error);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectServerError(PactDslWithProvider builder) {
    return builder
        .given("the project service fails")
        .uponReceiving("get a project while the server fails")
        .method("GET")
        .path(PROJECT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(jsonString(SERVER_ERROR), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectServerError")
  void projectServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> projects(mockServer).getProject(WORKSPACE, PROJECT).execute());

    assertServerError("getProject", error);
  }

  // ---- updateProject ------------------------------------------------------------------------

  private static PactDslJsonBody renameBody() {
    return new PactDslJsonBody().stringValue("name", "Website relaunch 2025");
  }

  private static ProjectPayload rename() {
    return new ProjectPayload().name("Website relaunch 2025");
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectRenamed(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has project 202700150 named Website relaunch")
        .uponReceiving("rename a project")
        .method("PUT")
        .path(PROJECT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(renameBody())
        .willRespondWith()
        .status(200)
        .body(ProjectBodies.activeProject(new PactDslJsonBody(), PROJECT, "Website relaunch 2025"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectRenamed")
  void projectRenamed(MockServer mockServer) {
    Project updated = projects(mockServer).updateProject(WORKSPACE, PROJECT, rename()).execute();

    assertEquals(PROJECT, updated.getId());
    assertEquals("Website relaunch 2025", updated.getName());
    assertEquals(ProjectStatus.ACTIVE, updated.getStatus());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUpdateForbidden(PactDslWithProvider builder) {
    return builder
        .given("the user may not edit project 202700150")
        .uponReceiving("rename a project without the right to")
        .method("PUT")
        .path(PROJECT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(renameBody())
        .willRespondWith()
        .status(403)
        .body(jsonString(NO_ACCESS), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectUpdateForbidden")
  void projectUpdateForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> projects(mockServer).updateProject(WORKSPACE, PROJECT, rename()).execute());

    assertForbidden("updateProject", error);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUpdateServerError(PactDslWithProvider builder) {
    return builder
        .given("the project service fails")
        .uponReceiving("rename a project while the server fails")
        .method("PUT")
        .path(PROJECT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(renameBody())
        .willRespondWith()
        .status(500)
        .body(jsonString(SERVER_ERROR), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectUpdateServerError")
  void projectUpdateServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> projects(mockServer).updateProject(WORKSPACE, PROJECT, rename()).execute());

    assertServerError("updateProject", error);
  }

  // ---- deleteProject ------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectDeletedKeepingTimeEntries(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has project 202700150 with time entries")
        .uponReceiving("delete a project and unassign its time entries")
        .method("DELETE")
        .path(PROJECT_PATH)
        .query("teDeletionMode=unassign")
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectDeletedKeepingTimeEntries")
  void projectDeletedKeepingTimeEntries(MockServer mockServer) {
    Void nothing = projects(mockServer).deleteProject(WORKSPACE, PROJECT, "unassign").execute();

    assertNull(nothing);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectDeletionForbidden(PactDslWithProvider builder) {
    return builder
        .given("the user may not delete project 202700150")
        .uponReceiving("delete a project without the right to")
        .method("DELETE")
        .path(PROJECT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(403)
        .body(jsonString(NO_ACCESS), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectDeletionForbidden")
  void projectDeletionForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> projects(mockServer).deleteProject(WORKSPACE, PROJECT, null).execute());

    assertForbidden("deleteProject", error);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectDeletionServerError(PactDslWithProvider builder) {
    return builder
        .given("the project service fails")
        .uponReceiving("delete a project while the server fails")
        .method("DELETE")
        .path(PROJECT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(jsonString(SERVER_ERROR), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectDeletionServerError")
  void projectDeletionServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> projects(mockServer).deleteProject(WORKSPACE, PROJECT, null).execute());

    assertServerError("deleteProject", error);
  }
}
