package dev.togglkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps a POST or PATCH off an HTTP/1 connection the server has already closed. Servers close
 * idle keep-alive connections (an idle timeout, or HTTP/1.0 semantics) and OkHttp may still hold
 * them in its pool; it checks a pooled connection's socket in depth only after 10 s of idleness.
 * With OkHttp's own silent retry switched off, a request written to such a connection fails with
 * "unexpected end of stream", and for a POST that failure is ambiguous to the caller.
 *
 * <p>The {@linkplain #network() network half} runs next to the wire, after OkHttp picked the
 * connection: for a POST or PATCH on a reused HTTP/1 connection (one this client has sent on
 * before; a connection opened for this very request is as fresh as it gets, and one that only
 * the user's own calls used, on a shared pool, is left to OkHttp's check) it polls the socket
 * for up to 1 ms. End of stream, a
 * reset, or bytes the server sent unasked (an HTTP/1 connection between exchanges has none) mean
 * the connection is dead: it throws a {@link Tunnel} of kind {@code DEAD_CONNECTION} before a byte of the request is written, and
 * OkHttp closes that connection. The {@linkplain #application() application half} then sends the
 * request again on another connection: provably the first and only time it leaves the client.
 * What remains possible: the server closes the connection in the instant between this check and
 * the request reaching it; the POST then fails as a {@link dev.togglkit.errors.TogglIoException} and is
 * not sent again. HTTP/2 connections are skipped: OkHttp tracks their GOAWAY and pings itself.
 */
final class LiveConnectionCheck {

  /** Dead pooled connections to skip before giving up; each one found is closed and dropped. */
  static final int MAX_DEAD_CONNECTIONS = 8;

  /** Connections this client has used; weak, so the pool alone decides how long they live. */
  private final Map<Connection, Boolean> used = Collections.synchronizedMap(new WeakHashMap<>());

  /** Goes after the other application interceptors (before {@link FollowUpGuard}'s half). */
  Interceptor application() {
    return new Application();
  }

  /** The application half, a named class so the assembly's order can be checked by type. */
  final class Application implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      for (int dead = 0; ; dead++) {
        try {
          return chain.proceed(request);
        } catch (Tunnel e) {
          if (!e.is(Tunnel.Kind.DEAD_CONNECTION)
              || dead + 1 >= MAX_DEAD_CONNECTIONS || chain.call().isCanceled()) {
            throw e;
          }
        }
      }
    }
  }

  /** Goes after every other network interceptor, next to the wire. */
  Interceptor network() {
    return new Network();
  }

  /** The network half. */
  final class Network implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Connection connection = chain.connection();
      boolean reused = connection != null && used.put(connection, Boolean.TRUE) != null;
      if (reused && FollowUpGuard.sendsOnce(request.method())
          && isHttp1(connection.protocol()) && peerClosed(connection.socket())) {
        throw Tunnel.deadConnection();
      }
      return chain.proceed(request);
    }
  }

  private static boolean isHttp1(Protocol protocol) {
    return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
  }

  /**
   * True when the peer has closed or reset the socket, or sent bytes nobody asked for. The same
   * probe OkHttp runs on connections idle for 10 s: a read with a 1 ms timeout.
   */
  static boolean peerClosed(Socket socket) {
    int readTimeout;
    try {
      readTimeout = socket.getSoTimeout();
    } catch (IOException closed) {
      return true;
    }
    try {
      socket.setSoTimeout(1);
      InputStream in = socket.getInputStream();
      in.read();
      // Returning at all means end of stream or a byte nobody asked for: dead either way.
      return true;
    } catch (SocketTimeoutException quiet) {
      return false;
    } catch (IOException closedOrReset) {
      return true;
    } finally {
      try {
        socket.setSoTimeout(readTimeout);
      } catch (IOException closed) {
        // Closed meanwhile: the request will fail on its own, as it would have anyway.
      }
    }
  }
}
