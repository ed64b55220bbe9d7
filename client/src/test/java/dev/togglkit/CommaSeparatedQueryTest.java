package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.model.ProjectStatus;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * A list query parameter the spec gives as {@code style: form, explode: false} (listProjects'
 * {@code statuses}, curation C-38) goes out as one comma-separated value, not repeated; an empty
 * list sends nothing, as an unset one does.
 */
class CommaSeparatedQueryTest extends MockServerTest {

  private HttpUrl sentWithStatuses(List<ProjectStatus> statuses) throws InterruptedException {
    server.enqueue(json(200, "[]"));
    trackBuilder().build().projects()
        .listProjects(1L, ListProjectsParams.builder().statuses(statuses).build()).execute();
    return server.takeRequest().getRequestUrl();
  }

  @Test
  void statusesAreOneCommaSeparatedParameter() throws InterruptedException {
    HttpUrl url = sentWithStatuses(List.of(ProjectStatus.ACTIVE, ProjectStatus.UPCOMING));

    assertEquals(List.of("active,upcoming"), url.queryParameterValues("statuses"), url.toString());
  }

  @Test
  void anEmptyListSendsNoParameter() throws InterruptedException {
    HttpUrl url = sentWithStatuses(List.of());

    assertNull(url.query(), url.toString());
  }
}
