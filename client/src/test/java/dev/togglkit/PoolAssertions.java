package dev.togglkit;

import okhttp3.ConnectionPool;

/** Whether a call left a connection allocated: every response closed releases its connection. */
final class PoolAssertions {

  private PoolAssertions() {}

  /**
   * Connections of {@code pool} still allocated to a call. An async call may release its
   * connection just after its future completed, so this waits up to 5 s for the count to reach
   * zero; it measures nothing about speed.
   */
  static int connectionsInUse(ConnectionPool pool) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    int inUse = pool.connectionCount() - pool.idleConnectionCount();
    while (inUse > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
      inUse = pool.connectionCount() - pool.idleConnectionCount();
    }
    return inUse;
  }
}
