package dev.togglkit.errors;

import dev.togglkit.Quota;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything one failed call is known by, as one immutable value: which call (operation, method,
 * path), how often it was sent ({@link #attempts()}), and what the last response said, when one
 * arrived (status, Toggl's message, request id, the start of the body, the headers, the quota and
 * {@code Retry-After}). Every {@link TogglException} is built from one; togglkit masks the
 * client's credentials in every text before it builds it.
 *
 * <p>For a test double, build one and hand it to a factory:
 *
 * <pre>{@code
 * TogglApiException gone = TogglApiException.of(
 *     ErrorDetails.builder("getClient", "GET", "/workspaces/1/clients/2")
 *         .statusCode(404).errorMessage("client 2 is gone").build());
 * // gone is a NotFoundException: the same status-to-type mapping the client uses
 * }</pre>
 */
public final class ErrorDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String method;
  private final String path;
  private final int statusCode;
  private final @Nullable String errorMessage;
  private final @Nullable String requestId;
  private final String bodySnippet;
  private final Map<String, List<String>> headers;
  private final int attempts;
  private final Quota quota;
  private final @Nullable Duration retryAfter;
  private final @Nullable String baseUrl;

  private ErrorDetails(Builder b) {
    this.operation = b.operation;
    this.method = b.method;
    this.path = b.path;
    this.statusCode = b.statusCode;
    this.errorMessage = b.errorMessage;
    this.requestId = b.requestId;
    this.bodySnippet = b.bodySnippet;
    this.headers = b.headers;
    this.attempts = b.attempts;
    this.quota = b.quota;
    this.retryAfter = b.retryAfter;
    this.baseUrl = b.baseUrl;
  }

  /**
   * A builder for the details of one call; everything but the three names is optional.
   *
   * @param operation the spec's operationId, e.g. {@code getClient}
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the request path relative to the base URL, without the query string
   * @return a builder with one attempt, no response and an unknown quota
   */
  public static Builder builder(String operation, String method, String path) {
    return new Builder(operation, method, path);
  }

  /** A builder holding these details, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(operation, method, path);
    b.statusCode = statusCode;
    b.errorMessage = errorMessage;
    b.requestId = requestId;
    b.bodySnippet = bodySnippet;
    b.headers = headers;
    b.attempts = attempts;
    b.quota = quota;
    b.retryAfter = retryAfter;
    b.baseUrl = baseUrl;
    return b;
  }

  /** The spec's operationId, e.g. {@code createClient}. */
  public String operation() {
    return operation;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The request path relative to the base URL, without the query string. */
  public String path() {
    return path;
  }

  /** The status of the last response; empty when no response arrived. */
  public OptionalInt statusCode() {
    return statusCode == 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
  }

  /**
   * Toggl's message: the JSON string, the plain text, or the {@code message},
   * {@code error_description} or {@code error} field of a JSON object body; empty when there was
   * no response, or its body had none of these.
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** The {@code X-Toggl-Request-Id} of the last response; empty without one. Quote it to Toggl support. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The first 200 characters of the last response's body (credentials masked); empty when none. */
  public String bodySnippet() {
    return bodySnippet;
  }

  /**
   * The last response's headers (credentials masked): an unmodifiable map whose {@code get}
   * ignores case; empty when no response arrived.
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a response header, looked up case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * How many times the request was sent: 1 without retries, more after retries, 0 when togglkit
   * refused to send it (a used-up quota, a rate-limiter wait beyond the call timeout).
   */
  public int attempts() {
    return attempts;
  }

  /** The quota the last response reported; {@link Quota#unknown()} when it reported none. */
  public Quota quota() {
    return quota;
  }

  /** The last response's {@code Retry-After} as a wait from its arrival; empty when absent or unreadable. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The API root the request was sent to, when known. */
  public Optional<String> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** {@code operation METHOD path}, as every message begins. */
  String call() {
    return operation + " " + method + " " + path;
  }

  /** The names, status, request id and attempts; never the body or headers (they may hold user data). */
  @Override
  public String toString() {
    return "ErrorDetails[" + call() + (statusCode == 0 ? "" : ", status=" + statusCode)
        + (requestId == null ? "" : ", requestId=" + requestId) + ", attempts=" + attempts + "]";
  }

  /** Builds {@link ErrorDetails}; every value is checked when set. */
  public static final class Builder {
    private final String operation;
    private final String method;
    private final String path;
    private int statusCode;
    private @Nullable String errorMessage;
    private @Nullable String requestId;
    private String bodySnippet = "";
    private Map<String, List<String>> headers = Collections.emptyMap();
    private int attempts = 1;
    private Quota quota = Quota.unknown();
    private @Nullable Duration retryAfter;
    private @Nullable String baseUrl;

    private Builder(String operation, String method, String path) {
      this.operation = Objects.requireNonNull(operation, "operation");
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
    }

    /** The status of the response, 100 to 599. */
    public Builder statusCode(int statusCode) {
      if (statusCode < 100 || statusCode > 599) {
        throw new IllegalArgumentException("statusCode must be 100..599, was " + statusCode);
      }
      this.statusCode = statusCode;
      return this;
    }

    /** Toggl's message; null for none. Part of {@code getMessage()}. */
    public Builder errorMessage(@Nullable String errorMessage) {
      this.errorMessage = errorMessage;
      return this;
    }

    /** The {@code X-Toggl-Request-Id}; null for none. */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** The start of the body, kept as given; null for none. */
    public Builder bodySnippet(@Nullable String bodySnippet) {
      this.bodySnippet = bodySnippet == null ? "" : bodySnippet;
      return this;
    }

    /**
     * The response headers, copied; names keep their spelling and are looked up
     * case-insensitively, values of names that differ only in case are joined in order.
     */
    public Builder headers(Map<String, ? extends List<String>> headers) {
      Objects.requireNonNull(headers, "headers");
      TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (Map.Entry<String, ? extends List<String>> header : headers.entrySet()) {
        String name = Objects.requireNonNull(header.getKey(), "header name");
        List<String> values = copy.computeIfAbsent(name, n -> new ArrayList<>(1));
        for (String value : header.getValue()) {
          values.add(Objects.requireNonNull(value, "value of header " + name));
        }
      }
      copy.replaceAll((name, values) -> Collections.unmodifiableList(values));
      this.headers = Collections.unmodifiableMap(copy);
      return this;
    }

    /** How many times the request was sent; 0 when it was not sent. 1 by default. */
    public Builder attempts(int attempts) {
      if (attempts < 0) {
        throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
      }
      this.attempts = attempts;
      return this;
    }

    /** The quota the response reported. */
    public Builder quota(Quota quota) {
      this.quota = Objects.requireNonNull(quota, "quota");
      return this;
    }

    /** The response's {@code Retry-After} as a wait; null for none. */
    public Builder retryAfter(@Nullable Duration retryAfter) {
      if (retryAfter != null && retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
      }
      this.retryAfter = retryAfter;
      return this;
    }

    /** The API root the request went to; null when unknown. */
    public Builder baseUrl(@Nullable String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** The details. */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}
