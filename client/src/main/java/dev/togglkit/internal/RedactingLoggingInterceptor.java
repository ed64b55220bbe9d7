package dev.togglkit.internal;

import dev.togglkit.HttpLogger;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Writes request and response lines to the user's {@link HttpLogger}, one attempt at a time, with
 * every secret-looking header and query value replaced by {@value #REDACTED}, and every line
 * scrubbed of the client's own credentials ({@link Secrets}) on top, since a server can echo them
 * in any header or in its status line. Bodies are not logged: they hold the user's data, and
 * reading them here would defeat streaming. If the logger throws, the response is closed before
 * the failure goes on, so its connection is not left allocated.
 */
final class RedactingLoggingInterceptor implements Interceptor {

  static final String REDACTED = "****";

  private final HttpLogger logger;
  private final Secrets secrets;

  RedactingLoggingInterceptor(HttpLogger logger, Secrets secrets) {
    this.logger = logger;
    this.secrets = secrets;
  }

  /** Authorization, cookies, and anything named like a token, key, secret or password. */
  static boolean isSensitive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("auth") || lower.contains("cookie") || lower.contains("token")
        || lower.contains("secret") || lower.contains("password") || lower.contains("key");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String url = redact(request.url());
    log("--> " + request.method() + " " + url);
    logHeaders(request.headers());
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log("<-- FAILED " + request.method() + " " + url + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
      throw e;
    }
    try {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      log("<-- " + response.code() + (response.message().isEmpty() ? "" : " " + response.message())
          + " " + request.method() + " " + url + " (" + millis + " ms)");
      logHeaders(response.headers());
    } catch (RuntimeException loggerFailed) {
      response.close();
      throw loggerFailed;
    }
    return response;
  }

  private void log(String line) {
    logger.log(secrets.scrub(line));
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      log(name + ": " + (isSensitive(name) ? REDACTED : headers.value(i)));
    }
  }

  static String redact(HttpUrl url) {
    if (url.querySize() == 0) {
      return url.toString();
    }
    // Rebuilt parameter by parameter so the logged URL keeps the order it was sent in.
    HttpUrl.Builder builder = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      builder.addQueryParameter(name, isSensitive(name) ? REDACTED : url.queryParameterValue(i));
    }
    return builder.build().toString();
  }
}
