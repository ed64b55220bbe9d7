package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.RedirectException;
import dev.togglkit.errors.TogglApiException;
import dev.togglkit.errors.TogglDecodingException;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.errors.TogglUnexpectedException;
import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.ThingsApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 10, item 2: a server (or a gateway in front of it) echoes what the client sent. For each
 * kind of credentials and each exception type, no accessor, message, toString(), cause or log line
 * may show any form of the secret.
 */
class SecretScrubbingTest {

  private static final String TOKEN = "tkn/Echo+9f8e7d6c5b";
  private static final String EMAIL = "ada@example.com";
  private static final String PASSWORD = "pässwörd \"quoted\" & <tag>/slash";
  private static final String API_KEY = "toggl_sk_EchoKey123";

  /** The credentials a client is built with, and every form of them an echo could show. */
  enum Kind {
    TRACK_TOKEN {
      List<String> secrets() {
        String pair = TOKEN + ":api_token";
        return List.of(TOKEN, pair, base64(pair), "Basic " + base64(pair));
      }
    },
    TRACK_PASSWORD {
      List<String> secrets() {
        String pair = EMAIL + ":" + PASSWORD;
        return List.of(PASSWORD, pair, base64(pair), "Basic " + base64(pair));
      }
    },
    FOCUS_KEY {
      List<String> secrets() {
        return List.of(API_KEY, "Bearer " + API_KEY);
      }
    };

    abstract List<String> secrets();

    /** Every way an echo may encode the secrets: raw, upper-cased, JSON-, URL- and HTML-escaped. */
    List<String> echoed() {
      List<String> forms = new ArrayList<>();
      for (String secret : secrets()) {
        forms.add(secret);
        forms.add(secret.toUpperCase(Locale.ROOT));
        forms.add(secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
        forms.add(java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;"));
      }
      return forms;
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private MockWebServer server;
  private final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private ThingsApi api(Kind kind, OkHttpClient http) {
    String baseUrl = server.url("/api/").toString();
    switch (kind) {
      case TRACK_TOKEN:
        return TogglTrack.builder().apiToken(TOKEN).baseUrl(baseUrl).okHttpClient(http)
            .retryPolicy(RetryPolicy.none()).httpLogger(log::add).build().create(ThingsApi.class);
      case TRACK_PASSWORD:
        return TogglTrack.builder().emailAndPassword(EMAIL, PASSWORD).baseUrl(baseUrl)
            .okHttpClient(http).retryPolicy(RetryPolicy.none()).httpLogger(log::add).build()
            .create(ThingsApi.class);
      default:
        return TogglFocus.builder().apiKey(API_KEY).baseUrl(baseUrl).okHttpClient(http)
            .retryPolicy(RetryPolicy.none()).httpLogger(log::add).build().create(ThingsApi.class);
    }
  }

  /** A body that quotes every echoed form, as a gateway's debug page might. */
  private static String echoBody(Kind kind, boolean json) {
    String all = String.join(" | ", kind.echoed());
    return json ? "{\"message\":\"denied for " + all.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"echo\":\"" + String.join(" ", kind.echoed()).replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"}" : "denied for " + all;
  }

  /** Headers a server might echo the credentials in. */
  private static MockResponse withEchoHeaders(MockResponse response, Kind kind) {
    // Lenient: a password may hold characters OkHttp would refuse in a header it sends.
    return response.addHeaderLenient("X-Toggl-Request-Id", "req " + kind.secrets().get(0))
        .addHeaderLenient("X-Echo-Authorization", kind.secrets().get(kind.secrets().size() - 1))
        .addHeaderLenient("Location", "https://elsewhere.example/?t=" + kind.secrets().get(0));
  }

  private void assertClean(Kind kind, Throwable thrown, String... accessors) {
    StringBuilder visible = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      visible.append(t.getMessage()).append('\n').append(t).append('\n');
      for (Throwable suppressed : t.getSuppressed()) {
        visible.append(suppressed).append('\n');
      }
    }
    for (String accessor : accessors) {
      visible.append(accessor).append('\n');
    }
    visible.append(String.join("\n", log));
    String text = visible.toString();
    for (String secret : kind.echoed()) {
      assertFalse(text.contains(secret), () -> "leaked " + secret + " in:\n" + text);
    }
    assertTrue(text.contains("****"), () -> "expected masked text in:\n" + text);
  }

  private <T extends Throwable> T fail(Class<T> type, Supplier<Object> call) {
    return assertThrows(type, call::get);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyApiExceptionTypeAndAccessorIsClean(Kind kind) {
    int[] statuses = {400, 401, 402, 403, 404, 409, 429, 307, 500};
    for (int status : statuses) {
      boolean json = status % 2 == 0;
      MockResponse response = withEchoHeaders(new MockResponse().setResponseCode(status)
          .setHeader("Content-Type", json ? "application/json" : "text/plain")
          .setBody(echoBody(kind, json)), kind);
      if (status == 402) {
        response.setHeader("X-Toggl-Quota-Remaining", "0").setHeader("X-Toggl-Quota-Resets-In", "60");
      }
      server.enqueue(response);
      // A POST, so that the 307 is reported rather than followed.
      TogglApiException e = fail(TogglApiException.class,
          () -> api(kind, new OkHttpClient()).createThing(1L, new NewThing("a", 1L)).execute());
      String location = e instanceof RedirectException ? ((RedirectException) e).location().orElse(null) : "";
      assertClean(kind, e, e.errorMessage().orElse(null), e.bodySnippet(), e.requestId().orElse(null), location);
      assertTrue(e.requestId().orElse(null).startsWith("req "), e.requestId().orElse(null));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void decodingExceptionIsClean(Kind kind) {
    server.enqueue(withEchoHeaders(new MockResponse().setHeader("Content-Type", "text/html")
        .setBody("<html>" + echoBody(kind, false) + "</html>"), kind));
    TogglDecodingException html = fail(TogglDecodingException.class,
        () -> api(kind, new OkHttpClient()).getThing(1L, 2L).execute());
    assertClean(kind, html, html.bodySnippet());
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"" + kind.secrets().get(0).replace("\"", "\\\"") + "\":1,\""
            + kind.secrets().get(0).replace("\"", "\\\"") + "\":2}"));
    TogglDecodingException duplicate = fail(TogglDecodingException.class,
        () -> api(kind, new OkHttpClient()).getThing(1L, 2L).execute());
    assertTrue(duplicate.getMessage().contains("duplicate key"), duplicate.getMessage());
    assertClean(kind, duplicate, duplicate.bodySnippet());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void ioAndUnexpectedFailuresWhoseMessagesQuoteTheCredentialsAreClean(Kind kind) {
    server.enqueue(new MockResponse().setBody("{}"));
    OkHttpClient failingWithEcho = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      throw new IOException("proxy refused " + chain.request().header("Authorization"));
    }).build();
    TogglIoException io = fail(TogglIoException.class,
        () -> api(kind, failingWithEcho).getThing(1L, 2L).execute());
    assertClean(kind, io);
    OkHttpClient throwingWithEcho = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      throw new IllegalStateException("bug near " + chain.request().header("Authorization"));
    }).build();
    TogglUnexpectedException unexpected = fail(TogglUnexpectedException.class,
        () -> api(kind, throwingWithEcho).getThing(1L, 2L).execute());
    assertEquals("getThing", unexpected.operation());
    assertClean(kind, unexpected);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void logLinesAreCleanWhateverHeaderOrStatusLineEchoes(Kind kind) {
    server.enqueue(withEchoHeaders(new MockResponse()
        .setStatus("HTTP/1.1 200 OK " + kind.secrets().get(kind.secrets().size() - 1))
        .addHeaderLenient("X-Debug", String.join(",", kind.echoed()))
        .setHeader("Content-Type", "application/json").setBody("{\"id\":2}"), kind));
    assertEquals(2L, api(kind, new OkHttpClient()).getThing(1L, 2L).execute().id);
    String text = String.join("\n", log);
    for (String secret : kind.echoed()) {
      assertFalse(text.contains(secret), () -> "leaked " + secret + " in:\n" + text);
    }
    assertTrue(text.contains("X-Debug: ****"), text);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aResponsesHeadersRequestIdAndToStringAreClean(Kind kind) {
    server.enqueue(withEchoHeaders(new MockResponse()
        .addHeaderLenient("X-Debug", String.join(",", kind.echoed()))
        .setHeader("Content-Type", "application/json").setBody("{\"id\":2}"), kind));
    TogglResponse<?> response = api(kind, new OkHttpClient()).getThing(1L, 2L).executeWithResponse();
    String text = response + "\n" + response.headers() + "\n" + response.requestId();
    for (String secret : kind.echoed()) {
      assertFalse(text.contains(secret), () -> "leaked " + secret + " in:\n" + text);
    }
    assertTrue(response.requestId().orElse("").startsWith("req ****"), text);
  }
}
