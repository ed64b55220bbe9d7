package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.TogglDecodingException;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectPayload;
import dev.togglkit.track.model.ProjectStatus;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Forward compatibility against a loopback server: unknown response keys kept in
 * {@code additionalProperties()}, the wire string behind an enum's {@code UNKNOWN}, and an explicit
 * JSON {@code null} in an update (an unset property still left out). The strict decoding
 * guarantees hold for the kept keys too.
 */
class EscapeHatchesTest extends MockServerTest {

  @Test
  void unknownKeysAreKeptReadOnlyWithTheirValues() {
    server.enqueue(json(200, "{\"id\":2,\"name\":\"Acme\",\"color_name\":\"red\","
        + "\"nested\":{\"a\":[1,true,null]},\"gone\":null}"));

    Client client = trackBuilder().build().clients().getClient(1L, 2L).execute();

    Map<String, Object> extra = client.additionalProperties();
    assertEquals(List.of("color_name", "nested", "gone"), List.copyOf(extra.keySet()));
    assertEquals("red", extra.get("color_name"));
    assertEquals(Map.of("a", java.util.Arrays.asList(1.0, true, null)), extra.get("nested"));
    assertTrue(extra.containsKey("gone"));
    assertNull(extra.get("gone"));
    assertEquals("Acme", client.getName());
    assertThrows(UnsupportedOperationException.class, () -> extra.put("x", 1));
  }

  @Test
  void aModelWithOnlyKnownKeysOrBuiltByHandHasNone() {
    server.enqueue(json(200, "{\"id\":2,\"name\":\"Acme\"}"));
    assertEquals(Map.of(), trackBuilder().build().clients().getClient(1L, 2L).execute().additionalProperties());
    assertEquals(Map.of(), new Client().additionalProperties());
  }

  @Test
  void aKeptKeyTwiceOrADuplicateInsideItIsStillADecodingError() {
    server.enqueue(json(200, "{\"id\":2,\"extra\":1,\"extra\":2}"));
    server.enqueue(json(200, "{\"id\":2,\"extra\":{\"a\":1,\"a\":2}}"));
    TogglTrack track = trackBuilder().build();

    TogglDecodingException twice = assertThrows(TogglDecodingException.class,
        () -> track.clients().getClient(1L, 2L).execute());
    assertTrue(String.valueOf(twice.getCause()).contains("duplicate key 'extra'"), String.valueOf(twice.getCause()));
    assertThrows(TogglDecodingException.class, () -> track.clients().getClient(1L, 2L).execute());
  }

  @Test
  void anUnknownEnumValueKeepsItsWireString() {
    server.enqueue(json(200, "[{\"id\":1,\"status\":\"paused\"},{\"id\":2,\"status\":\"active\"},{\"id\":3}]"));

    List<Project> projects = trackBuilder().build().projects().listProjects(1L).execute();

    assertEquals(ProjectStatus.UNKNOWN, projects.get(0).getStatus());
    assertEquals("paused", projects.get(0).getStatusRawValue());
    assertEquals(ProjectStatus.ACTIVE, projects.get(1).getStatus());
    assertEquals("active", projects.get(1).getStatusRawValue());
    assertNull(projects.get(2).getStatusRawValue());
    projects.get(0).setStatus(ProjectStatus.ENDED);
    assertEquals("ended", projects.get(0).getStatusRawValue(), "setting the property forgets the raw string");
  }

  @Test
  void anUpdateSendsAnExplicitNullOnlyForAPropertySetToNull() throws InterruptedException {
    server.enqueue(json(200, "{\"id\":9,\"name\":\"Web\"}"));
    server.enqueue(json(200, "{\"id\":9,\"name\":\"Web\"}"));
    server.enqueue(json(200, "{\"id\":9,\"name\":\"Web\"}"));
    TogglTrack track = trackBuilder().build();

    track.projects().updateProject(1L, 9L, new ProjectPayload().name("Web").clientId(null)).execute();
    track.projects().updateProject(1L, 9L, new ProjectPayload().name("Web")).execute();
    track.projects().updateProject(1L, 9L, new ProjectPayload().name("Web").clientId(null).clientId(5L)).execute();

    assertEquals("{\"client_id\":null,\"name\":\"Web\"}", body(server.takeRequest()));
    assertEquals("{\"name\":\"Web\"}", body(server.takeRequest()));
    assertEquals("{\"client_id\":5,\"name\":\"Web\"}", body(server.takeRequest()));
  }

  @Test
  void aPropertyTheSpecDoesNotMarkNullableIsLeftOutWhenSetToNull() throws InterruptedException {
    server.enqueue(json(200, "{\"id\":9}"));
    trackBuilder().build().projects().updateProject(1L, 9L, new ProjectPayload().name("Web").color(null)).execute();
    String sent = body(server.takeRequest());
    assertFalse(sent.contains("color"), sent);
  }

  private static String body(RecordedRequest request) {
    return request.getBody().readUtf8();
  }
}
