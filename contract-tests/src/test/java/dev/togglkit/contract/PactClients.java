package dev.togglkit.contract;

import au.com.dius.pact.consumer.MockServer;
import dev.togglkit.RetryPolicy;
import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;

/**
 * Builds the real togglkit clients pointed at a Pact mock server, so every pact interaction records
 * what the shipped client sends. Retries are off: a contract test must see exactly one request per
 * interaction, and the documented 5xx statuses must reach the test as they are.
 */
public final class PactClients {

  /** Consumer name in every pact file. */
  public static final String CONSUMER = "togglkit";
  /** Provider name of the Toggl Track v9 pacts; the gate maps it to spec/track-v9. */
  public static final String TRACK = "toggl-track-v9";
  /** Provider name of the Toggl Focus pacts; the gate maps it to spec/focus. */
  public static final String FOCUS = "toggl-focus";

  /** A made-up API token; only its shape matters to the mock server. */
  public static final String API_TOKEN = "0123456789abcdef0123456789abcdef";
  /** {@code Basic base64(API_TOKEN:api_token)}, what the client must send for {@link #API_TOKEN}. */
  public static final String TRACK_AUTHORIZATION = "Basic MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY6YXBpX3Rva2Vu";
  /** Any HTTP Basic credentials: the pact says "Basic auth is sent", not which account. */
  public static final String BASIC_AUTH_PATTERN = "Basic [A-Za-z0-9+/=]+";

  /** A made-up Focus API key, sent as a Bearer token. */
  public static final String FOCUS_API_KEY = "toggl_sk_0123456789abcdef";
  /** {@code Bearer <FOCUS_API_KEY>}, what the client must send for {@link #FOCUS_API_KEY}. */
  public static final String FOCUS_AUTHORIZATION = "Bearer " + FOCUS_API_KEY;
  /** Any Bearer token. */
  public static final String BEARER_AUTH_PATTERN = "Bearer [A-Za-z0-9_\\-.]+";

  /** The base path of Track v9 below the host, as in production (https://api.track.toggl.com/api/v9). */
  public static final String TRACK_BASE_PATH = "/api/v9";
  /** The base path of Focus below the host, as in production (https://focus.toggl.com/api). */
  public static final String FOCUS_BASE_PATH = "/api";

  /**
   * An RFC 3339 date-time as Toggl writes it (offset {@code Z} or {@code +hh:mm}, optional fraction),
   * unanchored. The client must decode any of these into an OffsetDateTime, so pacts accept them all.
   */
  public static final String RFC3339 =
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

  private PactClients() {
  }

  /** A Track client authenticated with {@link #API_TOKEN}, sending to the mock server. */
  public static TogglTrack track(MockServer mockServer) {
    return TogglTrack.builder()
        .apiToken(API_TOKEN)
        .baseUrl(mockServer.getUrl() + TRACK_BASE_PATH + "/")
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** A Focus client authenticated with {@link #FOCUS_API_KEY}, sending to the mock server. */
  public static TogglFocus focus(MockServer mockServer) {
    return TogglFocus.builder()
        .apiKey(FOCUS_API_KEY)
        .baseUrl(mockServer.getUrl() + FOCUS_BASE_PATH + "/")
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /** A JSON string body, the way Toggl Track sends error messages: {@code "Forbidden"}. */
  public static String jsonString(String message) {
    return "\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
