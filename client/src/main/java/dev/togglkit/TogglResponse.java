package dev.togglkit;

import dev.togglkit.internal.QuotaHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A successful response with everything that came with it: the status code, the headers, Toggl's
 * request id and quota, and the decoded body. From {@link TogglCall#executeWithResponse()}.
 * Immutable; header names are looked up case-insensitively.
 *
 * <pre>{@code
 * TogglResponse<Client> r = track.clients().getClient(workspaceId, clientId).executeWithResponse();
 * Client client = r.body();
 * log.info("request {} left {} calls", r.requestId().orElse("?"), r.quotaRemaining());
 * }</pre>
 *
 * @param <T> the decoded body; {@link Void} (body null) for operations that answer without one
 */
public final class TogglResponse<T> {

  /** The header Toggl puts on every response; quote it to Toggl support. */
  public static final String REQUEST_ID_HEADER = "X-Toggl-Request-Id";

  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final @Nullable T body;
  private final Instant receivedAt;
  private final Quota quota;

  private TogglResponse(int statusCode, Map<String, List<String>> headers, @Nullable T body,
      Instant receivedAt) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.receivedAt = receivedAt;
    this.quota = QuotaHeaders.read(
        first(headers, QuotaHeaders.REMAINING), first(headers, QuotaHeaders.RESETS_IN), receivedAt);
  }

  /**
   * A response, for instance from a test double. The headers are copied; their names keep their
   * spelling and are looked up case-insensitively; values of names that differ only in case are
   * joined in order.
   *
   * @param statusCode the HTTP status, 100 to 599
   * @param headers header names to their values, in the order received
   * @param body the decoded body, or null
   * @param receivedAt when the response arrived; quota reset times are measured from it
   */
  public static <T> TogglResponse<T> of(int statusCode, Map<String, ? extends List<String>> headers,
      @Nullable T body, Instant receivedAt) {
    if (statusCode < 100 || statusCode > 599) {
      throw new IllegalArgumentException("statusCode must be 100..599, was " + statusCode);
    }
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(receivedAt, "receivedAt");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, ? extends List<String>> header : headers.entrySet()) {
      String name = Objects.requireNonNull(header.getKey(), "header name");
      List<String> values = copy.computeIfAbsent(name, n -> new ArrayList<>());
      for (String value : header.getValue()) {
        values.add(Objects.requireNonNull(value, "value of header " + name));
      }
    }
    copy.replaceAll((name, values) -> Collections.unmodifiableList(values));
    return new TogglResponse<>(statusCode, Collections.unmodifiableMap(copy), body, receivedAt);
  }

  private static @Nullable String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The HTTP status, e.g. 200. */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Every header: an unmodifiable map whose {@code get} ignores case, names to values in the order
   * received.
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, looked up case-insensitively. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(first(headers, name));
  }

  /** Every value of a header, looked up case-insensitively; empty when absent. */
  public List<String> headerValues(String name) {
    List<String> values = headers.get(name);
    return values == null ? Collections.emptyList() : values;
  }

  /** {@code X-Toggl-Request-Id}; empty when the response had none (it did not come from Toggl). */
  public Optional<String> requestId() {
    return header(REQUEST_ID_HEADER);
  }

  /**
   * {@code X-Toggl-Quota-Remaining}: requests left in the quota window. Empty when absent or not a
   * whole non-negative number; {@link Long#MAX_VALUE} when larger than a {@code long}.
   */
  public OptionalLong quotaRemaining() {
    return quota.remaining();
  }

  /** {@code X-Toggl-Quota-Resets-In} as a duration; empty when absent or unreadable. */
  public Optional<Duration> quotaResetsIn() {
    return quota.resetsIn();
  }

  /** When the quota resets: {@link #receivedAt()} plus {@link #quotaResetsIn()}. */
  public Optional<Instant> quotaResetsAt() {
    return quota.resetsAt();
  }

  /** Both quota headers as one value. */
  public Quota quota() {
    return quota;
  }

  /** When the response arrived (the client's clock). */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * The decoded body, as {@link TogglCall#execute()} returns it: null for {@code Void}
   * operations, an empty list for a list answered with {@code null} or no body.
   *
   * @return the body; {@code null} only for {@code Void} operations (and a test double's null)
   */
  public @Nullable T body() {
    return body;
  }

  /** Status, request id and quota; never the body or other headers (they may hold user data). */
  @Override
  public String toString() {
    return "TogglResponse[status=" + statusCode + ", requestId=" + requestId().orElse("none")
        + ", " + quota + "]";
  }
}
