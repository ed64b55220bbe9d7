package dev.togglkit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.togglkit.testing.TogglOperation.Api;
import dev.togglkit.testing.internal.Authenticator;
import dev.togglkit.testing.internal.Call;
import dev.togglkit.testing.internal.DocumentedErrors;
import dev.togglkit.testing.internal.FakeRequest;
import dev.togglkit.testing.internal.FakeResponse;
import dev.togglkit.testing.internal.FakeSettings;
import dev.togglkit.testing.internal.FakeState;
import dev.togglkit.testing.internal.FocusErrors;
import dev.togglkit.testing.internal.Json;
import dev.togglkit.testing.internal.Refusal;
import dev.togglkit.testing.internal.RequestValidation;
import dev.togglkit.testing.internal.Router;
import dev.togglkit.testing.internal.TrackErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side: the JDK's server on a random loopback port. Every request goes the same way: route,
 * planned network faults (drop, delay), authentication, rate limit, quota, planned error status, the
 * request checked against the spec ({@link RequestValidation}; a violation is a 400), then the
 * operation's handler under the state's lock. Every answer carries {@code X-Toggl-Request-Id} and
 * is recorded.
 */
final class FakeHttpServer {

  static {
    // The JDK server leaves Nagle's algorithm on unless this is set before its first use; with it on,
    // every answer written as headers then body waits ~40 ms for the client's delayed ACK.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Router router = new Router();
  private final FakeState state;
  private final FakeSettings settings;
  private final Faults faults;
  private final Limits limits;
  private final List<ReceivedRequest> received = Collections.synchronizedList(new ArrayList<>());
  private final List<ExchangeListener> listeners;

  FakeHttpServer(FakeState state, FakeSettings settings, Faults faults, Limits limits,
      List<ExchangeListener> listeners) throws IOException {
    this.listeners = listeners;
    this.state = state;
    this.settings = settings;
    this.faults = faults;
    this.limits = limits;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "togglfake-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    if (settings.validateRequests) {
      // Parse the specs before the first request arrives, not while a client's read timeout runs: on a busy
      // machine the first parse can take longer than the caller is willing to wait.
      for (Api api : Api.values()) {
        RequestValidation.validator(api);
      }
    }
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<ReceivedRequest> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  void clearReceived() {
    received.clear();
  }

  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try {
      String requestId = UUID.randomUUID().toString().replace("-", "");
      FakeRequest request = read(exchange);
      Router.Match match = router.match(request);
      TogglOperation operation = match == null ? null : match.operation;
      Faults.Planned planned = faults.take(operation);
      String authorization = request.header("Authorization");
      String scheme = authorization == null ? null : authorization.split(" ", 2)[0];
      if (planned.drop) {
        record(operation, request, scheme, -1, FakeResponse.empty(-1), requestId, List.of());
        return; // closing without a response closes the connection
      }
      if (planned.delay != null) {
        sleep(planned.delay.toMillis());
      }
      List<String> violations = match != null && settings.validateRequests
          ? RequestValidation.violations(match.operation.api(), request)
          : List.of();
      FakeResponse response = answer(match, request, planned, violations);
      response.header("X-Toggl-Request-Id", requestId);
      record(operation, request, scheme, response.status(), response, requestId, violations);
      send(exchange, response);
    } finally {
      exchange.close();
    }
  }

  private FakeResponse answer(Router.Match match, FakeRequest request, Faults.Planned planned,
      List<String> violations) {
    if (match == null) {
      return TrackErrors.error(404, "Not Found");
    }
    Api api = match.operation.api();
    Authenticator.Result auth;
    synchronized (state) {
      auth = Authenticator.authenticate(api, request.header("Authorization"), state);
    }
    if (auth.user == null) {
      FakeResponse unauthorized = FakeResponse.empty(401);
      return auth.missing ? unauthorized.header("X-Authorization-Missing", "true") : unauthorized;
    }
    Limits.Verdict verdict = limits.admit(auth.user.id);
    FakeResponse response;
    if (verdict.retryAfterSeconds != null) {
      response = api == Api.FOCUS
          ? FocusErrors.error(429, "rate_limited", "Too Many Requests")
          : TrackErrors.error(429, "Too Many Requests");
      response.header("Retry-After", Long.toString(verdict.retryAfterSeconds));
    } else if (verdict.quotaExhausted) {
      response = api == Api.FOCUS
          ? FocusErrors.error(402, "quota_exceeded", "Quota exceeded")
          : TrackErrors.error(402, "You have hit your hourly limit for API calls");
    } else if (planned.status != null) {
      response = DocumentedErrors.of(match.operation, planned.status, request);
    } else if (!violations.isEmpty()) {
      response = RequestValidation.badRequest(match.operation, violations);
    } else {
      response = handle(match, request, auth);
    }
    if (verdict.quotaRemaining != null) {
      response.header("X-Toggl-Quota-Remaining", Integer.toString(verdict.quotaRemaining));
      response.header("X-Toggl-Quota-Resets-In", Long.toString(verdict.quotaResetsInSeconds));
    }
    return response;
  }

  private FakeResponse handle(Router.Match match, FakeRequest request, Authenticator.Result auth) {
    Call call = new Call(state, auth.user, match.operation, request, settings);
    try {
      synchronized (state) {
        return match.handler.handle(call);
      }
    } catch (Refusal refusal) {
      return refusal.response();
    } catch (Json.BadJson e) {
      // Only with lenientRequests(): validation refuses a body or path of the wrong shape before any handler sees it.
      return DocumentedErrors.unreadable(match.operation);
    } catch (RuntimeException e) {
      // A bug in the fake: answer as Toggl does when it fails, and say so loudly on stderr.
      System.err.println("TogglFake failed on " + request.method() + " " + request.path() + ": " + e);
      e.printStackTrace();
      return DocumentedErrors.of(match.operation, 500, request);
    }
  }

  private void record(TogglOperation operation, FakeRequest request, String scheme, int status,
      FakeResponse response, String requestId, List<String> violations) {
    ReceivedRequest exchange = new ReceivedRequest(operation, request.method(), request.path(),
        request.rawQuery(), request.body(), scheme, status, response.body(),
        new LinkedHashMap<>(response.headers()), requestId, violations);
    received.add(exchange);
    for (ExchangeListener listener : listeners) {
      listener.onExchange(exchange);
    }
  }

  private static FakeRequest read(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
    return new FakeRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), rawQuery, query,
        headers, body);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, FakeResponse response) throws IOException {
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      exchange.getResponseHeaders().set(h.getKey(), h.getValue());
    }
    if (response.body() == null) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
