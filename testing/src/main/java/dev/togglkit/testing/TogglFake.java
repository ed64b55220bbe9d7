package dev.togglkit.testing;

import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;
import dev.togglkit.testing.internal.FakeSettings;
import dev.togglkit.testing.internal.FakeState;
import dev.togglkit.testing.internal.FakeUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A stateful, in-process fake of the Toggl Track v9 and Toggl Focus APIs (clients, projects, project
 * users; Focus clients) on a random loopback port. It answers every operation of togglkit's spec with
 * the spec's statuses and documented messages, keeps state per workspace, and can rate-limit, spend a
 * quota, fail, delay or drop requests on demand.
 *
 * <pre>{@code
 * try (TogglFake fake = TogglFake.start()) {
 *   long workspace = fake.seed().workspace().id();
 *   TogglTrack track = fake.track();
 *   // ... code under test talks to fake.trackBaseUrl() ...
 *   assertEquals(1, fake.received().size());
 * }
 * }</pre>
 * With JUnit 5, {@link TogglFakeExtension} starts one per test class and injects it.
 */
public final class TogglFake implements AutoCloseable {

  private final FakeState state;
  private final FakeUser user;
  private final Faults faults = new Faults();
  private final Limits limits;
  private final FakeHttpServer server;
  private final Clock clock;
  private final boolean workspacesPremium;

  private TogglFake(Builder b) {
    this.clock = b.clock;
    this.workspacesPremium = b.workspacesPremium;
    this.state = new FakeState(b.clock);
    this.limits = new Limits(b.clock);
    synchronized (state) {
      this.user = state.addUser(null, b.email, b.password);
      user.apiTokens.add(b.apiToken != null ? b.apiToken : randomHex(32));
      user.focusApiKeys.add(b.focusApiKey != null ? b.focusApiKey : "toggl_sk_" + randomHex(24));
    }
    try {
      List<ExchangeListener> listeners = new ArrayList<>(b.listeners);
      ServiceLoader.load(ExchangeListener.class).forEach(listeners::add);
      this.server = new FakeHttpServer(state, new FakeSettings(b.maxClientNameLength, !b.lenientRequests), faults, limits,
          List.copyOf(listeners));
    } catch (IOException e) {
      throw new UncheckedIOException("TogglFake could not listen on a loopback port", e);
    }
  }

  /** Starts a fake with a random API token, on the system clock. */
  public static TogglFake start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The loopback port the fake listens on (host {@code 127.0.0.1}). */
  public int port() {
    return server.port();
  }

  /** The Track base URL to give a client, e.g. {@code http://127.0.0.1:50123/api/v9/}. */
  public String trackBaseUrl() {
    return "http://127.0.0.1:" + server.port() + TogglOperation.Api.TRACK.basePath() + "/";
  }

  /** The Focus base URL to give a client, e.g. {@code http://127.0.0.1:50123/api/}. */
  public String focusBaseUrl() {
    return "http://127.0.0.1:" + server.port() + TogglOperation.Api.FOCUS.basePath() + "/";
  }

  /** The fake user's Track API token (Basic {@code <token>:api_token}). */
  public String apiToken() {
    return user.apiTokens.iterator().next();
  }

  /** The fake user's Focus API key (Bearer). */
  public String focusApiKey() {
    return user.focusApiKeys.iterator().next();
  }

  public String email() {
    return user.email;
  }

  public String password() {
    return user.password;
  }

  /** The fake user's id (the {@code creator_id} of what it creates). */
  public long userId() {
    return user.id;
  }

  /**
   * A Track client for the fake user, pointed at this fake. On a {@link ManualClock} the client shares
   * the fake's clock: its retry waits and rate-limiter pacing advance the clock instead of sleeping,
   * and it measures {@code Retry-After} dates and quota resets against it, so a test of retries or of
   * the quota takes milliseconds.
   */
  public TogglTrack track() {
    return FakeClients.track(this);
  }

  /** A Focus client for the fake user, pointed at this fake; shares a {@link ManualClock} like {@link #track()}. */
  public TogglFocus focus() {
    return FakeClients.focus(this);
  }

  /** The clock of the fake's timestamps, rate limit and quota (a {@link ManualClock} when the test moves time). */
  public Clock clock() {
    return clock;
  }

  /** Puts workspaces, clients, projects, project users and accounts into the fake without a request. */
  public Seeds seed() {
    return new Seeds(state, user.id, workspacesPremium);
  }

  /**
   * What the fake holds now, read without a request: it does not show in {@link #received()} and
   * spends no rate limit or quota. An immutable copy.
   */
  public FakeSnapshot snapshot() {
    return new FakeSnapshot(state);
  }

  /** Errors, delays and dropped connections planned for the next requests. */
  public Faults faults() {
    return faults;
  }

  /** Toggl's rate limit and hourly quota, both off until set. */
  public Limits limits() {
    return limits;
  }

  /** Every request received so far, oldest first, with what the fake answered. */
  public List<ReceivedRequest> received() {
    return server.received();
  }

  public void clearReceived() {
    server.clearReceived();
  }

  /** Forgets workspaces, planned faults, limits and received requests; the user and its credentials stay. */
  public void reset() {
    synchronized (state) {
      state.clearWorkspaces();
    }
    faults.clear();
    limits.clear();
    server.clearReceived();
  }

  @Override
  public void close() {
    server.stop();
  }

  @Override
  public String toString() {
    return "TogglFake[" + trackBaseUrl() + "]";
  }

  private static String randomHex(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  // The builder's defaults, also the defaults of @TogglFakeTest's attributes (one place for both).
  static final int DEFAULT_MAX_CLIENT_NAME_LENGTH = 100;
  static final boolean DEFAULT_WORKSPACES_PREMIUM = true;

  /** Options of a fake; every one has a default. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private String apiToken;
    private String focusApiKey;
    private String email = "fake.user@togglkit.dev";
    private String password = "fake-password";
    private int maxClientNameLength = DEFAULT_MAX_CLIENT_NAME_LENGTH;
    private boolean workspacesPremium = DEFAULT_WORKSPACES_PREMIUM;
    private boolean lenientRequests;
    private final List<ExchangeListener> listeners = new ArrayList<>();

    private Builder() {
    }

    /** The clock for timestamps, the rate limit and the quota; a {@link ManualClock} lets tests move time. */
    public Builder clock(Clock clock) {
      this.clock = require(clock, "clock");
      return this;
    }

    /** A fixed Track API token instead of a random one. */
    public Builder apiToken(String apiToken) {
      this.apiToken = requireText(apiToken, "apiToken");
      return this;
    }

    /** A fixed Focus API key instead of a random one. */
    public Builder focusApiKey(String focusApiKey) {
      this.focusApiKey = requireText(focusApiKey, "focusApiKey");
      return this;
    }

    public Builder emailAndPassword(String email, String password) {
      this.email = requireText(email, "email");
      this.password = requireText(password, "password");
      return this;
    }

    /** The longest client name accepted (default 100; Toggl does not document its limit). */
    public Builder maxClientNameLength(int maxClientNameLength) {
      this.maxClientNameLength = checkMaxClientNameLength(maxClientNameLength);
      return this;
    }

    /**
     * Whether seeded workspaces are on a paid plan (default true). With false, archiving a client, and creating or
     * updating a project with a custom colour (one outside the free palette), answer 402 ("premium feature") in
     * every workspace; {@link WorkspaceSeed#premium(boolean)} still decides per workspace.
     */
    public Builder workspacesPremium(boolean premium) {
      this.workspacesPremium = premium;
      return this;
    }

    /**
     * Turns request validation off. By default every request is checked against the spec the client was
     * generated from (parameter types and enums, undeclared query parameters, body schema, content type) and one
     * that departs from it gets a 400 naming the parameter or field, recorded in {@link ReceivedRequest#violations()}.
     * Lenient, the handlers take what they can from such a request, as the fake did before it validated; use it
     * only to see what code that sends such requests does next.
     */
    public Builder lenientRequests() {
      this.lenientRequests = true;
      return this;
    }

    /** Adds a listener that sees every exchange of this fake. */
    public Builder listener(ExchangeListener listener) {
      listeners.add(require(listener, "listener"));
      return this;
    }

    public TogglFake start() {
      return new TogglFake(this);
    }

    static int checkMaxClientNameLength(int maxClientNameLength) {
      if (maxClientNameLength < 1) {
        throw new IllegalArgumentException("maxClientNameLength must be positive, was " + maxClientNameLength);
      }
      return maxClientNameLength;
    }

    static <T> T require(T value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      return value;
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be null or blank");
      }
      return value;
    }
  }
}
