package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdListTest {

  @Test
  void printsTheCommaSeparatedWireForm() {
    assertEquals("202700150,204301830", IdList.of(202700150L, 204301830L).toString());
    assertEquals("9007199254740993", IdList.of(List.of(9007199254740993L)).toString());
  }

  @Test
  void keepsTheIdsInOrderAndCannotBeChangedAfterwards() {
    IdList ids = IdList.of(3, 1, 2);

    assertEquals(List.of(3L, 1L, 2L), ids.ids());
    assertThrows(UnsupportedOperationException.class, () -> ids.ids().add(4L));
    assertEquals(IdList.of(3, 1, 2), ids);
  }

  @Test
  void refusesAnEmptyList() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, IdList::of);

    assertTrue(error.getMessage().contains("at least one id"), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IdList.of((List<Long>) null));
  }

  @Test
  void refusesZeroNegativeAndNullIds() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> IdList.of(5, 0));
    assertTrue(zero.getMessage().contains("was 0"), zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IdList.of(-7));
    assertThrows(IllegalArgumentException.class, () -> IdList.of(Arrays.asList(1L, null)));
  }
}
