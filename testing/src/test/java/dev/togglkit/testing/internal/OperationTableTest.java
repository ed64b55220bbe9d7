package dev.togglkit.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.testing.TogglOperation.Api;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading the operation table generated from spec/: what the fake's routing, errors and patch rules rely on. */
class OperationTableTest {

  @Test
  void rowsCarryMethodPathStatusesAndPaging() {
    OperationTable.Row list = OperationTable.row(Api.TRACK, "listProjects");

    assertEquals("GET", list.method);
    assertEquals("/workspaces/{workspace_id}/projects", list.path);
    assertTrue(list.statuses.containsKey(200));
    assertEquals(200, list.pageSize);
    assertNull(OperationTable.row(Api.TRACK, "getProject").pageSize);
    assertEquals(20, OperationTable.rows(Api.TRACK).size(), "18 from the doc pages, getMe and listMyWorkspaces");
    assertEquals(6, OperationTable.rows(Api.FOCUS).size());
  }

  @Test
  void templatesAreFilledFromValuesAndKeepWhatHasNone() {
    OperationTable.Message notFound = OperationTable.row(Api.TRACK, "getClient").message(404, "clientNotFound");

    assertTrue(notFound.isTemplate());
    assertEquals(notFound.example, notFound.fill(Map.of("client_id", "3456789")), "the spec's own example");
    assertTrue(notFound.fill(Map.of()).contains("{client_id}"));
  }

  @Test
  void focusMessagesCarryTheirErrorCode() {
    OperationTable.Message invalid = OperationTable.message(Api.FOCUS, "invalidRequest");

    assertEquals("invalid_request", invalid.error);
    assertNull(invalid.example);
  }

  @Test
  void patchFieldsComeFromTheSchemasExtension() {
    assertEquals(Set.of("manager", "labor_cost", "rate"), OperationTable.patchFields(Api.TRACK, "ProjectUserPatchOperation"));
    assertEquals(Set.of("labor_cost", "rate"), OperationTable.removableFields(Api.TRACK, "ProjectUserPatchOperation"));
    assertTrue(OperationTable.patchFields(Api.TRACK, "ProjectPatchOperation").contains("client_id"));
    assertEquals(Set.of(), OperationTable.patchFields(Api.TRACK, "Client"), "a schema without the extension");
  }

  @Test
  void anUnknownOperationOrMessageIsRefusedByName() {
    IllegalArgumentException operation = assertThrows(IllegalArgumentException.class,
        () -> OperationTable.row(Api.FOCUS, "archiveClient"));
    assertTrue(operation.getMessage().contains("archiveClient"), operation.getMessage());
    IllegalStateException undocumented = assertThrows(IllegalStateException.class,
        () -> OperationTable.row(Api.TRACK, "getClient").message(400, "clientNameEmpty"));
    assertTrue(undocumented.getMessage().contains("getClient documents no 400 message named 'clientNameEmpty'"),
        undocumented.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OperationTable.message(Api.TRACK, "noSuchMessage"));
  }
}
