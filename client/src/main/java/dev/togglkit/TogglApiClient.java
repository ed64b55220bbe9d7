package dev.togglkit;

import dev.togglkit.internal.ClientCore;
import java.net.URI;

/**
 * What every togglkit entry point ({@link TogglTrack}, {@link TogglFocus}) has besides its services:
 * the base URL, the last quota seen, and {@link #close()}. Written once here so the two entry points
 * cannot drift apart; it cannot be extended outside this package.
 */
public abstract class TogglApiClient implements AutoCloseable {

  private final ClientCore core;

  TogglApiClient(ClientCore core) {
    this.core = core;
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
   * {@link TogglClientBuilder#okHttpClient} leaves that client's dispatcher and pool alone: they are
   * yours. Closing twice does nothing.
   */
  @Override
  public void close() {
    core.close();
  }

  /**
   * Retrofit's implementation of an interface whose methods return {@link TogglCall}, created
   * once and cached; the generated services wrap it. Tests use it with fixture interfaces.
   */
  <T> T create(Class<T> api) {
    return core.services().get(api);
  }

  /** Names the entry point and its base URL; never a credential. */
  @Override
  public String toString() {
    return core.toString();
  }
}
