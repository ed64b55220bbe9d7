package dev.togglkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

// The quick start's imports: the README shows them first, so its code compiles as pasted.
// README:begin
import dev.togglkit.TogglTrack;
import dev.togglkit.track.api.ListClientsParams;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.ClientPayload;
import dev.togglkit.track.model.ClientStatusFilter;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectActiveFilter;
import java.util.List;
// README:end

import dev.togglkit.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick start true: its code is the code between the {@code README} markers
 * below (so it compiles against the real generated API), the test fails when README.md and this
 * file drift apart, and the usage part runs against a local server.
 */
class ReadmeQuickStartTest {

  /** The first line of the quick start. Compiled, not run: it needs a real token in the environment. */
  @SuppressWarnings("unused")
  static TogglTrack connect() {
    // README:begin
    TogglTrack track = TogglTrack.fromEnv(); // reads TOGGL_API_TOKEN
    // README:end
    return track;
  }

  /** The rest of the quick start, run against {@code track}. */
  static List<Object> useTheApi(TogglTrack track) {
    // README:begin
    long workspaceId = track.me().getMe().execute().getDefaultWorkspaceId(); // your default workspace

    List<Client> clients = track.clients()
        .listClients(workspaceId, ListClientsParams.builder().status(ClientStatusFilter.BOTH).build())
        .execute();
    Client acme = track.clients().createClient(workspaceId, new ClientPayload().name("Acme Corp")).execute();
    for (Project project : track.projects()
        .listAll(workspaceId, ListProjectsParams.builder().active(ProjectActiveFilter.TRUE).build())) {
      System.out.println(project.getName()); // every active project, 200 per request
    }
    // README:end
    return List.of(clients, acme);
  }

  @Test
  void readmeShowsExactlyTheCodeThisTestCompiles() throws IOException {
    String readme = Files.readString(repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("## Quick start.*?```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "README.md has a '## Quick start' section with a ```java block");

    String source = Files.readString(
        repositoryRoot().resolve("client/src/test/java/dev/togglkit/readme/ReadmeQuickStartTest.java"),
        StandardCharsets.UTF_8);
    assertEquals(String.join("\n", markedLines(source)) + "\n", block.group(1),
        "the README quick start and ReadmeQuickStartTest differ; change both together");
  }

  @Test
  void quickStartRunsAgainstALocalServer() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(json("{\"id\":5123456,\"default_workspace_id\":1234567,\"email\":\"jane.doe@example.com\"}"));
      server.enqueue(json("[{\"id\":1,\"name\":\"Old Client\",\"wid\":1234567}]"));
      server.enqueue(json("{\"id\":2,\"name\":\"Acme Corp\",\"wid\":1234567}"));
      server.enqueue(json("[{\"id\":3,\"name\":\"Website\",\"status\":\"active\",\"workspace_id\":1234567}]"));
      TogglTrack track = TogglTrack.builder()
          .apiToken("a-token-for-the-test")
          .baseUrl(server.url("/api/v9/").toString())
          .retryPolicy(RetryPolicy.none())
          .build();

      List<Object> results = useTheApi(track);

      assertEquals(1, ((List<?>) results.get(0)).size());
      assertEquals("Acme Corp", ((Client) results.get(1)).getName());
      assertEquals("/api/v9/me", server.takeRequest().getPath());
      RecordedRequest list = server.takeRequest();
      assertEquals("/api/v9/workspaces/1234567/clients?status=both", list.getPath());
      RecordedRequest create = server.takeRequest();
      assertEquals("POST", create.getMethod());
      assertEquals("{\"name\":\"Acme Corp\"}", create.getBody().readUtf8());
      RecordedRequest projects = server.takeRequest();
      assertEquals("/api/v9/workspaces/1234567/projects?active=true&page=1&per_page=200", projects.getPath());
      assertEquals(4, server.getRequestCount(), "one short page ends the listing");
    }
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  /**
   * The lines between README:begin and README:end, in order, with the method-body indent removed; the
   * blocks (imports, connecting, using the API) are separated by an empty line.
   */
  private static List<String> markedLines(String source) {
    List<String> lines = new ArrayList<>();
    boolean inside = false;
    boolean firstBlock = true;
    for (String line : source.split("\n", -1)) {
      if (line.trim().equals("// README:begin")) {
        inside = true;
        if (!firstBlock) {
          lines.add("");
        }
        firstBlock = false;
      } else if (line.trim().equals("// README:end")) {
        inside = false;
      } else if (inside) {
        lines.add(line.startsWith("    ") ? line.substring(4) : line.trim());
      }
    }
    return lines;
  }

  /** Maven runs tests with the module directory as working directory; the README is one level up. */
  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) && Files.exists(here.resolve("spec")) ? here : here.getParent();
  }
}
