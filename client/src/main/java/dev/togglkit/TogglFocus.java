package dev.togglkit;

import dev.togglkit.focus.api.ClientsApi;
import dev.togglkit.focus.internal.ClientsApiImpl;
import dev.togglkit.focus.internal.ClientsApiRetrofit;
import dev.togglkit.internal.ApiServices;
import dev.togglkit.internal.Credentials;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Entry point for the Toggl Focus API. Thread-safe; build one and share it.
 *
 * <p>Authentication: the Focus documentation shows HTTP Basic with the account's email and
 * password ({@link Builder#emailAndPassword}); Focus also issues API keys, sent as
 * {@code Authorization: Bearer <key>} ({@link Builder#apiKey}). {@link #fromEnv()} reads an API
 * key from {@value #API_KEY_ENV}.
 */
public final class TogglFocus {

  /** Where requests go unless {@link Builder#baseUrl(String)} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://focus.toggl.com/api/";

  /** The environment variable {@link #fromEnv()} reads the API key from. */
  public static final String API_KEY_ENV = "TOGGL_FOCUS_API_TOKEN";

  private final ApiServices services;
  private final String description;
  private final ClientsApi clients;

  private TogglFocus(Builder builder) {
    this.services = new ApiServices(builder.settings);
    this.clients = new ClientsApiImpl(create(ClientsApiRetrofit.class));
    this.description = "TogglFocus[baseUrl=" + builder.settings.baseUrl
        + ", credentials=" + builder.settings.credentials + "]";
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

  /** The API root requests are sent to. */
  public HttpUrl baseUrl() {
    return services.baseUrl();
  }

  /** Focus clients: list (page by page, or all with {@code listAll}), create, get, update, delete, restore. */
  public ClientsApi clients() {
    return clients;
  }

  /** See {@link TogglTrack}'s {@code create}: a cached Retrofit service, wrapped by the generated ones. */
  <T> T create(Class<T> api) {
    return services.get(api);
  }

  @Override
  public String toString() {
    return description;
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
      if (settings.credentials == null) {
        throw new IllegalArgumentException(
            "TogglFocus needs credentials: call apiKey(...), emailAndPassword(...) or apiKeyFromEnv()");
      }
      return new TogglFocus(this);
    }
  }
}
