package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Issue 5, item 7: a table of network and server faults, each run against a fresh MockWebServer.
 * For every case the outcome (a typed exception or a value) is checked, POST/PATCH requests the
 * server saw more than once are counted as duplicate creates, and every exception message,
 * toString() and log line is scanned for the token. Waits between retries are recorded, not slept.
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
            e -> e.errorMessage() == null && e.bodySnippet().length() <= 200),
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
        thrown(RateLimitException.class, e -> Duration.ofSeconds(600).equals(e.retryAfter())),
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
        thrown(AuthenticationException.class, e -> e.errorMessage() == null),
        new MockResponse().setResponseCode(401).setHeader("X-Authorization-Missing", "true")));
    cases.add(new Case("JSON-string 400", "BadRequestException with message", POST,
        thrown(BadRequestException.class,
            e -> "Client name cannot be empty".equals(e.errorMessage())),
        json(400, "\"Client name cannot be empty\"")).requests(1));
    cases.add(new Case("402 quota", "QuotaExceededException resetsIn=1800s", GET,
        thrown(QuotaExceededException.class, e -> e.quotaRemaining() == 0L
            && Duration.ofSeconds(1800).equals(e.resetsIn()) && e.resetsAt() != null),
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
    return cases;
  }

  /** What happened in one case. */
  private static final class Result {
    String got;
    int requests;
    boolean handled;
    boolean duplicateCreate;
    boolean leak;
  }

  private static Result run(Case c) throws IOException {
    List<String> log = new CopyOnWriteArrayList<>();
    MockWebServer server = new MockWebServer();
    c.script.forEach(server::enqueue);
    server.start();
    try {
      String baseUrl = server.url("/api/v9/").toString();
      if (c.closedPort) {
        baseUrl = "http://127.0.0.1:" + closedPort() + "/api/v9/";
      }
      TogglTrack.Builder builder = TogglTrack.builder().apiToken(TOKEN).baseUrl(baseUrl)
          .httpLogger(log::add).sleeper(d -> { }).clock(Clock.fixed(NOW, ZoneOffset.UTC));
      if (c.readTimeout != null) {
        builder.readTimeout(c.readTimeout);
      }
      TogglTrack track = builder.build();
      Object outcome;
      try {
        outcome = c.call.apply(track.create(ThingsApi.class)).execute();
      } catch (RuntimeException e) {
        outcome = e;
      }
      Result result = new Result();
      result.requests = server.getRequestCount();
      result.got = outcome instanceof Throwable
          ? outcome.getClass().getSimpleName()
          : outcome instanceof List ? "value: list of " + ((List<?>) outcome).size()
          : "value: " + (outcome == null ? "null" : outcome.getClass().getSimpleName());
      result.handled = c.check.test(outcome)
          && (c.expectedRequests == null || c.expectedRequests == result.requests);
      String method = c.call == POST ? "POST" : c.call == PATCH ? "PATCH" : "GET";
      result.duplicateCreate = !method.equals("GET") && result.requests > 1;
      StringBuilder visible = new StringBuilder(String.join("\n", log)).append(track);
      for (Throwable t = outcome instanceof Throwable ? (Throwable) outcome : null; t != null;
          t = t.getCause()) {
        visible.append('\n').append(t.getMessage()).append('\n').append(t);
      }
      result.leak = visible.indexOf(TOKEN) >= 0 || visible.indexOf(AUTH_HEADER) >= 0;
      return result;
    } finally {
      server.shutdown();
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void everyFaultIsHandled() throws IOException {
    List<Case> cases = cases();
    int handled = 0;
    int duplicates = 0;
    int leaks = 0;
    List<String> failures = new ArrayList<>();
    String row = "| %-31s | %-47s | %-28s | %3s | %-3s |%n";
    StringBuilder table = new StringBuilder(String.format(row, "case", "expected", "got", "req", "ok"));
    for (Case c : cases) {
      Result r = run(c);
      handled += r.handled ? 1 : 0;
      duplicates += r.duplicateCreate ? 1 : 0;
      leaks += r.leak ? 1 : 0;
      boolean ok = r.handled && !r.duplicateCreate && !r.leak;
      if (!ok) {
        failures.add(c.name + ": expected " + c.expected + ", got " + r.got + " after "
            + r.requests + " request(s)" + (r.duplicateCreate ? ", DUPLICATE CREATE" : "")
            + (r.leak ? ", SECRET LEAK" : ""));
      }
      String got = r.got.length() > 28 ? r.got.substring(0, 28) : r.got;
      table.append(String.format(row, c.name, c.expected, got, r.requests, ok ? "yes" : "NO"));
    }
    String summary = "fault matrix: " + handled + "/" + cases.size() + " handled, duplicate creates "
        + duplicates + ", secret leaks " + leaks;
    System.out.print(table);
    System.out.println(summary);
    assertTrue(cases.size() >= 18, "the matrix must keep at least the 18 cases of issue 5");
    assertEquals(List.of(), failures, summary);
    assertEquals(cases.size(), handled, summary);
    assertEquals(0, duplicates, summary);
    assertEquals(0, leaks, summary);
  }
}
