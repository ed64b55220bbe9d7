package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.TogglDecodingException;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Response fields the spec marks required and read-only (C-39: {@code Client.id}, {@code Project.id})
 * are non-null in Java, and a response without one is a decoding error naming the field.
 */
class RequiredResponseFieldsTest extends MockServerTest {

  @Test
  void aClientWithItsIdDecodesToAPrimitiveId() {
    server.enqueue(json(200, "{\"id\":3456789,\"name\":\"Acme\"}"));

    Client client = trackBuilder().build().clients().getClient(1L, 3456789L).execute();

    long id = client.getId();
    assertEquals(3456789L, id);
  }

  @Test
  void aClientWithoutItsIdIsADecodingErrorNamingTheField() {
    server.enqueue(json(200, "{\"name\":\"Acme\"}"));

    TogglDecodingException e = assertThrows(TogglDecodingException.class,
        () -> trackBuilder().build().clients().getClient(1L, 2L).execute());

    assertTrue(String.valueOf(e.getCause()).contains("required key 'id' missing (or null) in a Client object"),
        String.valueOf(e.getCause()));
    assertEquals("getClient", e.operation());
  }

  @Test
  void aNullIdInTheSecondProjectOfAListIsRefusedWithItsPath() {
    server.enqueue(json(200, "[{\"id\":1,\"name\":\"A\"},{\"id\":null,\"name\":\"B\"}]"));

    TogglDecodingException e = assertThrows(TogglDecodingException.class,
        () -> trackBuilder().build().projects().listProjects(1L).execute());

    assertTrue(String.valueOf(e.getCause()).contains("required key 'id' missing (or null) in a Project object at path $[1]"),
        String.valueOf(e.getCause()));
  }

  @Test
  void optionalFieldsMayStillBeMissing() {
    server.enqueue(json(200, "[{\"id\":1}]"));

    List<Project> projects = trackBuilder().build().projects().listProjects(1L).execute();

    assertEquals(1L, projects.get(0).getId());
    assertEquals(null, projects.get(0).getName());
  }

  @Test
  void aHandBuiltModelWithoutItsIdSaysSoInsteadOfReturningZero() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Project().name("x").getId());
    assertEquals("Project.id was never set; a decoded response always has it", e.getMessage());
  }
}
