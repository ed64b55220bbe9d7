package dev.togglkit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for Toggl's {@code GET workspaces/{id}/projects} as a sync job meets it:
 * {@code page} (1-based) and {@code per_page} (capped at {@value #MAX_PER_PAGE}, default
 * {@value #DEFAULT_PER_PAGE}), no pagination headers, and a technical rate limit that answers 429.
 *
 * <p>The limit is a leaky bucket in its GCRA form: one request drains every {@code 1/rate}
 * seconds; a request that arrives more than {@code tolerance} ahead of its turn is refused with
 * 429 and costs nothing. Toggl sends no {@code Retry-After} with its 429, so neither does this.
 * Every request, refused or not, is counted.
 */
final class RateLimitedProjectsServer implements AutoCloseable {

  static final int MAX_PER_PAGE = 200;
  static final int DEFAULT_PER_PAGE = 151;

  static {
    // See LoopbackServer: without it every response would wait for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final String path;
  private final int projects;
  private final long intervalNanos;
  private final long toleranceNanos;
  private final Map<Long, byte[]> pages = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger quotaUsed = new AtomicInteger();
  private long theoreticalArrival;
  private boolean anyArrived;
  private long lastArrival;
  private long closestArrivals = Long.MAX_VALUE;

  private RateLimitedProjectsServer(HttpServer server, String path, int projects, double rate,
      long toleranceNanos) {
    this.server = server;
    this.path = path;
    this.projects = projects;
    this.intervalNanos = (long) (1_000_000_000L / rate);
    this.toleranceNanos = toleranceNanos;
  }

  /**
   * Starts serving {@code projects} projects of workspace {@code workspaceId} on 127.0.0.1.
   *
   * @param rate requests per second the bucket drains
   * @param toleranceNanos how early a request may come before it is refused (network jitter)
   */
  static RateLimitedProjectsServer start(long workspaceId, int projects, double rate,
      long toleranceNanos) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    RateLimitedProjectsServer server = new RateLimitedProjectsServer(http,
        "/api/v9/workspaces/" + workspaceId + "/projects", projects, rate, toleranceNanos);
    http.createContext("/", server::answer);
    // Render the full-size pages now, so the measured run pays for HTTP and decoding, not for
    // the server writing JSON.
    for (int page = 1; (page - 1) * MAX_PER_PAGE <= projects; page++) {
      server.page(page, MAX_PER_PAGE);
    }
    http.start();
    return server;
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      requests.incrementAndGet();
      if (!"GET".equals(exchange.getRequestMethod()) || !path.equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("X-Toggl-Request-Id", "bench-" + requests.get());
      if (!admit(System.nanoTime())) {
        refused.incrementAndGet();
        send(exchange, 429, "\"Too Many Requests\"".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
      exchange.getResponseHeaders().set("X-Toggl-Quota-Remaining",
          Integer.toString(Math.max(0, 600 - quotaUsed.incrementAndGet())));
      exchange.getResponseHeaders().set("X-Toggl-Quota-Resets-In", "3600");
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      int page = Math.max(1, Integer.parseInt(query.getOrDefault("page", "1")));
      int perPage = Math.min(MAX_PER_PAGE,
          Math.max(1, Integer.parseInt(query.getOrDefault("per_page", Integer.toString(DEFAULT_PER_PAGE)))));
      send(exchange, 200, page(page, perPage));
    }
  }

  /** GCRA: conforming when no earlier than the theoretical arrival time minus the tolerance. */
  private synchronized boolean admit(long now) {
    if (anyArrived) {
      closestArrivals = Math.min(closestArrivals, now - lastArrival);
    }
    lastArrival = now;
    if (anyArrived && now - (theoreticalArrival - toleranceNanos) < 0) {
      return false;
    }
    long base = anyArrived && theoreticalArrival - now > 0 ? theoreticalArrival : now;
    theoreticalArrival = base + intervalNanos;
    anyArrived = true;
    return true;
  }

  private byte[] page(int page, int perPage) {
    long key = ((long) page << 32) | perPage;
    return pages.computeIfAbsent(key, k -> {
      long from = (long) (page - 1) * perPage;
      int count = (int) Math.max(0, Math.min(perPage, projects - from));
      return count == 0 ? "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8)
          : Fixtures.projectsJson((int) from, count);
    });
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new java.util.HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return values;
  }

  /** Every request received, refused ones included. */
  int requests() {
    return requests.get();
  }

  /**
   * The shortest time between two requests' arrivals as the handler saw them, in nanoseconds;
   * {@code Long.MAX_VALUE} before two arrived. Shows how close the client's spacing came.
   */
  synchronized long closestArrivalsNanos() {
    return closestArrivals;
  }

  /** Requests answered 429. */
  int refused() {
    return refused.get();
  }

  /** {@code http://127.0.0.1:<port>/api/v9/}. */
  String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/api/v9/";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
