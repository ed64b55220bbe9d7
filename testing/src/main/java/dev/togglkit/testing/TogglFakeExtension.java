package dev.togglkit.testing;

import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;
import java.time.Clock;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5: one {@link TogglFake} per test class, reset before every test (no workspaces, faults,
 * limits or received requests carry over; configured limits are set again), closed after the class.
 * Test and lifecycle methods and constructors can take a {@link TogglFake}, a {@link TogglTrack} or a
 * {@link TogglFocus} parameter (the clients authenticate as the fake's user and share a
 * {@link ManualClock} with the fake, see {@link TogglFake#track()}), and a {@link ManualClock} when the
 * fake runs on one.
 *
 * <pre>{@code
 * @TogglFakeTest                          // or @ExtendWith(TogglFakeExtension.class); attributes configure it
 * class MySyncTest {
 *   @Test
 *   void createsMissingClients(TogglFake fake, TogglTrack track) { ... }
 * }
 *
 * class MyQuotaTest {                     // or configured in code
 *   static final ManualClock CLOCK = new ManualClock();
 *   @RegisterExtension
 *   static final TogglFakeExtension FAKE = TogglFakeExtension.builder().clock(CLOCK).hourlyQuota(30).build();
 * }
 * }</pre>
 */
public final class TogglFakeExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TogglFakeExtension.class);

  /** Null: read {@link TogglFakeTest} on the test class (or take the defaults). */
  private final FakeConfig config;

  /** For {@code @ExtendWith} and {@link TogglFakeTest}: configured by the annotation's attributes. */
  public TogglFakeExtension() {
    this.config = null;
  }

  private TogglFakeExtension(FakeConfig config) {
    this.config = config;
  }

  /** An extension configured in code, for {@code @RegisterExtension static final TogglFakeExtension ...}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    fake(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TogglFake fake = fake(context);
    fake.reset();
    config(context).applyLimits(fake);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TogglFake.class || type == TogglTrack.class || type == TogglFocus.class
        || (type == ManualClock.class && fake(context).clock() instanceof ManualClock);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    TogglFake fake = fake(context);
    if (type == TogglFake.class) {
      return fake;
    }
    if (type == ManualClock.class) {
      return fake.clock();
    }
    if (type == TogglTrack.class) {
      return closedWithTheClass(context, fake.track());
    }
    if (type == TogglFocus.class) {
      return closedWithTheClass(context, fake.focus());
    }
    throw new ParameterResolutionException("TogglFakeExtension cannot supply a " + type.getName());
  }

  /** Registers {@code client} to be closed when the test's context ends (its dispatcher threads stop). */
  private static <T extends AutoCloseable> T closedWithTheClass(ExtensionContext context, T client) {
    context.getStore(NAMESPACE).put(new Object(), (AutoCloseable) client);
    return client;
  }

  /** The class's fake, started on first use. */
  private TogglFake fake(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    FakeConfig settings = config(classContext);
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent("fake", key -> new ClosingFake(settings.start()), ClosingFake.class).fake;
  }

  private FakeConfig config(ExtensionContext context) {
    if (config != null) {
      return config;
    }
    return context.getTestClass()
        .flatMap(type -> AnnotationSupport.findAnnotation(type, TogglFakeTest.class))
        .map(FakeConfig::of)
        .orElse(FakeConfig.DEFAULTS);
  }

  /** Settings of an extension registered with {@code @RegisterExtension}; each has {@link TogglFake}'s default. */
  public static final class Builder {
    // A bare @TogglFakeTest's settings, read rather than repeated.
    private Clock clock = FakeConfig.DEFAULTS.clock.get();
    private double requestsPerSecond = FakeConfig.DEFAULTS.requestsPerSecond;
    private int burst = FakeConfig.DEFAULTS.burst;
    private int hourlyQuota = FakeConfig.DEFAULTS.hourlyQuota;
    private int maxClientNameLength = FakeConfig.DEFAULTS.maxClientNameLength;
    private boolean premium = FakeConfig.DEFAULTS.premium;

    private Builder() {
    }

    /**
     * The fake's clock. With a {@link ManualClock} the injected clients share it: retry waits and pacing
     * advance it instead of sleeping. One clock serves every test of the class (a reset leaves it where it is).
     */
    public Builder clock(Clock clock) {
      this.clock = TogglFake.Builder.require(clock, "clock");
      return this;
    }

    /**
     * Toggl's rate limit for every test, see {@link Limits#rateLimit(double, int)}.
     *
     * @param requestsPerSecond the steady rate, above 0
     * @param burst requests sent back to back before the rate applies, at least 1
     */
    public Builder rateLimit(double requestsPerSecond, int burst) {
      Limits.checkRateLimit(requestsPerSecond, burst);
      this.requestsPerSecond = requestsPerSecond;
      this.burst = burst;
      return this;
    }

    /**
     * Toggl's hourly quota for every test, see {@link Limits#hourlyQuota(int)}.
     *
     * @param requestsPerHour requests per user in any 60 minutes, at least 1
     */
    public Builder hourlyQuota(int requestsPerHour) {
      Limits.checkHourlyQuota(requestsPerHour);
      this.hourlyQuota = requestsPerHour;
      return this;
    }

    /** See {@link TogglFake.Builder#maxClientNameLength(int)}. */
    public Builder maxClientNameLength(int maxClientNameLength) {
      this.maxClientNameLength = TogglFake.Builder.checkMaxClientNameLength(maxClientNameLength);
      return this;
    }

    /** See {@link TogglFake.Builder#workspacesPremium(boolean)}. */
    public Builder workspacesPremium(boolean premium) {
      this.premium = premium;
      return this;
    }

    public TogglFakeExtension build() {
      Clock fixed = clock;
      return new TogglFakeExtension(
          new FakeConfig(() -> fixed, requestsPerSecond, burst, hourlyQuota, maxClientNameLength, premium));
    }
  }

  /** Lets JUnit's store close the fake when the class's context ends (no afterAll needed). */
  private static final class ClosingFake implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final TogglFake fake;

    ClosingFake(TogglFake fake) {
      this.fake = fake;
    }

    @Override
    public void close() {
      fake.close();
    }
  }
}
