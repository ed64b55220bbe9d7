package dev.togglkit.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the credentials, the User-Agent and {@code Accept: application/json} to every request. */
final class DefaultHeadersInterceptor implements Interceptor {

  private final Credentials credentials;
  private final String userAgent;

  DefaultHeadersInterceptor(Credentials credentials, String userAgent) {
    this.credentials = credentials;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    Request.Builder request = original.newBuilder()
        .header("Authorization", credentials.authorizationHeader())
        .header("User-Agent", userAgent);
    if (original.header("Accept") == null) {
      request.header("Accept", "application/json");
    }
    return chain.proceed(request.build());
  }

  @Override
  public String toString() {
    return "DefaultHeadersInterceptor[" + credentials + ", " + userAgent + "]";
  }
}
