package dev.togglkit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A loopback HTTP server that answers every {@code GET} on one path with the same JSON body. The
 * JDK's own server rather than MockWebServer: MockWebServer keeps every request it served, which
 * over millions of benchmark calls would grow the heap and charge GC time to whichever benchmark
 * ran second. Anything but the expected request gets a 404, so a benchmark that sends the wrong
 * request fails instead of measuring an error path.
 */
final class LoopbackServer implements AutoCloseable {

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK, and every call waits ~40 ms: the benchmark would measure Nagle, not togglkit.
    // Read once when the server classes load, so it must be set before the first server starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  /** Starts serving {@code body} at {@code path} on 127.0.0.1 and an ephemeral port. */
  static LoopbackServer serving(String path, byte[] body) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> answer(exchange, path, body));
    server.start();
    return new LoopbackServer(server);
  }

  private static void answer(HttpExchange exchange, String path, byte[] body) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      if (!"GET".equals(exchange.getRequestMethod())
          || !path.equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** {@code http://127.0.0.1:<port>/}. */
  String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
