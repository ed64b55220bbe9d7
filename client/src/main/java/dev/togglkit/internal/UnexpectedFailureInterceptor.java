package dev.togglkit.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The outermost interceptor: a {@link RuntimeException} thrown anywhere below it (an interceptor
 * on the user's OkHttpClient, one of togglkit's, a logger) leaves as a {@link Tunnel}. OkHttp then
 * releases the call's connection as for any failure, an async call reports it instead of killing
 * a dispatcher thread, and {@link Failures} turns it into a
 * {@link dev.togglkit.errors.TogglUnexpectedException} naming the operation.
 */
final class UnexpectedFailureInterceptor implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      return chain.proceed(chain.request());
    } catch (RuntimeException e) {
      throw Tunnel.unexpected(e);
    }
  }
}
