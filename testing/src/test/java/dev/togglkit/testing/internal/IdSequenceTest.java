package dev.togglkit.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdSequenceTest {

  @Test
  void handsOutIdsInOrderFromTheFirst() {
    IdSequence ids = new IdSequence(100);
    assertEquals(100, ids.take(null));
    assertEquals(101, ids.take(null));
  }

  @Test
  void aSeededIdAboveTheSequenceMovesItPastThatId() {
    IdSequence ids = new IdSequence(100);
    assertEquals(500, ids.take(500L));
    assertEquals(501, ids.take(null));
  }

  @Test
  void aSeededIdBelowTheSequenceLeavesItWhereItWas() {
    IdSequence ids = new IdSequence(100);
    ids.take(null);
    assertEquals(7, ids.take(7L));
    assertEquals(101, ids.take(null));
  }
}
