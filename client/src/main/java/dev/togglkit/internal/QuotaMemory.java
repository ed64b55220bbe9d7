package dev.togglkit.internal;

import dev.togglkit.Quota;
import java.time.Clock;
import okhttp3.Response;

/**
 * The last quota one client saw. Every response that carries a quota header replaces it, error
 * responses included (a 402 is the most telling one); responses without the headers leave it.
 * Lock-free: a volatile reference to an immutable snapshot.
 */
final class QuotaMemory {

  private final Clock clock;
  private volatile Quota last = Quota.unknown();

  QuotaMemory(Clock clock) {
    this.clock = clock;
  }

  void observe(Response response) {
    String remaining = response.header(QuotaHeaders.REMAINING);
    String resetsIn = response.header(QuotaHeaders.RESETS_IN);
    if (remaining == null && resetsIn == null) {
      return; // the common case off Toggl's quota path: no clock read, no allocation
    }
    Quota seen = QuotaHeaders.read(remaining, resetsIn, clock.instant());
    if (seen.isKnown()) {
      last = seen;
    }
  }

  Quota last() {
    return last;
  }

  /** The remembered quota when it forbids sending now (0 left, reset ahead), else null. */
  Quota exhaustedNow() {
    Quota quota = last;
    return quota.isExhaustedAt(clock.instant()) ? quota : null;
  }
}
