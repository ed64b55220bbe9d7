package dev.togglkit;

/**
 * Receives one line per request and response: method, URL, status, timing and headers. Set it on
 * a client builder to see the traffic. Credentials never reach it: the values of
 * {@code Authorization}, {@code Proxy-Authorization}, cookies and any header or query parameter
 * whose name mentions auth, a token, key, secret or password arrive as {@code ****}. Bodies are not
 * logged. Each attempt of a retried request is logged, and so is each retry, in one line that names
 * the call, the attempt that failed, why, and the wait before the next
 * ({@code retry: getClient GET /workspaces/1/clients/2 attempt 1/4 answered HTTP 503; attempt 2/4 in
 * 500 ms}); a request the rate limiter or the quota check held back is logged when it is sent, and
 * not at all when it is refused.
 *
 * <pre>{@code TogglTrack.builder().apiToken(token).httpLogger(System.err::println).build();}</pre>
 */
@FunctionalInterface
public interface HttpLogger {

  /** One line of the log, without a line terminator. */
  void log(String line);
}
