package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.focus.model.FocusClient;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.errors.ForbiddenException;
import dev.togglkit.errors.RepeatedPageException;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectActiveFilter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** listAll through the generated services, against a local server: what is requested, and when it stops. */
class AutoPagerTest extends MockServerTest {

  private static String projects(int from, int count) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":").append(from + i).append("}");
    }
    return json.append("]").toString();
  }

  private List<String> requestedPaths() throws InterruptedException {
    List<String> paths = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      paths.add(server.takeRequest().getPath());
    }
    return paths;
  }

  @Test
  void readsUntilAShortPageAskingForTheLargestPageSize() throws Exception {
    server.enqueue(json(200, projects(1, 200)));
    server.enqueue(json(200, projects(201, 13)));

    List<Long> ids = new ArrayList<>();
    for (Project p : trackBuilder().build().projects().listAll(1L,
        ListProjectsParams.builder().active(ProjectActiveFilter.TRUE).build())) {
      ids.add(p.getId());
    }

    assertEquals(213, ids.size());
    assertEquals(213L, ids.get(212));
    assertEquals(List.of(
        "/api/v9/workspaces/1/projects?active=true&page=1&per_page=200",
        "/api/v9/workspaces/1/projects?active=true&page=2&per_page=200"), requestedPaths());
  }

  @Test
  void anEmptyPageEndsTheListingAndTheCallersPageSizeAndStartAreKept() throws Exception {
    server.enqueue(json(200, projects(1, 2)));
    server.enqueue(json(200, "[]"));

    long count = trackBuilder().build().projects()
        .listAll(1L, ListProjectsParams.builder().page(3).perPage(2).build()).stream().count();

    assertEquals(2, count);
    assertEquals(List.of("/api/v9/workspaces/1/projects?page=3&per_page=2",
        "/api/v9/workspaces/1/projects?page=4&per_page=2"), requestedPaths());
  }

  @Test
  void aNullListBodyCountsAsEmpty() throws Exception {
    server.enqueue(json(200, "null"));

    assertFalse(trackBuilder().build().projects().listAll(1L).iterator().hasNext());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void pagesAreFetchedOnlyWhenReached() throws Exception {
    server.enqueue(json(200, projects(1, 2)));
    server.enqueue(json(200, projects(3, 2)));

    AutoPager<Project> all = trackBuilder().build().projects()
        .listAll(1L, ListProjectsParams.builder().perPage(2).build());
    assertEquals(0, server.getRequestCount(), "nothing is sent before reading");

    List<Long> firstThree = all.stream().limit(3).map(Project::getId).collect(Collectors.toList());

    assertEquals(List.of(1L, 2L, 3L), firstThree);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aPageRepeatingThePreviousOneFailsInsteadOfLooping() {
    server.enqueue(json(200, projects(1, 2)));
    server.enqueue(json(200, projects(1, 2)));

    Iterator<Project> it = trackBuilder().build().projects()
        .listAll(1L, ListProjectsParams.builder().perPage(2).build()).iterator();
    it.next();
    it.next();
    RepeatedPageException e = assertThrows(RepeatedPageException.class, it::hasNext);

    assertEquals("listProjects GET /workspaces/1/projects page 2 repeated page 1 (2 items): the"
        + " server is not advancing through the pages, so reading stops instead of looping",
        e.getMessage());
    assertEquals("listProjects", e.operation());
    assertEquals("GET", e.method());
    assertEquals("/workspaces/1/projects", e.path(), "the path with its ids, not the template");
    assertEquals(2, e.page());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aFailedPageThrowsItsOwnException() {
    server.enqueue(json(200, projects(1, 2)));
    server.enqueue(json(403, "\"Forbidden\""));

    AutoPager<Project> all = trackBuilder().build().projects()
        .listAll(1L, ListProjectsParams.builder().perPage(2).build());

    assertThrows(ForbiddenException.class, () -> all.stream().count());
  }

  @Test
  void focusPagesCountAgainstThePageSizeTheServerReports() throws Exception {
    // Asked for 100, the server caps at 2 and says so: two items are a full page, one is short.
    server.enqueue(json(200, "{\"data\":[{\"id\":1},{\"id\":2}],\"page\":1,\"per_page\":2}"));
    server.enqueue(json(200, "{\"data\":[{\"id\":3}],\"page\":2,\"per_page\":2}"));
    TogglFocus focus = TogglFocus.builder().apiKey("k").baseUrl(server.url("/api/").toString()).build();

    List<Long> ids = focus.clients().listAll(5L).stream().map(FocusClient::getId).collect(Collectors.toList());

    assertEquals(List.of(1L, 2L, 3L), ids);
    assertEquals(List.of("/api/workspaces/5/clients?page=1&per_page=100",
        "/api/workspaces/5/clients?page=2&per_page=100"), requestedPaths());
  }

  @Test
  void argumentsAreCheckedBeforeAnythingIsSent() {
    TogglTrack track = trackBuilder().build();

    assertThrows(IllegalArgumentException.class, () -> track.projects().listAll(0L));
    assertThrows(IllegalArgumentException.class, () -> track.projects().listAll(1L, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> track.projects().listAll(1L, ListProjectsParams.builder().perPage(0).build()));
    assertTrue(e.getMessage().contains("per_page must be at least 1"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
