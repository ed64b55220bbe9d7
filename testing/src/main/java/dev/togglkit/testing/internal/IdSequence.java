package dev.togglkit.testing.internal;

/**
 * The ids of one kind of record: the next free one, or the id a seed asked for, after which the
 * sequence continues above it so a later record never collides with a seeded one. Not thread-safe:
 * {@link FakeState}'s callers hold its monitor.
 */
final class IdSequence {

  private long next;

  IdSequence(long first) {
    this.next = first;
  }

  /** {@code wanted} when given, else the next free id; either way the sequence moves past it. */
  long take(Long wanted) {
    long id = wanted != null ? wanted : next;
    next = Math.max(next, id + 1);
    return id;
  }
}
