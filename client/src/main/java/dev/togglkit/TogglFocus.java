package dev.togglkit;

import dev.togglkit.focus.api.FocusClientsApi;
import dev.togglkit.focus.internal.FocusClientsApiImpl;
import dev.togglkit.focus.internal.FocusClientsApiRetrofit;
import dev.togglkit.internal.ClientCore;
import dev.togglkit.internal.Credentials;
import java.util.function.Function;

/**
 * Entry point for the Toggl Focus API. Thread-safe; build one, share it, and
 * {@link #close()} it when done (a program that made async calls exits at once then).
 *
 * <p>Authentication: the Focus documentation shows HTTP Basic with the account's email and
 * password ({@link Builder#emailAndPassword}); Focus also issues API keys, sent as
 * {@code Authorization: Bearer <key>} ({@link Builder#apiKey}). {@link #fromEnv()} reads an API
 * key from {@value #API_KEY_ENV}.
 */
public final class TogglFocus extends TogglApiClient {

  /** Where requests go unless {@link Builder#baseUrl(String)} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://focus.toggl.com/api/";

  /** The environment variable {@link #fromEnv()} reads the API key from. */
  public static final String API_KEY_ENV = "TOGGL_FOCUS_API_TOKEN";

  private final FocusClientsApi clients;

  private TogglFocus(ClientCore core) {
    super(core);
    this.clients = new FocusClientsApiImpl(create(FocusClientsApiRetrofit.class));
  }

  /** A builder; credentials are required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client with default settings authenticated by the API key (Bearer) in the environment
   * variable {@value #API_KEY_ENV}.
   *
   * @throws IllegalArgumentException when the variable is not set or blank
   */
  public static TogglFocus fromEnv() {
    return builder().apiKeyFromEnv().build();
  }

  /** Focus clients: list (page by page, or all with {@code listAll}), create, get, update, delete, restore. */
  public FocusClientsApi clients() {
    return clients;
  }

  /** Builds a {@link TogglFocus}. Credentials are checked when given; secrets never show in toString(). */
  public static final class Builder extends TogglClientBuilder<Builder> {

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    Builder self() {
      return this;
    }

    /** Authenticate with a Focus API key, sent as {@code Authorization: Bearer <key>}. */
    public Builder apiKey(String apiKey) {
      credentials(Credentials.bearer("apiKey", apiKey));
      return this;
    }

    /** Authenticate with the account's email and password (HTTP Basic), as the Focus docs show. */
    public Builder emailAndPassword(String email, String password) {
      credentials(Credentials.emailAndPassword(email, password));
      return this;
    }

    /** Authenticate with the API key in {@value TogglFocus#API_KEY_ENV}. */
    public Builder apiKeyFromEnv() {
      return apiKeyFromEnv(System::getenv);
    }

    Builder apiKeyFromEnv(Function<String, String> env) {
      return apiKey(fromEnvironment(env, API_KEY_ENV));
    }

    /**
     * The client.
     *
     * @throws IllegalArgumentException when no credentials were given
     */
    public TogglFocus build() {
      return new TogglFocus(ClientCore.assemble("TogglFocus",
          complete("TogglFocus", "apiKey(...), emailAndPassword(...) or apiKeyFromEnv()")));
    }
  }
}
