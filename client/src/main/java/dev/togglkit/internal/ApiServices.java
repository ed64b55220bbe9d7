package dev.togglkit.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import retrofit2.Retrofit;

/**
 * The Retrofit services behind one TogglTrack or TogglFocus: each API interface is created once,
 * wrapped so its arguments are checked before anything is sent, and shared by every caller.
 */
public final class ApiServices {

  private final Retrofit retrofit;
  private final ConcurrentMap<Class<?>, Object> services = new ConcurrentHashMap<>();

  /** Services over an assembled Retrofit (see {@link ClientCore}). */
  ApiServices(Retrofit retrofit) {
    this.retrofit = retrofit;
  }

  /** The argument-checking implementation of {@code api}, created on first use and cached. */
  public <T> T get(Class<T> api) {
    return api.cast(services.computeIfAbsent(api,
        type -> ValidatingServiceProxy.wrap(api, retrofit.create(api))));
  }
}
