package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

  @Test
  void jsonString() {
    assertEquals("Thing name is refused", ErrorBodies.message("\"Thing name is refused\""));
    assertEquals("with \"quotes\" and é", ErrorBodies.message("\"with \\\"quotes\\\" and \\u00e9\""));
  }

  @Test
  void plainText() {
    assertEquals("Not Found", ErrorBodies.message("Not Found\n"));
    assertEquals("\"unterminated", ErrorBodies.message("\"unterminated"));
    assertEquals("{not json", ErrorBodies.message("{not json"));
    assertEquals(ErrorBodies.MAX_MESSAGE_LENGTH, ErrorBodies.message("y".repeat(2000)).length());
  }

  @Test
  void jsonObjectFieldsInOrderOfPreference() {
    assertEquals("m", ErrorBodies.message("{\"error\":\"e\",\"error_description\":\"d\",\"message\":\"m\"}"));
    assertEquals("d", ErrorBodies.message("{\"error\":\"e\",\"error_description\":\"d\"}"));
    assertEquals("e", ErrorBodies.message("{\"error\":\"e\",\"trace_id\":\"t\"}"));
    assertNull(ErrorBodies.message("{\"error\":\"  \"}"));
  }

  @Test
  void nothingToSay() {
    assertNull(ErrorBodies.message(null));
    assertNull(ErrorBodies.message(""));
    assertNull(ErrorBodies.message("   "));
    assertNull(ErrorBodies.message("\"\""));
    assertNull(ErrorBodies.message("<html><body>Bad gateway</body></html>"));
  }
}
