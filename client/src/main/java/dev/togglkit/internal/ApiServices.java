package dev.togglkit.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import retrofit2.Retrofit;

/**
 * The Retrofit services behind one TogglTrack or TogglFocus: each Retrofit interface is created
 * once and shared by every caller. The generated {@code *ApiImpl} classes check arguments before
 * delegating to them.
 */
public final class ApiServices {

  private final Retrofit retrofit;
  private final ConcurrentMap<Class<?>, Object> services = new ConcurrentHashMap<>();

  /** Services over an assembled Retrofit (see {@link ClientCore}). */
  ApiServices(Retrofit retrofit) {
    this.retrofit = retrofit;
  }

  /** Retrofit's implementation of the interface {@code api}, created on first use and cached. */
  public <T> T get(Class<T> api) {
    return api.cast(services.computeIfAbsent(api, retrofit::create));
  }
}
