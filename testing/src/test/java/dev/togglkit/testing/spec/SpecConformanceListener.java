package dev.togglkit.testing.spec;

import dev.togglkit.testing.ExchangeListener;
import dev.togglkit.testing.ReceivedRequest;

/** Registered through ServiceLoader in the fake's tests: every fake checks every answer against spec/. */
public final class SpecConformanceListener implements ExchangeListener {

  @Override
  public void onExchange(ReceivedRequest exchange) {
    SpecConformance.get().check(exchange);
  }
}
