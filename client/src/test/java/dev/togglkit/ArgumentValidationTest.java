package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.ThingsApi;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ArgumentValidationTest extends MockServerTest {

  private void refused(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
    assertEquals(0, server.getRequestCount(), "nothing may be sent");
  }

  @Test
  void pathIdsMustBePositive() {
    ThingsApi api = things();
    refused("getThing: workspace_id must be a positive id, was 0", () -> api.getThing(0L, 2L));
    refused("getThing: thing_id must be a positive id, was -5", () -> api.getThing(1L, -5L));
    refused("updateThing: thing_id must be a positive id, was 0",
        () -> api.updateThing(1L, 0, new NewThing("a", 1L)));
  }

  @Test
  void pathParametersMustNotBeNullOrBlank() {
    ThingsApi api = things();
    refused("listThings: workspace_id must not be null", () -> api.listThings(null, "both"));
    refused("patchThings: thing_ids must not be blank",
        () -> api.patchThings(1L, " ", List.of(new NewThing("a", 1L))));
  }

  @Test
  void bodyMustBePresentAndComplete() {
    ThingsApi api = things();
    refused("createThing: the request body must not be null", () -> api.createThing(1L, null));
    refused("createThing: the request body is missing required fields name, workspace_id",
        () -> api.createThing(1L, new NewThing()));
    refused("createThing: the request body is missing required field name",
        () -> api.createThing(1L, new NewThing(null, 1L)));
    refused("patchThings: request body item 1 is missing required field workspace_id",
        () -> api.patchThings(1L, "2", Arrays.asList(new NewThing("a", 1L), new NewThing("b", null))));
  }

  @Test
  void validArgumentsGoThrough() throws Exception {
    server.enqueue(json(200, "{\"id\":1}"));
    things().createThing(1L, new NewThing("a", 1L)).execute();
    assertEquals("/api/v9/workspaces/1/things", server.takeRequest().getPath());
  }

  @Test
  void queryParametersMayBeNull() throws Exception {
    server.enqueue(json(200, "[]"));
    things().listThings(1L, null).execute();
    assertEquals("/api/v9/workspaces/1/things", server.takeRequest().getPath());
  }
}
