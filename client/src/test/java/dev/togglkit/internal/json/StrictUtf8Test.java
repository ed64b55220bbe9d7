package dev.togglkit.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictUtf8Test {

  private static byte[] hex(String hex) {
    String[] parts = hex.trim().split("\\s+");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain ascii, longer than eight bytes", "Müller – 日本 – 😀 – \uFFFD",
      "{\"name\":\"Website relaunch 7 – phase 3\"}"})
  void wellFormedTextPasses(String text) {
    assertEquals(-1, StrictUtf8.firstMalformedByte(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @CsvSource({
      "41 42 43 44 45 46 47 48 FF, 8",        // byte never used in UTF-8, after a full ASCII word
      "41 80, 1",                             // stray continuation byte
      "C0 AF, 0",                             // overlong '/'
      "E0 80 AF, 0",                          // overlong, three bytes
      "ED A0 80, 0",                          // UTF-16 surrogate D800
      "F4 90 80 80, 0",                       // beyond U+10FFFF
      "F8 88 80 80 80, 0",                    // five-byte form
      "C3, 0",                                // truncated two-byte sequence at the end
      "E6 97, 0",                             // truncated three-byte sequence
      "22 61 C3 28 22, 2",                    // lead byte followed by ASCII
  })
  void malformedSequencesAreFoundAtTheirFirstByte(String bytes, int index) {
    assertEquals(index, StrictUtf8.firstMalformedByte(hex(bytes)));
  }
}
