package dev.togglkit;

import dev.togglkit.internal.ClientCore;
import dev.togglkit.internal.Credentials;
import dev.togglkit.track.api.ClientsApi;
import dev.togglkit.track.api.MeApi;
import dev.togglkit.track.api.ProjectUsersApi;
import dev.togglkit.track.api.ProjectsApi;
import dev.togglkit.track.internal.ClientsApiImpl;
import dev.togglkit.track.internal.ClientsApiRetrofit;
import dev.togglkit.track.internal.MeApiImpl;
import dev.togglkit.track.internal.MeApiRetrofit;
import dev.togglkit.track.internal.ProjectUsersApiImpl;
import dev.togglkit.track.internal.ProjectUsersApiRetrofit;
import dev.togglkit.track.internal.ProjectsApiImpl;
import dev.togglkit.track.internal.ProjectsApiRetrofit;
import java.util.function.Function;

/**
 * Entry point for the Toggl Track API v9. Thread-safe; build one, share it, and
 * {@link #close()} it when done (a program that made async calls exits at once then).
 *
 * <pre>{@code
 * TogglTrack track = TogglTrack.builder().apiToken(System.getenv("TOGGL_API_TOKEN")).build();
 * long workspaceId = track.me().getMe().execute().getDefaultWorkspaceId();
 * List<Client> clients = track.clients().listClients(workspaceId).execute();
 * }</pre>
 *
 * <p>Authentication is HTTP Basic, either with the API token from the profile page
 * ({@code <token>:api_token}) or with the account's email and password.
 */
public final class TogglTrack extends TogglApiClient {

  /** Where requests go unless {@link Builder#baseUrl(String)} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://api.track.toggl.com/api/v9/";

  /** The environment variable {@link #fromEnv()} reads the API token from. */
  public static final String API_TOKEN_ENV = "TOGGL_API_TOKEN";

  private final ClientsApi clients;
  private final ProjectsApi projects;
  private final ProjectUsersApi projectUsers;
  private final MeApi me;

  private TogglTrack(ClientCore core) {
    super(core);
    this.clients = new ClientsApiImpl(create(ClientsApiRetrofit.class));
    this.projects = new ProjectsApiImpl(create(ProjectsApiRetrofit.class));
    this.projectUsers = new ProjectUsersApiImpl(create(ProjectUsersApiRetrofit.class));
    this.me = new MeApiImpl(create(MeApiRetrofit.class));
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
   * The user the credentials belong to ({@code getMe}: {@code getDefaultWorkspaceId()} is the usual
   * workspace) and the workspaces they belong to ({@code listMyWorkspaces}).
   */
  public MeApi me() {
    return me;
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
      return new TogglTrack(ClientCore.assemble("TogglTrack",
          complete("TogglTrack", "apiToken(...), emailAndPassword(...) or apiTokenFromEnv()")));
    }
  }
}
