package dev.togglkit;

import dev.togglkit.focus.api.ClientsApi;
import dev.togglkit.focus.internal.ClientsApiImpl;
import dev.togglkit.focus.internal.ClientsApiRetrofit;
import dev.togglkit.internal.ClientCore;
import dev.togglkit.internal.Credentials;
import java.net.URI;
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
public final class TogglFocus implements AutoCloseable {

  /** Where requests go unless {@link Builder#baseUrl(String)} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://focus.toggl.com/api/";

  /** The environment variable {@link #fromEnv()} reads the API key from. */
  public static final String API_KEY_ENV = "TOGGL_FOCUS_API_TOKEN";

  private final ClientCore core;
  private final ClientsApi clients;

  private TogglFocus(ClientCore core) {
    this.core = core;
    this.clients = new ClientsApiImpl(create(ClientsApiRetrofit.class));
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

  /** The API root requests are sent to, ending in a slash. */
  public URI baseUrl() {
    return core.baseUrl();
  }

  /**
   * The quota the last response with quota headers reported ({@code X-Toggl-Quota-Remaining},
   * {@code X-Toggl-Quota-Resets-In}), error responses included; {@link Quota#unknown()} until
   * then. An immutable snapshot, shared by every call of this client.
   */
  public Quota quota() {
    return core.quota();
  }

  /**
   * Releases what this client created: the threads of its OkHttp dispatcher and its pooled
   * connections, so a program can exit at once after an {@code executeAsync()} call (OkHttp's
   * dispatcher threads are not daemons and otherwise linger for a minute). Calls in flight finish;
   * new calls throw {@link IllegalStateException}. A client built with
   * {@link Builder#okHttpClient} leaves that client's dispatcher and pool alone: they are yours.
   * Closing twice does nothing.
   */
  @Override
  public void close() {
    core.close();
  }

  /** Focus clients: list (page by page, or all with {@code listAll}), create, get, update, delete, restore. */
  public ClientsApi clients() {
    return clients;
  }

  /** See {@link TogglTrack}'s {@code create}: a cached Retrofit service, wrapped by the generated ones. */
  <T> T create(Class<T> api) {
    return core.services().get(api);
  }

  @Override
  public String toString() {
    return core.toString();
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
