package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaultsAreBounded() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertEquals(3, policy.maxRetries());
    assertEquals(Duration.ofMillis(500), policy.baseDelay());
    assertEquals(Duration.ofSeconds(8), policy.maxDelay());
    assertEquals(Duration.ofSeconds(30), policy.maxTotalWait());
    assertTrue(policy.jitter());
    assertEquals(0, RetryPolicy.none().maxRetries());
  }

  @Test
  void badValuesAreRefusedWithTheirName() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxRetries(-1)).getMessage().startsWith("maxRetries"));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxRetries(11));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().baseDelay(Duration.ZERO)).getMessage().startsWith("baseDelay"));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxDelay(null));
    assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxTotalWait(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder()
        .baseDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofSeconds(1)).build());
  }
}
