package dev.togglkit;

/**
 * Receives one line per request and response: method, URL, status, timing and headers. Set it on
 * a client builder to see the traffic. Credentials never reach it: {@code Authorization},
 * {@code Proxy-Authorization}, cookies and any header whose name mentions a token, key, secret or
 * password arrive as {@code ██}. Bodies are not logged.
 *
 * <pre>{@code TogglTrack.builder().apiToken(token).httpLogger(System.err::println).build();}</pre>
 */
@FunctionalInterface
public interface HttpLogger {

  /** One line of the log, without a line terminator. */
  void log(String line);
}
