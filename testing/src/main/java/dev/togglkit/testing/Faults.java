package dev.togglkit.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Faults for the next requests, on demand: an error status (the spec's documented body for that
 * operation and status), added latency, or a connection closed without an answer. Each plan counts
 * down as matching requests arrive; plans for one operation leave other operations alone.
 *
 * <pre>{@code
 * fake.faults().failNext(2, 503);                                    // the next two requests: 503
 * fake.faults().failNext(TogglOperation.TRACK_CREATE_CLIENT, 1, 500); // the next createClient: 500
 * fake.faults().delayNext(1, Duration.ofSeconds(2));                // the next request answers late
 * fake.faults().dropNext(1);                                        // the next request gets no answer
 * }</pre>
 */
public final class Faults {

  /** What to do to one request; null fields mean "nothing of this kind". */
  static final class Planned {
    final Integer status;
    final Duration delay;
    final boolean drop;

    Planned(Integer status, Duration delay, boolean drop) {
      this.status = status;
      this.delay = delay;
      this.drop = drop;
    }
  }

  private static final class Plan {
    final TogglOperation operation;
    int remaining;
    final Integer status;
    final Duration delay;
    final boolean drop;

    Plan(TogglOperation operation, int remaining, Integer status, Duration delay, boolean drop) {
      this.operation = operation;
      this.remaining = remaining;
      this.status = status;
      this.delay = delay;
      this.drop = drop;
    }
  }

  private final List<Plan> plans = new ArrayList<>();

  Faults() {
  }

  /**
   * The next {@code count} requests, whatever their operation, are answered with {@code status} and the
   * spec's documented body for it: {@code failNext(2, 503)} fails the next two requests with 503.
   *
   * @param count how many requests fail, at least 1
   * @param status the HTTP status to answer, 400 to 599
   * @return this, to plan more
   */
  public Faults failNext(int count, int status) {
    return add(new Plan(null, checkCount(count), checkStatus(status), null, false));
  }

  /**
   * The next {@code count} requests of {@code operation} are answered with {@code status} and the spec's
   * documented body for that operation and status; requests of other operations pass.
   *
   * @param operation the operation to fail
   * @param count how many of its requests fail, at least 1
   * @param status the HTTP status to answer, 400 to 599
   * @return this, to plan more
   */
  public Faults failNext(TogglOperation operation, int count, int status) {
    return add(new Plan(requireOperation(operation), checkCount(count), checkStatus(status), null, false));
  }

  /**
   * The next {@code count} requests are answered only after {@code delay}, in real time (the socket
   * waits, whatever the fake's clock): for read and call timeouts.
   *
   * @param count how many requests are delayed, at least 1
   * @param delay how long each answer waits, zero or more
   * @return this, to plan more
   */
  public Faults delayNext(int count, Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive, was " + delay);
    }
    return add(new Plan(null, checkCount(count), null, delay, false));
  }

  /**
   * The next {@code count} requests get no answer: the fake closes the connection after reading them.
   *
   * @param count how many requests are dropped, at least 1
   * @return this, to plan more
   */
  public Faults dropNext(int count) {
    return add(new Plan(null, checkCount(count), null, null, true));
  }

  /**
   * The next {@code count} requests of {@code operation} get no answer; requests of other operations pass.
   *
   * @param operation the operation whose requests are dropped
   * @param count how many of its requests are dropped, at least 1
   * @return this, to plan more
   */
  public Faults dropNext(TogglOperation operation, int count) {
    return add(new Plan(requireOperation(operation), checkCount(count), null, null, true));
  }

  /** Forgets every planned fault. */
  public synchronized void clear() {
    plans.clear();
  }

  /** How many planned faults have not happened yet. */
  public synchronized int pending() {
    int sum = 0;
    for (Plan p : plans) {
      sum += p.remaining;
    }
    return sum;
  }

  private synchronized Faults add(Plan plan) {
    plans.add(plan);
    return this;
  }

  /**
   * Takes what applies to one request of {@code operation}: a drop alone (a dropped request cannot
   * also be delayed or failed, so those plans keep their count), else at most one delay and one status.
   */
  synchronized Planned take(TogglOperation operation) {
    Plan drop = first(operation, true, false, false);
    if (drop != null) {
      use(drop);
      return new Planned(null, null, true);
    }
    Plan delay = first(operation, false, true, false);
    Plan status = first(operation, false, false, true);
    if (delay != null) {
      use(delay);
    }
    if (status != null) {
      use(status);
    }
    return new Planned(status == null ? null : status.status, delay == null ? null : delay.delay, false);
  }

  private Plan first(TogglOperation operation, boolean drop, boolean delay, boolean status) {
    for (Plan p : plans) {
      boolean applies = p.operation == null || p.operation == operation;
      boolean kind = drop ? p.drop : delay ? p.delay != null : status && p.status != null;
      if (applies && kind) {
        return p;
      }
    }
    return null;
  }

  private void use(Plan plan) {
    if (--plan.remaining == 0) {
      plans.remove(plan);
    }
  }

  private static int checkCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    return count;
  }

  private static int checkStatus(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a fault status must be 4xx or 5xx, was " + status);
    }
    return status;
  }

  private static TogglOperation requireOperation(TogglOperation operation) {
    if (operation == null) {
      throw new IllegalArgumentException("operation must not be null");
    }
    return operation;
  }
}
