package dev.togglkit.internal;

import dev.togglkit.Quota;
import java.time.Clock;
import java.time.Instant;
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

  /**
   * Parses the response's quota headers, the one place they are parsed for a response that
   * arrived: the call's context keeps the result (and the instant read for it) for the
   * exception or raw response the caller gets, and this memory keeps it when it is known.
   */
  void observe(Response response, CallContext call) {
    String remaining = response.header(QuotaHeaders.REMAINING);
    String resetsIn = response.header(QuotaHeaders.RESETS_IN);
    if (remaining == null && resetsIn == null) {
      call.quotaSeen(Quota.unknown(), null);
      return; // the common case off Toggl's quota path: no clock read, no allocation
    }
    Instant now = clock.instant();
    Quota seen = QuotaHeaders.read(remaining, resetsIn, now);
    call.quotaSeen(seen, now);
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
