package dev.togglkit.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Moshi;
import dev.togglkit.IdList;
import dev.togglkit.TogglCall;
import dev.togglkit.track.api.ClientsApi;
import dev.togglkit.track.api.ListClientsParams;
import dev.togglkit.track.api.ProjectsApi;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.internal.ClientsApiImpl;
import dev.togglkit.track.internal.ClientsApiRetrofit;
import dev.togglkit.track.internal.ProjectsApiImpl;
import dev.togglkit.track.internal.ProjectsApiRetrofit;
import dev.togglkit.track.model.ClientPayload;
import dev.togglkit.track.model.ClientStatusFilter;
import dev.togglkit.track.model.ProjectActiveFilter;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Checks that Retrofit accepts the generated (internal) Retrofit interfaces and that the generated
 * services build through them the requests the spec describes. No request is sent: a stub call
 * adapter exposes the prepared request instead.
 */
class GeneratedApisTest {

  /** Wraps a Retrofit call so a test can read its request; sending is not needed here. */
  static final class RequestOnlyCall<T> implements TogglCall<T> {
    final Call<T> call;

    RequestOnlyCall(Call<T> call) {
      this.call = call;
    }

    @Override
    public T execute() {
      throw new UnsupportedOperationException("not sent in this test");
    }

    @Override
    public CompletableFuture<T> executeAsync() {
      throw new UnsupportedOperationException("not sent in this test");
    }

    @Override
    public TogglCall<T> copy() {
      return new RequestOnlyCall<>(call.clone());
    }

    @Override
    public void cancel() {
      call.cancel();
    }

    @Override
    public String describe() {
      return call.request().method() + " " + call.request().url();
    }
  }

  static final class RequestOnlyAdapterFactory extends CallAdapter.Factory {
    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
      if (getRawType(returnType) != TogglCall.class) {
        return null;
      }
      Type body = getParameterUpperBound(0, (ParameterizedType) returnType);
      return new CallAdapter<Object, TogglCall<Object>>() {
        @Override
        public Type responseType() {
          return body;
        }

        @Override
        public TogglCall<Object> adapt(Call<Object> call) {
          return new RequestOnlyCall<>(call);
        }
      };
    }
  }

  private static final Moshi MOSHI =
      new Moshi.Builder().add(new GeneratedModelsTest.JavaTimeAdapters()).build();

  private final Retrofit retrofit = new Retrofit.Builder()
      .baseUrl("https://api.track.toggl.com/api/v9/")
      .addCallAdapterFactory(new RequestOnlyAdapterFactory())
      .addConverterFactory(MoshiConverterFactory.create(MOSHI))
      .build();

  @Test
  void pathsResolveUnderTheBaseUrlPath() {
    ClientsApi clients = new ClientsApiImpl(retrofit.create(ClientsApiRetrofit.class));

    assertEquals("GET https://api.track.toggl.com/api/v9/workspaces/12/clients/34",
        clients.getClient(12L, 34L).describe());
    assertEquals("DELETE https://api.track.toggl.com/api/v9/workspaces/12/clients/34",
        clients.deleteClient(12L, 34L).describe());
  }

  @Test
  void optionalQueryParametersLeftNullAreNotSent() {
    ClientsApi clients = new ClientsApiImpl(retrofit.create(ClientsApiRetrofit.class));

    assertEquals("GET https://api.track.toggl.com/api/v9/workspaces/12/clients?status=both",
        clients.listClients(12L, ListClientsParams.builder().status(ClientStatusFilter.BOTH).build()).describe());
    assertEquals("GET https://api.track.toggl.com/api/v9/workspaces/12/clients",
        clients.listClients(12L).describe());
  }

  @Test
  void jsonBodyIsSentWithTheWireNames() throws Exception {
    ClientsApi clients = new ClientsApiImpl(retrofit.create(ClientsApiRetrofit.class));
    RequestOnlyCall<?> call = (RequestOnlyCall<?>) clients.createClient(12L, new ClientPayload().name("Acme"));

    Buffer body = new Buffer();
    call.call.request().body().writeTo(body);
    assertEquals("{\"name\":\"Acme\"}", body.readUtf8());
    assertEquals("application/json; charset=UTF-8", call.call.request().body().contentType().toString());
  }

  @Test
  void paramsAreSentByWireNameInSpecOrder() {
    ProjectsApi projects = new ProjectsApiImpl(retrofit.create(ProjectsApiRetrofit.class));

    String url = projects.listProjects(12L, ListProjectsParams.builder()
        .perPage(200).clientIds(IdList.of(1, 2)).active(ProjectActiveFilter.BOTH).build()).describe();

    assertEquals("GET https://api.track.toggl.com/api/v9/workspaces/12/projects?active=both&client_ids=1%2C2&per_page=200",
        url);
  }

  @Test
  void paramsMustNotBeNull() {
    ProjectsApi projects = new ProjectsApiImpl(retrofit.create(ProjectsApiRetrofit.class));

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> projects.listProjects(12L, (ListProjectsParams) null));
    assertEquals("listProjects: params must not be null; use ListProjectsParams.builder().build()", error.getMessage());
  }

  @Test
  void focusArrayQueryParameterIsRepeated() {
    dev.togglkit.focus.api.FocusClientsApi focus = new dev.togglkit.focus.internal.FocusClientsApiImpl(new Retrofit.Builder()
        .baseUrl("https://focus.toggl.com/api/")
        .addCallAdapterFactory(new RequestOnlyAdapterFactory())
        .addConverterFactory(MoshiConverterFactory.create(MOSHI))
        .build()
        .create(dev.togglkit.focus.internal.FocusClientsApiRetrofit.class));

    String url = focus.listClients(5L, dev.togglkit.focus.api.FocusListClientsParams.builder()
        .orderBy(List.of("name", "created_at")).build()).describe();

    assertEquals("GET https://focus.toggl.com/api/workspaces/5/clients?order_by%5B%5D=name&order_by%5B%5D=created_at", url);
  }
}
