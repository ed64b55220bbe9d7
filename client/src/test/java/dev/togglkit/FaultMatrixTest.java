package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.AuthenticationException;
import dev.togglkit.errors.BadRequestException;
import dev.togglkit.errors.PremiumFeatureException;
import dev.togglkit.errors.QuotaExceededException;
import dev.togglkit.errors.RateLimitException;
import dev.togglkit.errors.RedirectException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.errors.TogglApiException;
import dev.togglkit.errors.TogglDecodingException;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.errors.TogglUnexpectedException;
import dev.togglkit.errors.UnexpectedStatusException;
import dev.togglkit.fixtures.Color;
import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.Thing;
import dev.togglkit.fixtures.ThingsApi;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Issue 5, item 7, and issue 10: a table of network and server faults, each run against a fresh
 * server. For every case the outcome (a typed exception or a value) is checked, a POST or PATCH
 * the server saw more than once counts as a duplicate create, every exception message,
 * toString(), accessor and log line is scanned for the token, and the OkHttp connection pool must
 * hold no connection still allocated once the call returned. Waits between retries are recorded,
 * not slept.
 *
 * <p>{@code @Isolated}: a case here connects to a port it has just closed, to get "connection
 * refused". With test classes running side by side, another class's MockWebServer could take that
 * port in between; the request and its retries would then land on that server, breaking both.
 */
@Isolated
class FaultMatrixTest {

  private static final String TOKEN = "tkn-fault-matrix-0b1c2d3e4f";
  private static final String AUTH_HEADER = Base64.getEncoder()
      .encodeToString((TOKEN + ":api_token").getBytes(StandardCharsets.UTF_8));
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  /** What one case sends, what the server does, and what must come out. */
  private static final class Case {
    final String name;
    final String expected;
    final Function<ThingsApi, TogglCall<?>> call;
    final List<MockResponse> script = new ArrayList<>();
    final Predicate<Object> check;
    boolean closedPort;
    Duration readTimeout;
    Integer expectedRequests;
    /** Adjusts the user's OkHttpClient the client is built on (authenticators, protocols, ...). */
    UnaryOperator<OkHttpClient.Builder> http = b -> b;
    /** HTTP/2 without TLS on both ends. */
    boolean h2;
    /** A server that closes every connection after one answer, given this status line. */
    String closingServer;
    /** A call made (and awaited) before the one under test, e.g. to fill the pool. */
    Function<ThingsApi, TogglCall<?>> before;

    Case(String name, String expected, Function<ThingsApi, TogglCall<?>> call,
        Predicate<Object> check, MockResponse... script) {
      this.name = name;
      this.expected = expected;
      this.call = call;
      this.check = check;
      this.script.addAll(Arrays.asList(script));
    }

    Case requests(int count) {
      this.expectedRequests = count;
      return this;
    }

    Case http(UnaryOperator<OkHttpClient.Builder> http) {
      this.http = http;
      return this;
    }
  }

  private static final Function<ThingsApi, TogglCall<?>> GET = api -> api.getThing(1L, 2L);
  private static final Function<ThingsApi, TogglCall<?>> LIST = api -> api.listThings(1L, "both");
  private static final Function<ThingsApi, TogglCall<?>> POST =
      api -> api.createThing(1L, new NewThing("Acme", 1L));
  private static final Function<ThingsApi, TogglCall<?>> PATCH =
      api -> api.patchThings(1L, "2,3", List.of(new NewThing("Acme", 1L)));

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8").setBody(body);
  }

  private static MockResponse policy(SocketPolicy policy) {
    return new MockResponse().setSocketPolicy(policy);
  }

  private static MockResponse[] times(int n, MockResponse response) {
    MockResponse[] responses = new MockResponse[n];
    Arrays.fill(responses, response);
    return responses;
  }

  /** An exception of exactly this type that also passes the check. */
  private static <T> Predicate<Object> thrown(Class<T> type, Predicate<T> check) {
    return outcome -> outcome != null && outcome.getClass() == type && check.test(type.cast(outcome));
  }

  private static <T> Predicate<Object> thrown(Class<T> type) {
    return thrown(type, e -> true);
  }

  private static Predicate<Object> value(Predicate<Object> check) {
    return outcome -> !(outcome instanceof Throwable) && check.test(outcome);
  }

  private static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static List<Case> cases() {
    String html = "<!DOCTYPE html><html><head><title>429 Too Many Requests</title></head><body>"
        + "Slow down. ".repeat(60) + "</body></html>";
    MockResponse html429 = new MockResponse().setResponseCode(429)
        .setHeader("Content-Type", "text/html").setBody(html);
    List<Case> cases = new ArrayList<>();

    Case refused = new Case("connection refused", "TogglIoException (not timeout)", GET,
        thrown(TogglIoException.class, e -> !e.isTimeout()));
    refused.closedPort = true;
    cases.add(refused);
    cases.add(new Case("reset before response, GET", "TogglIoException after retries", GET,
        thrown(TogglIoException.class), times(4, policy(SocketPolicy.DISCONNECT_AT_START))));
    cases.add(new Case("reset before response, POST", "TogglIoException, not resent", POST,
        thrown(TogglIoException.class, e -> e.method().equals("POST")),
        policy(SocketPolicy.DISCONNECT_AT_START), json(200, "{\"id\":9}")));
    cases.add(new Case("reset mid-body", "TogglIoException", GET,
        thrown(TogglIoException.class),
        json(200, "{\"id\":2,\"name\":\"" + "a".repeat(8000) + "\"}")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)));
    Case timeout = new Case("read timeout", "TogglIoException (timeout)", GET,
        thrown(TogglIoException.class, TogglIoException::isTimeout),
        policy(SocketPolicy.NO_RESPONSE));
    timeout.readTimeout = Duration.ofMillis(150);
    cases.add(timeout);
    cases.add(new Case("truncated JSON", "TogglDecodingException", GET,
        thrown(TogglDecodingException.class, e -> e.statusCode() == 200),
        json(200, "{\"id\":2,\"name\":\"Acme\"")));
    cases.add(new Case("invalid JSON", "TogglDecodingException", GET,
        thrown(TogglDecodingException.class), json(200, "{id:2,,]")));
    cases.add(new Case("HTML 200", "TogglDecodingException, snippet <= 200", GET,
        thrown(TogglDecodingException.class, e -> e.bodySnippet().length() <= 200),
        new MockResponse().setHeader("Content-Type", "text/html").setBody(html)));
    cases.add(new Case("empty 200 where JSON expected", "TogglDecodingException", GET,
        thrown(TogglDecodingException.class), json(200, "")));
    cases.add(new Case("HTML 429", "RateLimitException, no message, snippet <= 200", GET,
        thrown(RateLimitException.class,
            e -> e.errorMessage().orElse(null) == null && e.bodySnippet().length() <= 200),
        times(4, html429)).requests(4));
    cases.add(new Case("429 Retry-After seconds, GET", "retried, value", LIST,
        value(v -> ((List<?>) v).size() == 1),
        json(429, "\"slow down\"").setHeader("Retry-After", "3"), json(200, "[{\"id\":1}]"))
        .requests(2));
    cases.add(new Case("429 Retry-After date, GET", "retried, value", LIST,
        value(v -> ((List<?>) v).size() == 1),
        json(429, "\"slow down\"").setHeader("Retry-After", httpDate(NOW.plusSeconds(5))),
        json(200, "[{\"id\":1}]")).requests(2));
    cases.add(new Case("429 Retry-After beyond budget", "RateLimitException retryAfter=600s", LIST,
        thrown(RateLimitException.class, e -> Duration.ofSeconds(600).equals(e.retryAfter().orElse(null))),
        json(429, "\"slow down\"").setHeader("Retry-After", "600"), json(200, "[]")).requests(1));
    cases.add(new Case("503 then success, GET", "retried, value", GET,
        value(v -> ((Thing) v).id == 2L), json(503, "\"busy\""), json(200, "{\"id\":2}"))
        .requests(2));
    cases.add(new Case("503 on POST", "ServerException, not resent", POST,
        thrown(ServerException.class), json(503, "\"busy\""), json(200, "{\"id\":9}"))
        .requests(1));
    cases.add(new Case("429 on PATCH", "RateLimitException, not resent", PATCH,
        thrown(RateLimitException.class), json(429, "\"slow\"").setHeader("Retry-After", "1"),
        json(200, "{}")).requests(1));
    cases.add(new Case("empty-body 401", "AuthenticationException, no message", GET,
        thrown(AuthenticationException.class, e -> e.errorMessage().orElse(null) == null),
        new MockResponse().setResponseCode(401).setHeader("X-Authorization-Missing", "true")));
    cases.add(new Case("JSON-string 400", "BadRequestException with message", POST,
        thrown(BadRequestException.class,
            e -> "Thing name is refused".equals(e.errorMessage().orElse(null))),
        json(400, "\"Thing name is refused\"")).requests(1));
    cases.add(new Case("402 quota", "QuotaExceededException resetsIn=1800s", GET,
        thrown(QuotaExceededException.class, e -> e.quota().remaining().orElse(-1) == 0L
            && Duration.ofSeconds(1800).equals(e.quota().resetsIn().orElse(null)) && e.quota().resetsAt().orElse(null) != null),
        json(402, "{\"error\":\"quota_exceeded\"}").setHeader("X-Toggl-Quota-Remaining", "0")
            .setHeader("X-Toggl-Quota-Resets-In", "1800"), json(200, "{\"id\":2}")).requests(1));
    cases.add(new Case("402 premium", "PremiumFeatureException", GET,
        thrown(PremiumFeatureException.class), json(402, "\"Premium feature\"")).requests(1));
    cases.add(new Case("null list body", "empty list", LIST,
        value(v -> ((List<?>) v).isEmpty()), json(200, "null")));
    cases.add(new Case("unknown field", "value, field ignored", GET,
        value(v -> ((Thing) v).id == 2L), json(200, "{\"id\":2,\"added_in_2027\":{\"x\":[1]}}")));
    cases.add(new Case("unknown enum value", "value, color=UNKNOWN", GET,
        value(v -> ((Thing) v).color == Color.UNKNOWN), json(200, "{\"id\":2,\"color\":\"mauve\"}")));
    cases.add(new Case("int64 beyond 2^53", "exact Long", GET,
        value(v -> ((Thing) v).id == (1L << 53) + 1), json(200, "{\"id\":9007199254740993}")));

    // Issue 10, item 1: OkHttp's own follow-ups never re-send a POST or PATCH.
    cases.add(new Case("503 Retry-After: 0 on POST", "ServerException, not resent", POST,
        thrown(ServerException.class), json(503, "\"busy\"").setHeader("Retry-After", "0"),
        json(200, "{\"id\":9}")).requests(1));
    cases.add(new Case("503 Retry-After: 0 on PATCH", "ServerException, not resent", PATCH,
        thrown(ServerException.class), json(503, "\"busy\"").setHeader("Retry-After", "0"),
        json(200, "{}")).requests(1));
    cases.add(new Case("408 on POST, client retries", "UnexpectedStatusException, once", POST,
        thrown(UnexpectedStatusException.class, e -> e.statusCode() == 408),
        json(408, "\"timeout\""), json(200, "{\"id\":9}"))
        .http(b -> b.retryOnConnectionFailure(true)).requests(1));
    for (int status : new int[] {301, 302, 303, 307, 308}) {
      cases.add(new Case(status + " redirect of POST", "RedirectException naming Location", POST,
          thrown(RedirectException.class, e -> "/api/v9/moved".equals(e.location().orElse(null))),
          json(status, "\"moved\"").setHeader("Location", "/api/v9/moved"), json(200, "{\"id\":9}"))
          .requests(1));
    }
    cases.add(new Case("308 redirect of PATCH", "RedirectException naming Location", PATCH,
        thrown(RedirectException.class, e -> "/api/v9/moved".equals(e.location().orElse(null))),
        json(308, "").setHeader("Location", "/api/v9/moved"), json(200, "{}")).requests(1));
    cases.add(new Case("401 on POST, authenticator", "AuthenticationException, once", POST,
        thrown(AuthenticationException.class), json(401, "\"expired\""), json(201, "{\"id\":9}"))
        .http(b -> b.authenticator((route, response) -> response.request().newBuilder()
            .header("Authorization", "Bearer renewed").build())).requests(1));
    cases.add(new Case("dropped after POST, client retries", "TogglIoException, once", POST,
        thrown(TogglIoException.class), policy(SocketPolicy.DISCONNECT_AFTER_REQUEST),
        json(200, "{\"id\":9}")).http(b -> b.retryOnConnectionFailure(true)).requests(1));
    Case refusedStream = new Case("HTTP/2 REFUSED_STREAM on POST", "TogglIoException, once", POST,
        thrown(TogglIoException.class), policy(SocketPolicy.RESET_STREAM_AT_START)
            .setHttp2ErrorCode(7), json(200, "{\"id\":9}"))
        .http(b -> b.protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).retryOnConnectionFailure(true))
        .requests(1);
    refusedStream.h2 = true;
    cases.add(refusedStream);
    // Item 2: credentials echoed by the server.
    cases.add(new Case("token echoed in 400 body", "BadRequestException, masked", POST,
        thrown(BadRequestException.class, e -> e.errorMessage().orElse(null).contains("****")),
        json(400, "\"bad token " + TOKEN + " / Basic " + AUTH_HEADER + "\"")
            .setHeader("X-Toggl-Request-Id", TOKEN)).requests(1));
    cases.add(new Case("Authorization echoed in 401", "AuthenticationException, masked", GET,
        thrown(AuthenticationException.class),
        json(401, "{\"error\":\"denied\",\"headers\":{\"authorization\":\"Basic " + AUTH_HEADER
            + "\"}}")));
    cases.add(new Case("token echoed in 200 HTML", "TogglDecodingException, masked", GET,
        thrown(TogglDecodingException.class, e -> e.bodySnippet().contains("****")),
        new MockResponse().setHeader("Content-Type", "text/html")
            .setBody("<p>" + TOKEN + "</p>")));
    // Item 3: header arithmetic saturates; runtime failures are typed; connections are released.
    cases.add(new Case("Retry-After Long.MAX after a wait", "RateLimitException, no overflow", LIST,
        thrown(RateLimitException.class,
            e -> Duration.ofSeconds(Long.MAX_VALUE).equals(e.retryAfter().orElse(null))),
        json(429, "\"slow\"").setHeader("Retry-After", "1"),
        json(429, "\"slow\"").setHeader("Retry-After", String.valueOf(Long.MAX_VALUE)),
        json(200, "[]")).requests(2));
    cases.add(new Case("quota headers beyond a long", "QuotaExceededException, saturated", GET,
        thrown(QuotaExceededException.class,
            e -> e.quota().remaining().orElse(-1) == Long.MAX_VALUE && Instant.MAX.equals(e.quota().resetsAt().orElse(null))),
        json(402, "\"quota\"").setHeader("X-Toggl-Quota-Remaining", "99999999999999999999")
            .setHeader("X-Toggl-Quota-Resets-In", "99999999999999999999")).requests(1));
    cases.add(new Case("interceptor throws", "TogglUnexpectedException", POST,
        thrown(TogglUnexpectedException.class, e -> e.operation().equals("createThing")),
        json(200, "{\"id\":9}"))
        .http(b -> b.addNetworkInterceptor(chain -> {
          chain.proceed(chain.request()).close();
          throw new IllegalStateException("interceptor bug");
        })).requests(1));
    // Item 4: malformed bodies are decoding errors.
    cases.add(new Case("duplicate key", "TogglDecodingException", GET,
        thrown(TogglDecodingException.class, e -> e.getMessage().contains("duplicate key 'id'")),
        json(200, "{\"id\":2,\"name\":\"a\",\"id\":3}")));
    cases.add(new Case("invalid UTF-8 in a string", "TogglDecodingException", GET,
        thrown(TogglDecodingException.class, e -> e.getMessage().contains("malformed UTF-8")),
        new MockResponse().setHeader("Content-Type", "application/json")
            .setBody(new Buffer().writeUtf8("{\"id\":2,\"name\":\"Acme ")
                .write(new byte[] {(byte) 0xC3, (byte) 0x28}).writeUtf8("\"}"))));
    // Item 5: a POST after the server closed the pooled connection.
    for (String statusLine : new String[] {"HTTP/1.1 200 OK", "HTTP/1.0 200 OK"}) {
      Case stale = new Case("POST on closed pool, " + statusLine.substring(0, 8),
          "value, POST sent once", POST, value(v -> ((Thing) v).id == 7L)).requests(2);
      stale.closingServer = statusLine;
      stale.before = GET;
      cases.add(stale);
    }
    return cases;
  }

  /** What happened in one case. */
  private static final class Result {
    String got;
    int requests;
    boolean handled;
    boolean duplicateCreate;
    boolean leak;
    int connectionsInUse;
  }

  private static Result run(Case c) throws IOException, InterruptedException {
    if (c.closingServer != null) {
      try (ClosingHttpServer server = new ClosingHttpServer(c.closingServer, "{\"id\":7}")) {
        return run(c, server.url("/api/v9/"), () -> methodsOf(server.requests()),
            () -> server.awaitClosed(1));
      }
    }
    MockWebServer server = new MockWebServer();
    if (c.h2) {
      server.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
    }
    c.script.forEach(server::enqueue);
    server.start();
    try {
      String baseUrl = server.url("/api/v9/").toString();
      if (c.closedPort) {
        baseUrl = "http://127.0.0.1:" + closedPort() + "/api/v9/";
      }
      return run(c, baseUrl, () -> recordedMethods(server), () -> { });
    } finally {
      server.shutdown();
    }
  }

  /** Reads the methods of the requests a server saw. */
  private interface Methods {
    List<String> get() throws InterruptedException;
  }

  /** Waits for the server to be ready for the call under test. */
  private interface Pause {
    void await() throws InterruptedException;
  }

  private static Result run(Case c, String baseUrl, Methods seen, Pause afterBefore)
      throws InterruptedException {
    List<String> log = new CopyOnWriteArrayList<>();
    // The client is built on a given OkHttpClient, as users may, so its pool can be inspected.
    ConnectionPool pool = new ConnectionPool();
    OkHttpClient http = c.http.apply(new OkHttpClient.Builder().connectionPool(pool)).build();
    TogglTrack.Builder builder = TogglTrack.builder().apiToken(TOKEN).baseUrl(baseUrl)
        .okHttpClient(http).httpLogger(log::add).sleeper(d -> { })
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    if (c.readTimeout != null) {
      builder.readTimeout(c.readTimeout);
    }
    TogglTrack track = builder.build();
    ThingsApi api = track.create(ThingsApi.class);
    if (c.before != null) {
      c.before.apply(api).execute();
      afterBefore.await();
    }
    Object outcome;
    try {
      outcome = c.call.apply(api).execute();
    } catch (RuntimeException e) {
      outcome = e;
    }
    Result result = new Result();
    List<String> methods = seen.get();
    result.requests = methods.size();
    result.got = outcome instanceof Throwable
        ? outcome.getClass().getSimpleName()
        : outcome instanceof List ? "value: list of " + ((List<?>) outcome).size()
        : "value: " + (outcome == null ? "null" : outcome.getClass().getSimpleName());
    result.handled = c.check.test(outcome)
        && (c.expectedRequests == null || c.expectedRequests == result.requests);
    long creates = methods.stream().filter(m -> m.equals("POST") || m.equals("PATCH")).count();
    result.duplicateCreate = creates > 1;
    result.leak = leaks(outcome, log, track);
    result.connectionsInUse = PoolAssertions.connectionsInUse(pool);
    return result;
  }

  /** Whether the token shows anywhere the caller can look: messages, accessors, log, toString. */
  private static boolean leaks(Object outcome, List<String> log, TogglTrack track) {
    StringBuilder visible = new StringBuilder(String.join("\n", log)).append(track);
    for (Throwable t = outcome instanceof Throwable ? (Throwable) outcome : null; t != null;
        t = t.getCause()) {
      visible.append('\n').append(t.getMessage()).append('\n').append(t);
    }
    if (outcome instanceof TogglApiException) {
      TogglApiException e = (TogglApiException) outcome;
      visible.append(e.errorMessage().orElse(null)).append(e.bodySnippet()).append(e.requestId().orElse(null));
      if (e instanceof RedirectException) {
        visible.append(((RedirectException) e).location().orElse(null));
      }
    }
    if (outcome instanceof TogglDecodingException) {
      visible.append(((TogglDecodingException) outcome).bodySnippet());
    }
    return visible.indexOf(TOKEN) >= 0 || visible.indexOf(AUTH_HEADER) >= 0;
  }

  private static List<String> recordedMethods(MockWebServer server) throws InterruptedException {
    List<String> methods = new ArrayList<>();
    for (int i = 0; i < server.getRequestCount(); i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      // A connection dropped before its request was read is counted with no method.
      methods.add(request == null || request.getMethod() == null ? "?" : request.getMethod());
    }
    return methods;
  }

  private static List<String> methodsOf(List<String> requestLines) {
    List<String> methods = new ArrayList<>();
    for (String line : requestLines) {
      methods.add(line.substring(0, line.indexOf(' ')));
    }
    return methods;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void everyFaultIsHandled() throws IOException, InterruptedException {
    List<Case> cases = cases();
    int handled = 0;
    int duplicates = 0;
    int leaks = 0;
    int leakedConnections = 0;
    List<String> failures = new ArrayList<>();
    String row = "| %-36s | %-47s | %-28s | %3s | %-3s |%n";
    StringBuilder table = new StringBuilder(String.format(row, "case", "expected", "got", "req", "ok"));
    for (Case c : cases) {
      Result r = run(c);
      handled += r.handled ? 1 : 0;
      duplicates += r.duplicateCreate ? 1 : 0;
      leaks += r.leak ? 1 : 0;
      leakedConnections += r.connectionsInUse > 0 ? 1 : 0;
      boolean ok = r.handled && !r.duplicateCreate && !r.leak && r.connectionsInUse == 0;
      if (!ok) {
        failures.add(c.name + ": expected " + c.expected + ", got " + r.got + " after "
            + r.requests + " request(s)" + (r.duplicateCreate ? ", DUPLICATE CREATE" : "")
            + (r.leak ? ", SECRET LEAK" : "")
            + (r.connectionsInUse > 0 ? ", " + r.connectionsInUse + " CONNECTION(S) LEFT IN USE" : ""));
      }
      String got = r.got.length() > 28 ? r.got.substring(0, 28) : r.got;
      table.append(String.format(row, c.name, c.expected, got, r.requests, ok ? "yes" : "NO"));
    }
    String summary = "fault matrix: " + handled + "/" + cases.size() + " handled, duplicate creates "
        + duplicates + ", secret leaks " + leaks + ", leaked connections " + leakedConnections;
    System.out.print(table);
    System.out.println(summary);
    assertTrue(cases.size() >= 18 + 24, "the 18 cases of issue 5 and the 24 of issue 10");
    assertEquals(List.of(), failures, summary);
    assertEquals(cases.size(), handled, summary);
    assertEquals(0, duplicates, summary);
    assertEquals(0, leaks, summary);
    assertEquals(0, leakedConnections, summary);
  }
}
