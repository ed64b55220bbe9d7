package dev.togglkit;

import dev.togglkit.internal.UserAgent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override the client's: timeouts and the retry policy; and, as escape
 * hatches for what this version's spec does not know yet, extra query parameters and headers. What
 * is not set here keeps the client's value. Immutable; apply with {@link TogglCall#withOptions}.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder()
 *     .readTimeout(Duration.ofMinutes(2))
 *     .retryPolicy(RetryPolicy.none())
 *     .build();
 * List<Project> all = track.projects().listProjects(workspaceId).withOptions(patient).execute();
 * }</pre>
 *
 * <p>The rate limiter and the quota check of the client still apply: they protect the client's
 * shared budget, not one call.
 *
 * <p>Extra query parameters are added after the operation's own (a name the operation also sends
 * then appears twice); extra headers replace a header of the same name, except the ones togglkit
 * owns ({@code Authorization}, {@code Host}, {@code Content-Length}, {@code Content-Type},
 * {@code Transfer-Encoding}, {@code Connection}), which are refused. In the client's
 * {@link HttpLogger} lines, the value of an extra header or query parameter whose name contains
 * {@code auth}, {@code token}, {@code key}, {@code secret}, {@code password} or {@code cookie} (any
 * case) is masked; any other value is logged as given. {@link #toString()} shows names only.
 */
public final class RequestOptions {

  private static final RequestOptions NONE = builder().build();

  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;
  private final @Nullable Duration writeTimeout;
  private final @Nullable Duration callTimeout;
  private final @Nullable RetryPolicy retryPolicy;
  private final Map<String, List<String>> queryParameters;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.callTimeout = builder.callTimeout;
    this.retryPolicy = builder.retryPolicy;
    Map<String, List<String>> query = new LinkedHashMap<>();
    builder.queryParameters.forEach((name, values) -> query.put(name, List.copyOf(values)));
    this.queryParameters = Collections.unmodifiableMap(query);
    Map<String, String> headerCopy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headerCopy.putAll(builder.headers);
    this.headers = Collections.unmodifiableMap(headerCopy);
  }

  /** A builder with nothing overridden. */
  public static Builder builder() {
    return new Builder();
  }

  /** No overrides: the client's settings apply. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Time to establish a connection; zero means none. */
  public Optional<Duration> connectTimeout() {
    return Optional.ofNullable(connectTimeout);
  }

  /** Longest silence while reading the response; zero means none. */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /** Longest stall while sending the request; zero means none. */
  public Optional<Duration> writeTimeout() {
    return Optional.ofNullable(writeTimeout);
  }

  /** The whole call, retries and rate-limiter waits included; zero means none. */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /**
   * When to retry this call. POST and PATCH are retried only when the policy opts in with
   * {@link RetryPolicy.Builder#resendWritesOn429(boolean)}, and then only after a 429.
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * Query parameters this call sends besides the operation's own, by name in the order added.
   *
   * @return an unmodifiable map; empty when none was added
   */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /**
   * Headers this call sends besides (or instead of) togglkit's own; lookups ignore case.
   *
   * @return an unmodifiable map; empty when none was added
   */
  public Map<String, String> headers() {
    return headers;
  }

  /** The settings; of extra query parameters and headers only the names (values may be secrets). */
  @Override
  public String toString() {
    return "RequestOptions[connectTimeout=" + orClient(connectTimeout)
        + ", readTimeout=" + orClient(readTimeout) + ", writeTimeout=" + orClient(writeTimeout)
        + ", callTimeout=" + orClient(callTimeout) + ", retryPolicy=" + orClient(retryPolicy)
        + (queryParameters.isEmpty() ? "" : ", queryParameters=" + queryParameters.keySet())
        + (headers.isEmpty() ? "" : ", headers=" + headers.keySet()) + "]";
  }

  private static String orClient(@Nullable Object value) {
    return value == null ? "(client's)" : value.toString();
  }

  /** Builds {@link RequestOptions}; each value is checked when set. */
  public static final class Builder {
    /** Headers whose value togglkit sets (credentials, framing, the body's type): never overridden. */
    private static final Set<String> OWN_HEADERS = Set.of("authorization", "host", "content-length",
        "content-type", "transfer-encoding", "connection");

    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private @Nullable Duration callTimeout;
    private @Nullable RetryPolicy retryPolicy;
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a query parameter to this call, e.g. a filter Toggl has added that this version's
     * {@code *Params} do not have yet. Added after the operation's own parameters; adding a name
     * twice sends it twice. The value is URL-encoded by the client.
     *
     * @param name the parameter's wire name, not blank
     * @param value its value, not null (an empty string sends {@code name=})
     * @return this builder
     * @throws IllegalArgumentException for a blank name or a null value
     */
    public Builder queryParameter(String name, String value) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("query parameter name must not be null or blank");
      }
      if (value == null) {
        throw new IllegalArgumentException("query parameter " + name + ": value must not be null");
      }
      queryParameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets a header on this call, replacing one togglkit would send under the same name (e.g.
     * {@code User-Agent}); setting a name again replaces the earlier value.
     *
     * @param name the header name: letters, digits and {@code !#$%&'*+-.^_`|~}
     * @param value its value: no line breaks or other control characters
     * @return this builder
     * @throws IllegalArgumentException for an invalid name or value, or a header togglkit owns
     *     ({@code Authorization}, {@code Host}, {@code Content-Length}, {@code Content-Type},
     *     {@code Transfer-Encoding}, {@code Connection})
     */
    public Builder header(String name, String value) {
      UserAgent.token("header name", name);
      if (OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("header " + name + " is set by togglkit and cannot be"
            + " replaced per call");
      }
      if (value == null || !value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f))) {
        throw new IllegalArgumentException("header " + name + ": value must be non-null text"
            + " without line breaks or control characters");
      }
      headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      headers.put(name, value);
      return this;
    }

    /** Time to establish a connection for this call; zero means none. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout("connectTimeout", timeout);
      return this;
    }

    /** Longest silence while reading this call's response; zero means none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout("readTimeout", timeout);
      return this;
    }

    /** Longest stall while sending this call's request; zero means none. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout("writeTimeout", timeout);
      return this;
    }

    /** This whole call, retries and rate-limiter waits included; zero means none. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout("callTimeout", timeout);
      return this;
    }

    /** When to retry this call; {@link RetryPolicy#none()} to send it once. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      if (retryPolicy == null) {
        throw new IllegalArgumentException("retryPolicy must not be null (use RetryPolicy.none())");
      }
      this.retryPolicy = retryPolicy;
      return this;
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static Duration timeout(String name, @Nullable Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
      }
      // OkHttp takes timeouts in whole milliseconds, as an int.
      if (value.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
        throw new IllegalArgumentException(name + " must be at most " + Integer.MAX_VALUE
            + " ms, was " + value);
      }
      return value;
    }
  }
}
