package dev.togglkit.gate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.togglkit.gate.Policy;
import org.junit.jupiter.api.Test;

class GatePolicyTest {

  @Test
  void readsTheTwoNamesAsWrittenInAPom() {
    assertEquals(Policy.CONSUMER, GatePolicy.parse("consumer"));
    assertEquals(Policy.STRICT, GatePolicy.parse(" strict "));
  }

  @Test
  void refusesAnythingElseNamingTheChoices() {
    for (String wrong : new String[] {"Strict", "lenient", "", null}) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> GatePolicy.parse(wrong));
      assertEquals("unknown policy '" + wrong + "': use one of consumer, strict", error.getMessage());
    }
  }
}
