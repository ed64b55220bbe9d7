package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter alone, with a fake clock: no real waiting, no timed assertions. */
class RateLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(-5 * SECOND); // negative: nanoTime may be
  private final List<Duration> sleeps = new ArrayList<>();

  private RateLimiter limiter(int permits, Duration per) {
    return new RateLimiter(RateLimit.of(permits, per), now::get, d -> {
      sleeps.add(d);
      now.addAndGet(d.toNanos());
    });
  }

  @Test
  void slotsAreHandedOutInOrderOneIntervalApart() throws Exception {
    RateLimiter limiter = limiter(4, Duration.ofSeconds(1));
    assertEquals(0, limiter.reserve(RateLimiter.UNLIMITED));
    assertEquals(SECOND / 4, limiter.reserve(RateLimiter.UNLIMITED));
    assertEquals(2 * SECOND / 4, limiter.reserve(RateLimiter.UNLIMITED));
    now.addAndGet(SECOND);
    assertEquals(0, limiter.reserve(RateLimiter.UNLIMITED), "idle time is not saved up as a burst");
    assertEquals(SECOND / 4, limiter.reserve(RateLimiter.UNLIMITED));
  }

  @Test
  void aSlotBeyondTheBudgetIsRefusedAndNotReserved() throws Exception {
    RateLimiter limiter = limiter(1, Duration.ofSeconds(1));
    limiter.reserve(RateLimiter.UNLIMITED);
    Tunnel e = assertThrows(Tunnel.class, () -> limiter.reserve(SECOND / 2));
    assertTrue(e.is(Tunnel.Kind.PACING_TIMEOUT), "a timeout by type, not by message: " + e.kind);
    assertTrue(e.getMessage().contains("1000 ms") && e.getMessage().contains("500 ms"), e.getMessage());
    assertEquals(SECOND, limiter.reserve(SECOND), "a budget equal to the wait is enough");
  }

  @Test
  void acquireSleepsForItsSlotAndNoticesCancellation() throws Exception {
    RateLimiter limiter = limiter(2, Duration.ofSeconds(1));
    limiter.acquire(RateLimiter.UNLIMITED, () -> false);
    limiter.acquire(RateLimiter.UNLIMITED, () -> false);
    assertEquals(List.of(Duration.ofMillis(500)), sleeps);
    IOException canceled = assertThrows(IOException.class,
        () -> limiter.acquire(RateLimiter.UNLIMITED, () -> true));
    assertEquals("Canceled", canceled.getMessage());
  }

  @Test
  void aLateDepartureMovesLaterSlotsButNotOnesAlreadyHandedOut() throws Exception {
    RateLimiter limiter = limiter(1, Duration.ofSeconds(1));
    assertEquals(0, limiter.reserve(RateLimiter.UNLIMITED));
    long queued = limiter.reserve(RateLimiter.UNLIMITED); // someone already waits for t + 1 s
    assertEquals(SECOND, queued);
    limiter.departed(now.get() + SECOND + SECOND / 4); // ... and its thread woke 250 ms late
    assertEquals(2 * SECOND + SECOND / 4, limiter.reserve(RateLimiter.UNLIMITED),
        "the next slot keeps a full interval after the late departure");
    limiter.departed(now.get()); // an early report never pulls slots forward
    assertEquals(3 * SECOND + SECOND / 4, limiter.reserve(RateLimiter.UNLIMITED));
  }

  @Test
  void concurrentCallersGetDistinctSlotsWithNoTwoCloserThanTheInterval() throws Exception {
    // The clock stands still, so every slot is decided by the reservation order alone.
    RateLimiter limiter = new RateLimiter(RateLimit.of(10, Duration.ofSeconds(1)), () -> 0L, d -> { });
    int threads = 8;
    int each = 50;
    ConcurrentLinkedQueue<Long> waits = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        try {
          start.await();
          for (int i = 0; i < each; i++) {
            waits.add(limiter.reserve(RateLimiter.UNLIMITED));
          }
        } catch (InterruptedException | Tunnel e) {
          throw new AssertionError(e);
        }
      });
      workers.add(worker);
      worker.start();
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    Set<Long> distinct = new TreeSet<>(waits);
    assertEquals(threads * each, distinct.size(), "no slot handed out twice");
    long slot = 0;
    for (long wait : distinct) {
      assertEquals(slot, wait, "slots are contiguous, one interval apart");
      slot += SECOND / 10;
    }
  }

  @Test
  void aLaterArrivalNeverOvertakesAnEarlierOne() throws Exception {
    RateLimiter limiter = limiter(1, Duration.ofSeconds(1));
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < 20; i++) {
      long slotAt = now.get() + limiter.reserve(RateLimiter.UNLIMITED);
      assertTrue(slotAt > previous, "first come, first served");
      previous = slotAt;
      now.addAndGet(SECOND / 3); // arrivals faster than the rate: the queue grows, order holds
    }
  }
}
