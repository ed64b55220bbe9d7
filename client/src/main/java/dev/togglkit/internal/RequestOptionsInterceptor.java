package dev.togglkit.internal;

import dev.togglkit.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Applies one call's connect, read and write timeouts from its {@link RequestOptions}. OkHttp lets
 * an application interceptor change them for the rest of the chain, so the client and its
 * connection pool stay shared; the call timeout is set on the call itself, by {@link HttpTogglCall}.
 * Also adds the call's extra query parameters and headers; it runs after the default headers, so
 * an extra header replaces one of those (RequestOptions refuses the ones togglkit owns), and before
 * logging and retries, so every attempt and every log line show the request as sent.
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
    return adjusted.proceed(withExtras(adjusted.request(), options));
  }

  private static Request withExtras(Request request, RequestOptions options) {
    if (options.queryParameters().isEmpty() && options.headers().isEmpty()) {
      return request;
    }
    HttpUrl.Builder url = request.url().newBuilder();
    options.queryParameters().forEach((name, values) -> values.forEach(v -> url.addQueryParameter(name, v)));
    Request.Builder changed = request.newBuilder().url(url.build());
    options.headers().forEach(changed::header);
    return changed.build();
  }

  /** RequestOptions keeps every timeout within an int of milliseconds. */
  static int millis(Duration duration) {
    return (int) duration.toMillis();
  }
}
