package dev.togglkit.internal;

import dev.togglkit.Quota;
import java.net.URI;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Everything {@code TogglTrack} and {@code TogglFocus} have in common, written once: assembling
 * the HTTP stack from {@link ClientSettings}, the services, the remembered quota, closing and the
 * secret-free description. The two public classes only add their API accessors and credentials.
 */
public final class ClientCore implements AutoCloseable {

  private final ClientSettings settings;
  private final ClientState state;
  private final OkHttpClient http;
  private final ApiServices services;
  private final String description;

  private ClientCore(String clientName, ClientSettings settings) {
    this.settings = settings;
    this.state = new ClientState(clientName, settings.clock(), settings.rateLimit() != null);
    this.http = ClientAssembly.okHttpClient(settings, state);
    Retrofit retrofit = ClientAssembly.retrofit(settings, state, http);
    this.services = new ApiServices(retrofit);
    this.description = clientName + "[baseUrl=" + settings.baseUrl()
        + ", credentials=" + settings.credentials() + "]";
  }

  /**
   * Assembles a client.
   *
   * @param clientName what messages call it, e.g. {@code TogglTrack}
   * @throws IllegalStateException when the settings have no credentials
   */
  public static ClientCore assemble(String clientName, ClientSettings settings) {
    if (settings.credentials() == null) {
      throw new IllegalStateException("credentials must be set before assembling a client");
    }
    return new ClientCore(clientName, settings);
  }

  public ApiServices services() {
    return services;
  }

  /** The API root requests are sent to, always ending in a slash. */
  public URI baseUrl() {
    return settings.baseUrl().uri();
  }

  /** The quota the last response with quota headers reported; {@link Quota#unknown()} before. */
  public Quota quota() {
    return state.quota();
  }

  /**
   * Refuses new calls, and releases what this client created: the dispatcher's threads and the
   * pooled connections of its own OkHttpClient. A client built on the caller's OkHttpClient
   * shares that client's dispatcher and pool, which stay the caller's to manage. Calls in flight
   * finish; calling this again does nothing.
   */
  @Override
  public void close() {
    if (!state.markClosed() || settings.okHttpClient() != null) {
      return;
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return description;
  }
}
