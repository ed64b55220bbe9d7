package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the pact formats Pact JVM writes (V4) and older ones (V2, V3) into the same model. */
class PactFileReaderTest {

  @TempDir
  Path dir;

  @Test
  void version4BodiesHeadersAndQueryAreReadAsTheWireCarriesThem() throws IOException {
    PactDocument pact = PactFileReader.read(write("""
        {"consumer": {"name": "togglkit"}, "provider": {"name": "toggl-track-v9"},
         "interactions": [{"type": "Synchronous/HTTP", "description": "not found",
          "request": {"method": "get", "path": "/workspaces/1/clients",
                "query": {"status": ["both"], "name": ["a b"]},
                "headers": {"Accept": ["application/json"]}},
          "response": {"status": 404,
                "headers": {"Content-Type": ["application/json"]},
                "body": {"content": "client 3 is gone",
                     "contentType": "application/json", "encoded": false}}}],
         "metadata": {"pactSpecification": {"version": "4.0"}}}
        """));

    PactInteraction interaction = pact.interactions().get(0);
    assertEquals("toggl-track-v9", pact.provider());
    assertEquals("4.0", pact.specificationVersion());
    assertEquals("GET", interaction.request().method());
    assertEquals(Map.of("status", List.of("both"), "name", List.of("a b")), interaction.request().query());
    assertEquals(Optional.empty(), interaction.request().body());
    // A JSON string body stays a JSON document: quoted, as Toggl sends it.
    assertEquals(Optional.of("\"client 3 is gone\""), interaction.response().body());
  }

  @Test
  void version4Base64BodyIsDecoded() throws IOException {
    PactDocument pact = PactFileReader.read(write("""
        {"consumer": {"name": "togglkit"}, "provider": {"name": "toggl-focus"},
         "interactions": [{"type": "Synchronous/HTTP", "description": "plain text error",
          "request": {"method": "GET", "path": "/x"},
          "response": {"status": 500, "body": {"content": "b29wcw==", "contentType": "text/plain",
                            "encoded": "base64"}}}]}
        """));

    assertEquals(Optional.of("oops"), pact.interactions().get(0).response().body());
  }

  @Test
  void version2QueryStringIsSplitAndDecoded() throws IOException {
    PactDocument pact = PactFileReader.read(write("""
        {"consumer": {"name": "togglkit"}, "provider": {"name": "toggl-track-v9"},
         "interactions": [{"description": "v2",
          "request": {"method": "GET", "path": "/x", "query": "status=both&name=a%20b&name=c"},
          "response": {"status": 200, "body": [1, 2]}}]}
        """));

    PactInteraction interaction = pact.interactions().get(0);
    assertEquals(Map.of("status", List.of("both"), "name", List.of("a b", "c")), interaction.request().query());
    assertEquals(Optional.of("[1,2]"), interaction.response().body());
    assertTrue(interaction.isHttp());
  }

  @Test
  void messageInteractionIsKeptButMarkedNotHttp() throws IOException {
    PactDocument pact = PactFileReader.read(write("""
        {"consumer": {"name": "togglkit"}, "provider": {"name": "toggl-track-v9"},
         "interactions": [{"type": "Asynchronous/Messages", "description": "an event",
                  "contents": {"content": {}}}]}
        """));

    PactInteraction interaction = pact.interactions().get(0);
    assertEquals("Asynchronous/Messages", interaction.type());
    assertNull(interaction.request());
  }

  @Test
  void pactWithoutProviderNameIsRejectedNamingTheFileAndTheProblem() throws IOException {
    Path file = write("""
        {"consumer": {"name": "togglkit"}, "interactions": []}
        """);

    PactFormatException e = assertThrows(PactFormatException.class, () -> PactFileReader.read(file));

    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("has no provider name"), e.getMessage());
  }

  @Test
  void interactionWithoutStatusIsRejectedNamingTheInteraction() throws IOException {
    Path file = write("""
        {"consumer": {"name": "togglkit"}, "provider": {"name": "toggl-track-v9"},
         "interactions": [{"description": "no status", "request": {"method": "GET", "path": "/x"},
                  "response": {}}]}
        """);

    PactFormatException e = assertThrows(PactFormatException.class, () -> PactFileReader.read(file));

    assertTrue(e.getMessage().contains("'no status' has no numeric response status"), e.getMessage());
  }

  @Test
  void interactionsThatAreNotAnArrayAreRejected() throws IOException {
    Path file = write("""
        {"consumer": {"name": "togglkit"}, "provider": {"name": "toggl-track-v9"}, "interactions": {}}
        """);

    PactFormatException e = assertThrows(PactFormatException.class, () -> PactFileReader.read(file));

    assertEquals(file + ": \"interactions\" is not an array", e.getMessage());
  }

  @Test
  void anInteractionThatIsNotAnObjectIsRejectedByItsIndex() throws IOException {
    Path file = write("""
        {"consumer": {"name": "togglkit"}, "provider": {"name": "toggl-track-v9"},
         "interactions": [{"description": "fine", "request": {"method": "GET", "path": "/x"},
                           "response": {"status": 200}}, "second"]}
        """);

    PactFormatException e = assertThrows(PactFormatException.class, () -> PactFileReader.read(file));

    assertEquals(file + ": interaction #1 is not a JSON object", e.getMessage());
  }

  @Test
  void onlyJsonFilesAreListedAndAMissingDirectoryHasNone() throws IOException {
    write("""
        {}
        """);
    Files.writeString(dir.resolve("notes.txt"), "not a pact");

    assertEquals(List.of(dir.resolve("pact.json")), PactFileReader.pactFilesIn(dir));
    assertEquals(List.of(), PactFileReader.pactFilesIn(dir.resolve("absent")));
  }

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve("pact.json"), json);
  }
}
