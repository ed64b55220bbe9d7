package dev.togglkit.internal;

import dev.togglkit.Quota;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every call of one client shares at run time: whether the client is closed, the quota it
 * last saw, and the clock responses are stamped with.
 */
final class ClientState {

  private final String clientName;
  private final Clock clock;
  private final QuotaMemory quota;
  private final boolean paced;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CallContexts contexts = new CallContexts();

  /** @param paced whether a rate limiter needs each call's start time */
  ClientState(String clientName, Clock clock, boolean paced) {
    this.clientName = clientName;
    this.clock = clock;
    this.paced = paced;
    this.quota = new QuotaMemory(clock);
  }

  boolean paced() {
    return paced;
  }

  Clock clock() {
    return clock;
  }

  /** The contexts of this client's calls in flight. */
  CallContexts contexts() {
    return contexts;
  }

  QuotaMemory quotaMemory() {
    return quota;
  }

  Quota quota() {
    return quota.last();
  }

  /** True for the first caller only. */
  boolean markClosed() {
    return closed.compareAndSet(false, true);
  }

  /** Refuses to start a call on a closed client; the description is built only then. */
  void checkOpen(Object call) {
    if (closed.get()) {
      throw new IllegalStateException(clientName + " is closed; cannot send " + call
          + " (build a new client)");
    }
  }
}
