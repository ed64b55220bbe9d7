package dev.togglkit.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.HttpUrl;
import retrofit2.Retrofit;

/**
 * The Retrofit services behind one TogglTrack or TogglFocus: each Retrofit interface is created
 * once and shared by every caller. The generated {@code *ApiImpl} classes check arguments before
 * delegating to them.
 */
public final class ApiServices {

  private final Retrofit retrofit;
  private final ConcurrentMap<Class<?>, Object> services = new ConcurrentHashMap<>();

  /** Services for a client configured by {@code settings}. */
  public ApiServices(ClientSettings settings) {
    this.retrofit = ClientAssembly.retrofit(settings);
  }

  /** The API root requests are sent to. */
  public HttpUrl baseUrl() {
    return retrofit.baseUrl();
  }

  /** Retrofit's implementation of the interface {@code api}, created on first use and cached. */
  public <T> T get(Class<T> api) {
    return api.cast(services.computeIfAbsent(api, retrofit::create));
  }
}
