package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server that answers one request per connection and then closes it, without saying so
 * in a {@code Connection: close} header: what a server with a short idle timeout, or an HTTP/1.0
 * server, looks like to a client that keeps the connection in its pool. Unlike MockWebServer it
 * tells the test when it has closed a connection, so the test needs no sleep to know the pooled
 * connection is dead.
 */
final class ClosingHttpServer implements Closeable {

  private final ServerSocket serverSocket;
  private final String statusLine;
  private final String body;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Semaphore closed = new Semaphore(0);
  private final Thread thread;

  ClosingHttpServer(String statusLine, String body) throws IOException {
    this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.statusLine = statusLine;
    this.body = body;
    this.thread = new Thread(this::serve, "closing-http-server");
    thread.setDaemon(true);
    thread.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + path;
  }

  /** "METHOD path" of every request read, in order. */
  List<String> requests() {
    return requests;
  }

  /** Waits until {@code count} connections have been closed by this server. */
  void awaitClosed(int count) throws InterruptedException {
    assertTrue(closed.tryAcquire(count, 10, TimeUnit.SECONDS), "server did not close in time");
  }

  private void serve() {
    while (!serverSocket.isClosed()) {
      try (Socket socket = serverSocket.accept()) {
        answerOnce(socket);
      } catch (IOException e) {
        // accept() fails once close() was called; a broken client connection ends only itself.
      } finally {
        closed.release();
      }
    }
  }

  private void answerOnce(Socket socket) throws IOException {
    InputStream in = new BufferedInputStream(socket.getInputStream());
    String requestLine = line(in);
    int contentLength = 0;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        contentLength = Integer.parseInt(header.substring(15).trim());
      }
    }
    in.readNBytes(contentLength);
    String[] parts = requestLine.split(" ");
    requests.add(parts[0] + " " + parts[1]);
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write((statusLine + "\r\nContent-Type: application/json\r\nContent-Length: "
        + payload.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(payload);
    out.flush();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b == -1) {
        throw new IOException("connection closed mid-request");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
  }
}
