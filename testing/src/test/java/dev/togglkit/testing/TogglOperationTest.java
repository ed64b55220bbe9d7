package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.togglkit.testing.TogglOperation.Api;
import dev.togglkit.testing.internal.OperationTable;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The public enum names exactly the operations of the table generated from the spec, with its method and path. */
class TogglOperationTest {

  @Test
  void theEnumHasOneConstantPerOperationOfTheSpec() {
    Set<String> table = new TreeSet<>();
    for (Api api : Api.values()) {
      OperationTable.rows(api).forEach(row -> table.add(api + " " + row.operationId + " " + row.method + " " + row.path));
    }
    Set<String> constants = new TreeSet<>();
    for (TogglOperation op : TogglOperation.values()) {
      constants.add(op.api() + " " + op.operationId() + " " + op.method() + " " + op.pathTemplate());
    }
    assertEquals(table, constants);
  }

  @Test
  void namesFollowTheOperationId() {
    assertEquals("listProjectUsers", TogglOperation.TRACK_LIST_PROJECT_USERS.operationId());
    assertEquals("PATCH", TogglOperation.FOCUS_RESTORE_CLIENT.method());
    assertEquals("/workspaces/{workspace_id}/clients/{client_id}/restore",
        TogglOperation.FOCUS_RESTORE_CLIENT.pathTemplate());
  }
}
