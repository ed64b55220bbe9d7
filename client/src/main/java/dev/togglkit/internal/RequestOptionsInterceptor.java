package dev.togglkit.internal;

import dev.togglkit.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Applies one call's connect, read and write timeouts from its {@link RequestOptions}. OkHttp lets
 * an application interceptor change them for the rest of the chain, so the client and its
 * connection pool stay shared; the call timeout is set on the call itself, by {@link HttpTogglCall}.
 */
final class RequestOptionsInterceptor implements Interceptor {

  private final CallContexts contexts;

  RequestOptionsInterceptor(CallContexts contexts) {
    this.contexts = contexts;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    RequestOptions options = contexts.of(chain).options;
    if (options == RequestOptions.none()) {
      return chain.proceed(chain.request());
    }
    Chain adjusted = chain;
    if (options.connectTimeout().isPresent()) {
      adjusted = adjusted.withConnectTimeout(millis(options.connectTimeout().get()), TimeUnit.MILLISECONDS);
    }
    if (options.readTimeout().isPresent()) {
      adjusted = adjusted.withReadTimeout(millis(options.readTimeout().get()), TimeUnit.MILLISECONDS);
    }
    if (options.writeTimeout().isPresent()) {
      adjusted = adjusted.withWriteTimeout(millis(options.writeTimeout().get()), TimeUnit.MILLISECONDS);
    }
    return adjusted.proceed(adjusted.request());
  }

  /** RequestOptions keeps every timeout within an int of milliseconds. */
  static int millis(Duration duration) {
    return (int) duration.toMillis();
  }
}
