package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.togglkit.RetryPolicy;
import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's auto-pagers against the fake's paging: every item once, as few requests as the page sizes allow. */
@TogglFakeTest
class AutoPagingTest {

  @Test
  void trackListAllReadsEveryProjectIn200s(TogglFake fake, TogglTrack track) {
    WorkspaceSeed ws = fake.seed().workspace();
    for (int i = 0; i < 450; i++) {
      ws.project(ProjectSeed.named("P" + i));
    }

    List<Long> ids = new ArrayList<>();
    track.projects().listAll(ws.id()).forEach(p -> ids.add(p.getId()));

    assertEquals(450, ids.size());
    assertEquals(450, ids.stream().distinct().count());
    assertEquals(3, fake.received().size(), "200 + 200 + a short page of 50");
  }

  /**
   * The sync scenario of the benchmarks on the fake: the fake enforces Toggl's leaky bucket on the real
   * clock, the client paces itself with its limiter, and no request is refused. The fake allows a burst
   * of 2 so that scheduling noise cannot turn a request that is on time into a 429.
   */
  @Test
  void theClientsLimiterKeepsAListAllInsideTheFakesRateLimit(TogglFake fake) {
    WorkspaceSeed ws = fake.seed().workspace();
    for (int i = 0; i < 1000; i++) {
      ws.project(ProjectSeed.named("P" + i));
    }
    fake.limits().rateLimit(20, 2);

    try (TogglTrack paced = TogglTrack.builder().apiToken(fake.apiToken()).baseUrl(fake.trackBaseUrl())
        .retryPolicy(RetryPolicy.none()).rateLimit(20, Duration.ofSeconds(1)).build()) {
      long count = 0;
      for (Object ignored : paced.projects().listAll(ws.id())) {
        count++;
      }
      assertEquals(1000, count);
    }
    assertEquals(6, fake.received().size(), "five full pages and an empty one");
    assertEquals(0, fake.received().stream().filter(r -> r.status() == 429).count());
  }

  @Test
  void focusListAllFollowsTheWrapper(TogglFake fake, TogglFocus focus) {
    WorkspaceSeed ws = fake.seed().workspace();
    for (int i = 0; i < 130; i++) {
      ws.focusClient("C" + i);
    }

    List<String> names = new ArrayList<>();
    focus.clients().listAll(ws.id()).forEach(c -> names.add(c.getName()));

    assertEquals(130, names.size());
    assertEquals(2, fake.received().size(), "100 + a short page of 30");
  }
}
