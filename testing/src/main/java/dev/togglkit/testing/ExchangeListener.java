package dev.togglkit.testing;

/**
 * Sees every exchange a fake completes, before the answer goes out: a place for extra checks (the
 * fake's own tests validate every answer against the spec this way). Register one per fake with
 * {@link TogglFake.Builder#listener}, or for every fake in a JVM through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.togglkit.testing.ExchangeListener}).
 */
public interface ExchangeListener {

  /** Called on the fake's server thread; must not block for long. A dropped request has status -1. */
  void onExchange(ReceivedRequest exchange);
}
