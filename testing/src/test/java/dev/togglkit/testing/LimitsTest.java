package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.togglkit.RetryPolicy;
import dev.togglkit.TogglTrack;
import dev.togglkit.errors.PremiumFeatureException;
import dev.togglkit.errors.QuotaExceededException;
import dev.togglkit.errors.RateLimitException;
import dev.togglkit.testing.Wire.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The leaky-bucket rate limit (429 + Retry-After) and the hourly quota (402 + quota headers), on a manual clock. */
class LimitsTest {

  private final ManualClock clock = new ManualClock();
  private TogglFake fake;
  private Wire wire;
  private String clients;

  @BeforeEach
  void start() {
    fake = TogglFake.builder().clock(clock).start();
    wire = new Wire(fake);
    clients = "workspaces/" + fake.seed().workspace().id() + "/clients";
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void theBucketTakesABurstThenAsksToWaitUntilItHasDrained() {
    fake.limits().rateLimit(1, 2);

    assertEquals(200, wire.track("GET", clients).status);
    assertEquals(200, wire.track("GET", clients).status);
    Reply limited = wire.track("GET", clients);
    assertEquals(429, limited.status);
    assertEquals("1", limited.header("Retry-After"));
    assertEquals(32, limited.header("X-Toggl-Request-Id").length());

    clock.advance(Duration.ofMillis(999));
    assertEquals(429, wire.track("GET", clients).status, "not drained yet");
    clock.advance(Duration.ofMillis(1));
    assertEquals(200, wire.track("GET", clients).status);
  }

  @Test
  void theQuotaCountsASlidingHourAndSaysWhenItResets() {
    fake.limits().hourlyQuota(2);

    Reply first = wire.track("GET", clients);
    clock.advance(Duration.ofMinutes(10));
    wire.track("GET", clients);
    Reply exhausted = wire.track("GET", clients);

    assertEquals("1", first.header("X-Toggl-Quota-Remaining"));
    assertEquals("3600", first.header("X-Toggl-Quota-Resets-In"));
    assertEquals(402, exhausted.status);
    assertEquals("0", exhausted.header("X-Toggl-Quota-Remaining"));
    assertEquals("3000", exhausted.header("X-Toggl-Quota-Resets-In"));
    clock.advance(Duration.ofMinutes(50));
    assertEquals(200, wire.track("GET", clients).status, "the first request stopped counting");
  }

  @Test
  void theClientSeesTypedExceptions() {
    TogglTrack track = TogglTrack.builder().apiToken(fake.apiToken()).baseUrl(fake.trackBaseUrl())
        .retryPolicy(RetryPolicy.none()).build();
    long workspace = fake.seed().workspace().id();
    long client = fake.seed().workspace(workspace).client("Acme");

    fake.limits().rateLimit(1, 1);
    track.clients().getClient(workspace, client).execute();
    RateLimitException limited = assertThrows(RateLimitException.class,
        () -> track.clients().getClient(workspace, client).execute());
    assertEquals(Duration.ofSeconds(1), limited.retryAfter().orElse(null));

    fake.limits().clear();
    fake.limits().hourlyQuota(1);
    track.clients().getClient(workspace, client).execute();
    QuotaExceededException quota = assertThrows(QuotaExceededException.class,
        () -> track.clients().getClient(workspace, client).execute());
    assertEquals(0L, quota.quota().remaining().orElse(-1));
    assertEquals(Duration.ofHours(1), quota.quota().resetsIn().orElse(null));
  }

  @Test
  void aPremiumRefusalUnderAnHourlyQuotaIsAPremiumFeatureExceptionWithoutQuotaHeaders() {
    try (TogglFake free = TogglFake.builder().clock(clock).workspacesPremium(false).start()) {
      free.limits().hourlyQuota(10);
      long workspace = free.seed().workspace().id();
      long client = free.seed().workspace(workspace).client("Acme");
      TogglTrack track = TogglTrack.builder().apiToken(free.apiToken()).baseUrl(free.trackBaseUrl())
          .retryPolicy(RetryPolicy.none()).build();

      assertThrows(PremiumFeatureException.class,
          () -> track.clients().archiveClient(workspace, client).execute());
      Reply archive = new Wire(free).track("POST", "workspaces/" + workspace + "/clients/" + client + "/archive");
      assertEquals(402, archive.status);
      assertNull(archive.header("X-Toggl-Quota-Remaining"), "a premium refusal is not the quota's 402");
      assertEquals("7", new Wire(free).track("GET", "workspaces/" + workspace + "/clients").header(
          "X-Toggl-Quota-Remaining"), "other answers still carry the quota headers");
    }
  }

  @Test
  void limitsAreOffByDefaultAndClearable() {
    for (int i = 0; i < 20; i++) {
      assertEquals(200, wire.track("GET", clients).status);
    }
    fake.limits().hourlyQuota(1);
    fake.limits().clear();
    Reply reply = wire.track("GET", clients);
    assertEquals(200, reply.status);
    assertNull(reply.header("X-Toggl-Quota-Remaining"));
  }
}
