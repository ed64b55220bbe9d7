package dev.togglkit.contract.track;

import static dev.togglkit.contract.ApiErrors.assertApiError;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactRequests.trackRequest;
import static dev.togglkit.contract.track.ProjectBodies.DATE_TIME;
import static dev.togglkit.contract.track.TrackErrors.NO_ACCESS;
import static dev.togglkit.contract.track.TrackErrors.PREMIUM_ONLY_COLOR;
import static dev.togglkit.contract.track.TrackErrors.SERVER_ERROR;
import static dev.togglkit.contract.track.TrackErrors.respondWithError;
import static dev.togglkit.contract.track.TrackIds.CLIENT;
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
import dev.togglkit.track.api.ProjectsApi;
import dev.togglkit.track.api.DeleteProjectParams;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.errors.ForbiddenException;
import dev.togglkit.errors.PremiumFeatureException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.track.model.BulkPatchResult;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectActiveFilter;
import dev.togglkit.track.model.ProjectPatchOperation;
import dev.togglkit.track.model.ProjectPayload;
import dev.togglkit.track.model.ProjectStatus;
import dev.togglkit.track.model.TimeEntryDeletionMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts of the Track project operations, driven through {@code TogglTrack.projects()}. Every
 * documented status of listProjects, createProject, patchProjects, getProject, updateProject and
 * deleteProject has a scenario here, the premium-only 402 of create and update included (CURATION C-42).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.TRACK, pactVersion = PactSpecVersion.V4)
class ProjectsPactTest {

  private static final long OTHER_CLIENT = 3456790L;

  private static final String PROJECTS_PATH = TRACK_BASE_PATH + "/workspaces/" + WORKSPACE + "/projects";
  private static final String PROJECT_PATH = PROJECTS_PATH + "/" + PROJECT;

  /** A colour outside the free plan's palette, which only premium workspaces may pick. */
  private static final String CUSTOM_COLOUR = "#ff7f50";

  private static ProjectsApi projects(MockServer mockServer) {
    return PactClients.track(mockServer).projects();
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
    return trackRequest(builder, "GET", PROJECTS_PATH,
            "workspace 1234567 has active projects 202700150 for client 3456789 and 204301830 for client 3456790",
            "list the active projects of two clients, 50 per page")
        .query("active=true&per_page=50&client_ids=3456789,3456790")
        .willRespondWith()
        .status(200)
        .body(twoProjects)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "activeProjectsOfTwoClients")
  void activeProjectsOfTwoClients(MockServer mockServer) {
    ListProjectsParams query = ListProjectsParams.builder()
        .active(ProjectActiveFilter.TRUE)
        .perPage(50)
        .clientIds(IdList.of(CLIENT, OTHER_CLIENT))
        .build();

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
    var request = trackRequest(builder, "GET", PROJECTS_PATH,
        "the user is not a member of workspace 1234567",
        "list the projects of a workspace the user cannot see");
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "projectsForbidden")
  void projectsForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "listProjects",
        () -> projects(mockServer).listProjects(WORKSPACE).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectListServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "GET", PROJECTS_PATH,
        "the project service fails",
        "list projects while the server fails");
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "projectListServerError")
  void projectListServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "listProjects",
        () -> projects(mockServer).listProjects(WORKSPACE).execute());
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
    return trackRequest(builder, "POST", PROJECTS_PATH,
            "workspace 1234567 has client 3456789 and no project named Website relaunch",
            "create a private billable project for a client")
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
    var request = trackRequest(builder, "POST", PROJECTS_PATH,
            "the user may not create projects in workspace 1234567",
            "create a project without the right to")
        .body(newProjectBody());
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "projectCreationForbidden")
  void projectCreationForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "createProject",
        () -> projects(mockServer).createProject(WORKSPACE, newProject()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectCreationServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", PROJECTS_PATH,
            "the project service fails",
            "create a project while the server fails")
        .body(newProjectBody());
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "projectCreationServerError")
  void projectCreationServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "createProject",
        () -> projects(mockServer).createProject(WORKSPACE, newProject()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectCreationNeedsPremium(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", PROJECTS_PATH,
            "workspace 1234567 is on the free plan",
            "create a project with a custom colour on the free plan")
        .body(new PactDslJsonBody().stringValue("name", "Website relaunch").stringValue("color", CUSTOM_COLOUR));
    return respondWithError(request, 402, PREMIUM_ONLY_COLOR);
  }

  @Test
  @PactTestFor(pactMethod = "projectCreationNeedsPremium")
  void projectCreationNeedsPremium(MockServer mockServer) {
    assertApiError(PremiumFeatureException.class, 402, PREMIUM_ONLY_COLOR, "createProject",
        () -> projects(mockServer)
            .createProject(WORKSPACE, new ProjectPayload().name("Website relaunch").color(CUSTOM_COLOUR))
            .execute());
  }

  // ---- patchProjects ------------------------------------------------------------------------

  private static final IdList BULK_IDS = IdList.of(PROJECT, OTHER_PROJECT);

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
    return ProjectPatchOperation.changes().active(false).build();
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectsDeactivatedInBulk(PactDslWithProvider builder) {
    return trackRequest(builder, "PATCH", PROJECTS_PATH + "/" + BULK_IDS,
            "workspace 1234567 has project 202700150 but not project 204301830",
            "deactivate two projects in bulk, one of them unknown")
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
    var request = trackRequest(builder, "PATCH", PROJECTS_PATH + "/" + BULK_IDS,
            "the project service fails",
            "deactivate projects in bulk while the server fails")
        .body(deactivateBody());
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "bulkProjectEditServerError")
  void bulkProjectEditServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "patchProjects",
        () -> projects(mockServer).patchProjects(WORKSPACE, BULK_IDS, deactivate()).execute());
  }

  // ---- getProject ---------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact archivedProjectWithoutClient(PactDslWithProvider builder) {
    return trackRequest(builder, "GET", PROJECT_PATH,
            "workspace 1234567 has archived project 202700150 without a client",
            "get an archived project that has no client")
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
    var request = trackRequest(builder, "GET", PROJECT_PATH,
        "project 202700150 is private and the user is not a member",
        "get a private project of someone else");
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "projectForbidden")
  void projectForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "getProject",
        () -> projects(mockServer).getProject(WORKSPACE, PROJECT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "GET", PROJECT_PATH,
        "the project service fails",
        "get a project while the server fails");
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "projectServerError")
  void projectServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "getProject",
        () -> projects(mockServer).getProject(WORKSPACE, PROJECT).execute());
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
    return trackRequest(builder, "PUT", PROJECT_PATH,
            "workspace 1234567 has project 202700150 named Website relaunch",
            "rename a project")
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
    var request = trackRequest(builder, "PUT", PROJECT_PATH,
            "the user may not edit project 202700150",
            "rename a project without the right to")
        .body(renameBody());
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "projectUpdateForbidden")
  void projectUpdateForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "updateProject",
        () -> projects(mockServer).updateProject(WORKSPACE, PROJECT, rename()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUpdateServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PUT", PROJECT_PATH,
            "the project service fails",
            "rename a project while the server fails")
        .body(renameBody());
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "projectUpdateServerError")
  void projectUpdateServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "updateProject",
        () -> projects(mockServer).updateProject(WORKSPACE, PROJECT, rename()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectUpdateNeedsPremium(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PUT", PROJECT_PATH,
            "workspace 1234567 is on the free plan and has project 202700150",
            "give a project a custom colour on the free plan")
        .body(new PactDslJsonBody().stringValue("color", CUSTOM_COLOUR));
    return respondWithError(request, 402, PREMIUM_ONLY_COLOR);
  }

  @Test
  @PactTestFor(pactMethod = "projectUpdateNeedsPremium")
  void projectUpdateNeedsPremium(MockServer mockServer) {
    assertApiError(PremiumFeatureException.class, 402, PREMIUM_ONLY_COLOR, "updateProject",
        () -> projects(mockServer).updateProject(WORKSPACE, PROJECT, new ProjectPayload().color(CUSTOM_COLOUR))
            .execute());
  }

  // ---- deleteProject ------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectDeletedKeepingTimeEntries(PactDslWithProvider builder) {
    return trackRequest(builder, "DELETE", PROJECT_PATH,
            "workspace 1234567 has project 202700150 with time entries",
            "delete a project and unassign its time entries")
        .query("teDeletionMode=unassign")
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "projectDeletedKeepingTimeEntries")
  void projectDeletedKeepingTimeEntries(MockServer mockServer) {
    Void nothing = projects(mockServer)
        .deleteProject(WORKSPACE, PROJECT, DeleteProjectParams.builder().teDeletionMode(TimeEntryDeletionMode.UNASSIGN).build())
        .execute();

    assertNull(nothing);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectDeletionForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "DELETE", PROJECT_PATH,
        "the user may not delete project 202700150",
        "delete a project without the right to");
    return respondWithError(request, 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "projectDeletionForbidden")
  void projectDeletionForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "deleteProject",
        () -> projects(mockServer).deleteProject(WORKSPACE, PROJECT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact projectDeletionServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "DELETE", PROJECT_PATH,
        "the project service fails",
        "delete a project while the server fails");
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "projectDeletionServerError")
  void projectDeletionServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "deleteProject",
        () -> projects(mockServer).deleteProject(WORKSPACE, PROJECT).execute());
  }
}
