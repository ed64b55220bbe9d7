package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.AuthenticationException;
import dev.togglkit.errors.RedirectException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.errors.UnexpectedStatusException;
import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.ThingsApi;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, item 1: every path by which OkHttp 4.12 sends a request again (redirects,
 * authenticators, 408, 503 with Retry-After: 0, connection failures, HTTP/2 refused streams),
 * each with the requests the server saw counted. A POST or PATCH goes out once on all of them.
 */
class FollowUpTest extends MockServerTest {

  /** A second server: the target of redirects to another origin. */
  private MockWebServer elsewhere;

  @BeforeEach
  void startElsewhere() throws IOException {
    elsewhere = new MockWebServer();
    elsewhere.start();
  }

  @AfterEach
  void stopElsewhere() throws IOException {
    elsewhere.shutdown();
  }

  private static final Function<ThingsApi, TogglCall<?>> POST =
      api -> api.createThing(1L, new NewThing("Acme", 1L));
  private static final Function<ThingsApi, TogglCall<?>> PATCH =
      api -> api.patchThings(1L, "2,3", List.of(new NewThing("Acme", 1L)));

  private static Function<ThingsApi, TogglCall<?>> call(String method) {
    return method.equals("POST") ? POST : PATCH;
  }

  private ThingsApi noRetries() {
    return things(trackBuilder().retryPolicy(RetryPolicy.none()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH"})
  void serviceUnavailableWithRetryAfterZeroIsNotResent(String method) {
    server.enqueue(json(503, "\"busy\"").setHeader("Retry-After", "0"));
    server.enqueue(json(200, "{\"id\":9}"));
    ServerException e = assertThrows(ServerException.class, () -> call(method).apply(things()).execute());
    assertEquals(503, e.statusCode());
    assertEquals("busy", e.errorMessage().orElse(null));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void getWithRetryAfterZeroIsResentOnlyByTheRetryPolicy() {
    server.enqueue(json(503, "\"busy\"").setHeader("Retry-After", "0"));
    server.enqueue(json(200, "{\"id\":2}"));
    assertThrows(ServerException.class, () -> noRetries().getThing(1L, 2L).execute());
    assertEquals(1, server.getRequestCount(), "RetryPolicy.none(): OkHttp must not resend either");
  }

  @Test
  void getWithRetryAfterZeroIsRetriedOnceByTheRetryInterceptor() {
    server.enqueue(json(503, "\"busy\"").setHeader("Retry-After", "0"));
    server.enqueue(json(200, "{\"id\":2}"));
    assertEquals(2L, things().getThing(1L, 2L).execute().id);
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(java.time.Duration.ZERO), sleeps, "one retry, by RetryInterceptor");
  }

  @ParameterizedTest
  @CsvSource({"POST, ", "POST, 0", "PATCH, ", "PATCH, 0"})
  void requestTimeoutIsNotResentEvenWhenTheGivenClientWouldRetry(String method, String retryAfter) {
    MockResponse timeout = json(408, "\"request timeout\"");
    if (retryAfter != null) {
      timeout.setHeader("Retry-After", retryAfter);
    }
    server.enqueue(timeout);
    server.enqueue(json(200, "{\"id\":9}"));
    OkHttpClient retrying = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class,
        () -> call(method).apply(things(trackBuilder().okHttpClient(retrying))).execute());
    assertEquals(408, e.statusCode());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @CsvSource({"POST, 301", "POST, 302", "POST, 303", "POST, 307", "POST, 308",
      "PATCH, 301", "PATCH, 302", "PATCH, 303", "PATCH, 307", "PATCH, 308"})
  void redirectsOfAPostOrPatchAreReportedNotFollowed(String method, int status) {
    String target = elsewhere.url("/api/v9/workspaces/1/things").toString();
    server.enqueue(json(status, "\"moved\"").setHeader("Location", target));
    server.enqueue(json(200, "{\"id\":9}"));
    elsewhere.enqueue(json(200, "{\"id\":9}"));
    RedirectException e = assertThrows(RedirectException.class,
        () -> call(method).apply(things()).execute());
    assertEquals(status, e.statusCode());
    assertEquals(target, e.location().orElse(null));
    assertTrue(e.getMessage().endsWith("; redirected to " + target + ", not followed"), e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals(0, elsewhere.getRequestCount(), "not even a connection to the target");
  }

  @Test
  void aSameOriginRedirectOfAPostIsNotFollowedEither() {
    server.enqueue(json(307, "").setHeader("Location", "/api/v9/workspaces/1/other"));
    server.enqueue(json(200, "{\"id\":9}"));
    RedirectException e = assertThrows(RedirectException.class, () -> POST.apply(things()).execute());
    assertEquals("/api/v9/workspaces/1/other", e.location().orElse(null));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aRedirectWithoutLocationIsARedirectException() {
    server.enqueue(json(302, ""));
    RedirectException e = assertThrows(RedirectException.class, () -> noRetries().getThing(1L, 2L).execute());
    assertNull(e.location().orElse(null));
    assertTrue(e.getMessage().endsWith("; no Location header"), e.getMessage());
  }

  @Test
  void aGetIsRedirectedAndCredentialsStayWithTheirOrigin() throws InterruptedException {
    server.enqueue(json(302, "").setHeader("Location", "/api/v9/workspaces/1/things/3"));
    server.enqueue(json(302, "").setHeader("Location",
        elsewhere.url("/api/v9/workspaces/1/things/4").toString()));
    elsewhere.enqueue(json(200, "{\"id\":4}"));
    assertEquals(4L, noRetries().getThing(1L, 2L).execute().id);
    RecordedRequest first = server.takeRequest();
    RecordedRequest sameOrigin = server.takeRequest();
    RecordedRequest otherOrigin = elsewhere.takeRequest();
    assertTrue(first.getHeader("Authorization").startsWith("Basic "));
    assertEquals(first.getHeader("Authorization"), sameOrigin.getHeader("Authorization"),
        "same host, port and scheme: the credentials go along");
    assertEquals("/api/v9/workspaces/1/things/4", otherOrigin.getPath());
    assertNull(otherOrigin.getHeader("Authorization"), "another origin never sees the credentials");
  }

  @Test
  void aGetIsNotRedirectedWhenTheGivenClientSaysSo() {
    server.enqueue(json(301, "").setHeader("Location", "/elsewhere"));
    OkHttpClient noRedirects = new OkHttpClient.Builder().followRedirects(false).build();
    RedirectException e = assertThrows(RedirectException.class,
        () -> things(trackBuilder().okHttpClient(noRedirects)).getThing(1L, 2L).execute());
    assertEquals("/elsewhere", e.location().orElse(null));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anAuthenticatorsAnswerToAPostIsNeverSent() {
    AtomicInteger asked = new AtomicInteger();
    Authenticator authenticator = (route, response) -> {
      asked.incrementAndGet();
      return response.request().newBuilder().header("Authorization", "Bearer renewed").build();
    };
    server.enqueue(json(401, "\"expired\""));
    server.enqueue(json(201, "{\"id\":9}"));
    OkHttpClient withAuthenticator = new OkHttpClient.Builder().authenticator(authenticator).build();
    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> POST.apply(things(trackBuilder().okHttpClient(withAuthenticator))).execute());
    assertEquals("expired", e.errorMessage().orElse(null));
    assertEquals(1, asked.get(), "OkHttp asked the authenticator");
    assertEquals(1, server.getRequestCount(), "but its request never went out");
  }

  @Test
  void anAuthenticatorStillAnswersAGet() throws InterruptedException {
    Authenticator authenticator = (route, response) ->
        response.request().newBuilder().header("Authorization", "Bearer renewed").build();
    server.enqueue(json(401, "\"expired\""));
    server.enqueue(json(200, "{\"id\":2}"));
    OkHttpClient withAuthenticator = new OkHttpClient.Builder().authenticator(authenticator).build();
    assertEquals(2L, things(trackBuilder().okHttpClient(withAuthenticator).retryPolicy(RetryPolicy.none()))
        .getThing(1L, 2L).execute().id);
    server.takeRequest();
    assertEquals("Bearer renewed", server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void aProxyAuthenticatorsAnswerToAPostIsNeverSent() {
    AtomicInteger asked = new AtomicInteger();
    Authenticator proxyAuthenticator = (route, response) -> {
      asked.incrementAndGet();
      return response.request().newBuilder().header("Proxy-Authorization", "Basic cHJveHk=").build();
    };
    server.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic"));
    server.enqueue(json(201, "{\"id\":9}"));
    OkHttpClient viaProxy = new OkHttpClient.Builder()
        .proxy(server.toProxyAddress()).proxyAuthenticator(proxyAuthenticator).build();
    ThingsApi api = things(TogglTrack.builder().apiToken(TOKEN)
        .baseUrl("http://toggl.invalid/api/v9/").okHttpClient(viaProxy).sleeper(sleeps::add));
    UnexpectedStatusException e =
        assertThrows(UnexpectedStatusException.class, () -> POST.apply(api).execute());
    assertEquals(407, e.statusCode());
    assertEquals(1, asked.get());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH"})
  void aConnectionDroppedAfterTheRequestIsNotResentEvenWhenTheGivenClientWouldRetry(String method) {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, "{\"id\":9}"));
    OkHttpClient retrying = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    assertThrows(TogglIoException.class,
        () -> call(method).apply(things(trackBuilder().okHttpClient(retrying))).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anHttp2RefusedStreamIsNotResent() throws IOException {
    server.shutdown();
    server = new MockWebServer();
    server.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
    server.start();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.RESET_STREAM_AT_START)
        .setHttp2ErrorCode(7)); // REFUSED_STREAM
    server.enqueue(json(200, "{\"id\":9}"));
    OkHttpClient h2 = new OkHttpClient.Builder()
        .protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).retryOnConnectionFailure(true).build();
    TogglIoException e = assertThrows(TogglIoException.class,
        () -> POST.apply(things(trackBuilder().okHttpClient(h2))).execute());
    assertTrue(e.getMessage().contains("REFUSED_STREAM"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }
}
