package dev.togglkit;

import dev.togglkit.internal.ApiServices;
import dev.togglkit.internal.Credentials;
import dev.togglkit.track.api.ClientsApi;
import dev.togglkit.track.api.ProjectUsersApi;
import dev.togglkit.track.api.ProjectsApi;
import dev.togglkit.track.internal.ClientsApiImpl;
import dev.togglkit.track.internal.ClientsApiRetrofit;
import dev.togglkit.track.internal.ProjectUsersApiImpl;
import dev.togglkit.track.internal.ProjectUsersApiRetrofit;
import dev.togglkit.track.internal.ProjectsApiImpl;
import dev.togglkit.track.internal.ProjectsApiRetrofit;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Entry point for the Toggl Track API v9. Thread-safe; build one and share it.
 *
 * <pre>{@code
 * TogglTrack track = TogglTrack.builder().apiToken(System.getenv("TOGGL_API_TOKEN")).build();
 * List<Client> clients = track.clients().listClients(workspaceId).execute();
 * }</pre>
 *
 * <p>Authentication is HTTP Basic, either with the API token from the profile page
 * ({@code <token>:api_token}) or with the account's email and password.
 */
public final class TogglTrack {

  /** Where requests go unless {@link Builder#baseUrl(String)} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://api.track.toggl.com/api/v9/";

  /** The environment variable {@link #fromEnv()} reads the API token from. */
  public static final String API_TOKEN_ENV = "TOGGL_API_TOKEN";

  private final ApiServices services;
  private final String description;
  private final ClientsApi clients;
  private final ProjectsApi projects;
  private final ProjectUsersApi projectUsers;

  private TogglTrack(Builder builder) {
    this.services = new ApiServices(builder.settings);
    this.clients = new ClientsApiImpl(create(ClientsApiRetrofit.class));
    this.projects = new ProjectsApiImpl(create(ProjectsApiRetrofit.class));
    this.projectUsers = new ProjectUsersApiImpl(create(ProjectUsersApiRetrofit.class));
    this.description = "TogglTrack[baseUrl=" + builder.settings.baseUrl
        + ", credentials=" + builder.settings.credentials + "]";
  }

  /** A builder; credentials are required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client with default settings authenticated by the API token in the environment variable
   * {@value #API_TOKEN_ENV}.
   *
   * @throws IllegalArgumentException when the variable is not set or blank
   */
  public static TogglTrack fromEnv() {
    return builder().apiTokenFromEnv().build();
  }

  /** The API root requests are sent to. */
  public HttpUrl baseUrl() {
    return services.baseUrl();
  }

  /** Workspace clients: list, create, get, update, delete, archive, restore. */
  public ClientsApi clients() {
    return clients;
  }

  /** Workspace projects: list (page by page, or all with {@code listAll}), create, get, update, delete, bulk patch. */
  public ProjectsApi projects() {
    return projects;
  }

  /** Users assigned to workspace projects: list, create, update, delete, bulk patch. */
  public ProjectUsersApi projectUsers() {
    return projectUsers;
  }

  /**
   * Retrofit's implementation of an interface whose methods return {@link TogglCall}, created
   * once and cached; the generated services wrap it. Tests use it with fixture interfaces.
   */
  <T> T create(Class<T> api) {
    return services.get(api);
  }

  @Override
  public String toString() {
    return description;
  }

  /** Builds a {@link TogglTrack}. Credentials are checked when given; secrets never show in toString(). */
  public static final class Builder extends TogglClientBuilder<Builder> {

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Authenticate with an API token (HTTP Basic {@code <token>:api_token}). */
    public Builder apiToken(String apiToken) {
      credentials(Credentials.apiToken(apiToken));
      return this;
    }

    /** Authenticate with the account's email and password (HTTP Basic). */
    public Builder emailAndPassword(String email, String password) {
      credentials(Credentials.emailAndPassword(email, password));
      return this;
    }

    /** Authenticate with the API token in {@value TogglTrack#API_TOKEN_ENV}. */
    public Builder apiTokenFromEnv() {
      return apiTokenFromEnv(System::getenv);
    }

    Builder apiTokenFromEnv(Function<String, String> env) {
      return apiToken(fromEnvironment(env, API_TOKEN_ENV));
    }

    /**
     * The client.
     *
     * @throws IllegalArgumentException when no credentials were given
     */
    public TogglTrack build() {
      if (settings.credentials == null) {
        throw new IllegalArgumentException(
            "TogglTrack needs credentials: call apiToken(...), emailAndPassword(...) or apiTokenFromEnv()");
      }
      return new TogglTrack(this);
    }
  }
}
