package dev.togglkit.internal;

import okhttp3.HttpUrl;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * Names a request the way messages and {@code describe()} show it: the spec's operationId (the
 * generated Retrofit method's name, which {@code OperationTableTest} holds to the operation table
 * generated from the spec), the HTTP method, and the path relative to the base URL. The query
 * string is left out on purpose: it is noise in a message and could one day carry something private.
 */
final class Operation {

  final String id;
  final String method;
  final String path;
  /** The client's API root, for messages that must say where a request went; null when unknown. */
  final HttpUrl baseUrl;

  Operation(String id, String method, String path, HttpUrl baseUrl) {
    this.id = id;
    this.method = method;
    this.path = path;
    this.baseUrl = baseUrl;
  }

  static Operation of(Request request, HttpUrl baseUrl) {
    Invocation invocation = request.tag(Invocation.class);
    String id = invocation == null ? "request" : invocation.method().getName();
    return new Operation(id, request.method(), relativePath(request.url(), baseUrl), baseUrl);
  }

  /** A request that did not come through a TogglCall (no base URL to strip). */
  static Operation unknown(Request request) {
    return new Operation("request", request.method(), request.url().encodedPath(), null);
  }

  static String relativePath(HttpUrl url, HttpUrl baseUrl) {
    String path = url.encodedPath();
    String basePath = baseUrl.encodedPath();
    String prefix = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    if (!prefix.isEmpty() && path.startsWith(prefix + "/")) {
      return path.substring(prefix.length());
    }
    return path;
  }

  @Override
  public String toString() {
    return id + " " + method + " " + path;
  }
}
