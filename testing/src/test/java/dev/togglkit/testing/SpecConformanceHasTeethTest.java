package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.testing.spec.SpecConformance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check every fake answer passes through finds what it should: otherwise "0 findings" means nothing. */
class SpecConformanceHasTeethTest {

  private static ReceivedRequest answer(TogglOperation op, String path, int status, String body) {
    return new ReceivedRequest(op, op.method(), path, null, "", "Basic", status, body,
        Map.of("Content-Type", "application/json"), "r1", List.of());
  }

  private static List<String> findings(ReceivedRequest exchange) {
    return SpecConformance.get().validate(exchange);
  }

  @Test
  void aConformingAnswerHasNoFindings() {
    assertEquals(List.of(), findings(answer(TogglOperation.TRACK_GET_CLIENT, "/api/v9/workspaces/1/clients/2", 404,
        Documented.track("clientNotFound", "client_id", 2))));
  }

  @Test
  void anUndocumentedStatusIsAFinding() {
    List<String> found = findings(answer(TogglOperation.TRACK_GET_PROJECT, "/api/v9/workspaces/1/projects/2", 404,
        "\"Not Found\""));
    assertTrue(found.toString().startsWith("[GET /api/v9/workspaces/1/projects/2 -> 404: status '404'"), found.toString());
  }

  @Test
  void aStatusLeftOutByDesignIsHeldToTheSpecWhereAnOperationDocumentsIt() {
    ReceivedRequest customColour = answer(TogglOperation.TRACK_CREATE_PROJECT, "/api/v9/workspaces/1/projects", 402,
        Documented.track("customColor"));
    ReceivedRequest archiving = answer(TogglOperation.TRACK_ARCHIVE_CLIENT, "/api/v9/workspaces/1/clients/2/archive",
        402, "\"Archiving clients is a premium feature\"");

    assertTrue(SpecConformance.get().holdsToTheSpec(customColour), "createProject documents 402 (C-42)");
    assertEquals(List.of(), findings(customColour));
    assertFalse(SpecConformance.get().holdsToTheSpec(archiving), "archiveClient documents no 402 (C-24)");
  }

  @Test
  void anUndeclaredFieldIsAFinding() {
    List<String> found = findings(answer(TogglOperation.TRACK_GET_CLIENT, "/api/v9/workspaces/1/clients/2", 200,
        "{\"id\":2,\"name\":\"Acme\",\"title\":\"Acme\"}"));
    assertTrue(found.toString().contains("title"), found.toString());
  }

  @Test
  void aWrongTypeIsAFinding() {
    List<String> found = findings(answer(TogglOperation.FOCUS_LIST_CLIENTS, "/api/workspaces/1/clients", 200,
        "{\"data\":[{\"id\":\"3\"}],\"page\":1,\"per_page\":20}"));
    assertTrue(found.toString().contains("response body '/data/0/id'"), found.toString());
  }
}
