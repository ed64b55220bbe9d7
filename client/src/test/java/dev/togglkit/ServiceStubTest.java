package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.track.api.ClientsApi;
import dev.togglkit.track.api.ProjectsApi;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.Project;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The services as a user's unit test meets them: an interface to implement with only the calls the
 * code under test makes, with overloads and listAll working on top of that one method.
 */
class ServiceStubTest {

  /** A call that answers {@code value} without any HTTP. */
  private static <T> TogglCall<T> answering(T value) {
    return new TogglCall<T>() {
      @Override
      public T execute() {
        return value;
      }

      @Override
      public CompletableFuture<T> executeAsync() {
        return CompletableFuture.completedFuture(value);
      }

      @Override
      public TogglCall<T> copy() {
        return this;
      }

      @Override
      public void cancel() {
      }

      @Override
      public String describe() {
        return "stub";
      }
    };
  }

  @Test
  void aStubImplementsOnlyWhatItNeedsAndTheRestSaysSo() {
    ClientsApi stub = new ClientsApi() {
      @Override
      public TogglCall<Client> getClient(long workspaceId, long clientId) {
        return answering(new Client().id(clientId).name("Acme"));
      }
    };

    assertEquals("Acme", stub.getClient(1L, 2L).execute().getName());
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> stub.deleteClient(1L, 2L));
    assertTrue(e.getMessage().startsWith("ClientsApi.deleteClient is not implemented by "), e.getMessage());
  }

  @Test
  void theOverloadAndListAllRunOnTheStubbedParamsMethod() {
    List<ListProjectsParams> seen = new java.util.ArrayList<>();
    ProjectsApi stub = new ProjectsApi() {
      @Override
      public TogglCall<List<Project>> listProjects(long workspaceId, ListProjectsParams params) {
        seen.add(params);
        int page = params.page() == null ? 1 : params.page();
        int size = page == 1 ? 200 : 3;
        return answering(IntStream.range(0, size)
            .mapToObj(i -> new Project().id((long) page * 1000 + i)).collect(Collectors.toList()));
      }
    };

    stub.listProjects(1L).execute();
    long all = stub.listAll(1L).stream().count();

    assertEquals(203, all);
    assertEquals(List.of(ListProjectsParams.builder().build(),
        ListProjectsParams.builder().page(1).perPage(200).build(),
        ListProjectsParams.builder().page(2).perPage(200).build()), seen);
  }
}
