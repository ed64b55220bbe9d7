package dev.togglkit.testing;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Raw HTTP to a fake, so the fake's tests check what goes over the wire (status, headers, JSON),
 * independent of the client library's API.
 */
final class Wire {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private final TogglFake fake;

  Wire(TogglFake fake) {
    this.fake = fake;
  }

  /** A Track request authenticated with the fake user's API token; {@code path} below /api/v9. */
  Reply track(String method, String path, String body) {
    return send(method, fake.trackBaseUrl() + path, body, Credentials.basic(fake.apiToken(), "api_token"));
  }

  Reply track(String method, String path) {
    return track(method, path, null);
  }

  /** A Focus request with the fake user's API key as Bearer token; {@code path} below /api. */
  Reply focus(String method, String path, String body) {
    return send(method, fake.focusBaseUrl() + path, body, "Bearer " + fake.focusApiKey());
  }

  Reply focus(String method, String path) {
    return focus(method, path, null);
  }

  /** A Track request whose body goes with {@code contentType} instead of JSON's. */
  Reply track(String method, String path, String body, String contentType) {
    return send(method, fake.trackBaseUrl() + path, body, MediaType.get(contentType),
        Credentials.basic(fake.apiToken(), "api_token"));
  }

  static Reply send(String method, String url, String body, String authorization) {
    return send(method, url, body, JSON, authorization);
  }

  static Reply send(String method, String url, String body, MediaType contentType, String authorization) {
    RequestBody requestBody = body == null
        ? (method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0], null))
        : RequestBody.create(body, contentType);
    Request.Builder request = new Request.Builder().url(url).method(method, requestBody);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (Response response = HTTP.newCall(request.build()).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      return new Reply(response.code(), text, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One answer: status, body text and headers. */
  static final class Reply {
    final int status;
    final String body;
    private final Response response;

    Reply(int status, String body, Response response) {
      this.status = status;
      this.body = body;
      this.response = response;
    }

    String header(String name) {
      return response.header(name);
    }

    Object json() {
      try {
        return new Moshi.Builder().build().adapter(Object.class).fromJson(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
      return (Map<String, Object>) json();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list() {
      return (List<Map<String, Object>>) json();
    }

    /** A JSON number field as a long (Moshi reads numbers as doubles). */
    static long id(Map<String, Object> json, String field) {
      return ((Number) json.get(field)).longValue();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
