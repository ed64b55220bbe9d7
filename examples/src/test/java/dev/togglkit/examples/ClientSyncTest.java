package dev.togglkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.RetryPolicy;
import dev.togglkit.TogglTrack;
import dev.togglkit.examples.ClientSync.SyncReport;
import dev.togglkit.testing.ManualClock;
import dev.togglkit.testing.ProjectSeed;
import dev.togglkit.testing.ReceivedRequest;
import dev.togglkit.testing.TogglFake;
import dev.togglkit.testing.TogglOperation;
import dev.togglkit.testing.WorkspaceSeed;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sync job against TogglFake: 450 projects over three pages, clients to create and to archive,
 * Toggl's rate limit and hourly quota — with a manual clock, so waiting an hour takes no time.
 */
class ClientSyncTest {

  private final ManualClock clock = new ManualClock();
  private TogglFake fake;
  private ClientSync sync;
  private WorkspaceSeed ws;

  @BeforeEach
  void setUp() {
    fake = TogglFake.builder().clock(clock).start();
    // Retries off: the job handles 429 itself, and this test sees every request the job makes.
    TogglTrack track = TogglTrack.builder().apiToken(fake.apiToken()).baseUrl(fake.trackBaseUrl())
        .retryPolicy(RetryPolicy.none()).build();
    sync = new ClientSync(track, clock::advance);
    ws = fake.seed().workspace();
    long acme = ws.client("Acme Corp");
    long globex = ws.client("Globex");
    long initech = ws.client("Initech");
    for (int i = 0; i < 450; i++) {
      ws.project(ProjectSeed.named("Acme project " + i).client(acme));
    }
    ws.project(ProjectSeed.named("Globex retainer").client(globex).active(false));
    ws.project(ProjectSeed.named("Initech migration").client(initech));
  }

  @AfterEach
  void tearDown() {
    fake.close();
  }

  @Test
  void createsMissingCustomersAndArchivesFormerOnesWithoutActiveProjects() {
    SyncReport report = sync.run(ws.id(), Set.of("Acme Corp", "Umbrella"));

    assertTrue(report.complete());
    assertEquals(3, report.pagesRead, "200 + 200 + 52 projects");
    assertEquals(java.util.List.of("Umbrella"), report.created);
    assertEquals(java.util.List.of("Globex"), report.archived, "Initech still has an active project");
    assertEquals(1, count(TogglOperation.TRACK_CREATE_CLIENT));
  }

  @Test
  void waitsOutTheRateLimitAndSendsEachCreateOnce() {
    fake.limits().rateLimit(1, 3);

    SyncReport report = sync.run(ws.id(), Set.of("Acme Corp", "Umbrella", "Hooli"));

    assertTrue(report.complete());
    assertTrue(report.rateLimitWaits > 0, "the bucket overflowed");
    assertEquals(Set.of("Umbrella", "Hooli"), Set.copyOf(report.created));
    assertEquals(2, fake.received().stream()
        .filter(r -> r.operation() == TogglOperation.TRACK_CREATE_CLIENT && r.status() == 200).count());
  }

  @Test
  void stopsAtTheQuotaAndFinishesInALaterRun() {
    fake.limits().hourlyQuota(6); // 3 pages + 1 list + 2 of 3 creates, then 402

    SyncReport first = sync.run(ws.id(), Set.of("Acme Corp", "Umbrella", "Hooli", "Stark"));

    assertFalse(first.complete());
    assertEquals(Duration.ofHours(1), first.resumeAfter);
    assertEquals(402, fake.received().get(fake.received().size() - 1).status());

    clock.advance(first.resumeAfter);
    SyncReport second = sync.run(ws.id(), Set.of("Acme Corp", "Umbrella", "Hooli", "Stark"));

    assertTrue(second.complete(), "a fresh hour of quota");
    Set<String> createdInAll = fake.received().stream()
        .filter(r -> r.operation() == TogglOperation.TRACK_CREATE_CLIENT && r.status() == 200)
        .map(ReceivedRequest::body).collect(Collectors.toSet());
    assertEquals(3, createdInAll.size(), "each customer created exactly once over both runs");
    assertEquals(java.util.List.of("Globex"), second.archived);
  }

  private long count(TogglOperation operation) {
    return fake.received().stream().filter(r -> r.operation() == operation).count();
  }
}
