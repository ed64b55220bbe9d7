package dev.togglkit.gate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Content negotiation, with and without the whitespace and quality values that take the slow path. */
class MediaTypesTest {

  private static final List<String> JSON_OR_TEXT = List.of("application/json; charset=utf-8", "text/plain");

  @Test
  void exactThenWithoutParametersThenVendorSuffix() {
    assertEquals("text/plain", MediaTypes.findMatching("text/plain", JSON_OR_TEXT));
    assertEquals("application/json; charset=utf-8", MediaTypes.findMatching("application/json", JSON_OR_TEXT));
    assertEquals("application/json; charset=utf-8",
        MediaTypes.findMatching("application/vnd.toggl+json", JSON_OR_TEXT));
  }

  @Test
  void whitespaceAndCaseAreIgnored() {
    assertEquals("application/json; charset=utf-8",
        MediaTypes.findMatching(" Application/JSON ;\tcharset=UTF-8", JSON_OR_TEXT));
  }

  @Test
  void higherQualityWinsWhateverTheOrder() {
    assertEquals("text/plain", MediaTypes.findMatching("application/json;q=0.2, text/plain;q=0.9", JSON_OR_TEXT));
    assertEquals("application/json; charset=utf-8",
        MediaTypes.findMatching("text/plain; q=0.1,application/json; charset=utf-8", JSON_OR_TEXT));
  }

  @Test
  void wildcardsOnEitherSideAndNoMatch() {
    assertEquals("text/plain", MediaTypes.findMatching("text/*", JSON_OR_TEXT));
    assertEquals("application/json; charset=utf-8", MediaTypes.findMatching("*/*", JSON_OR_TEXT));
    assertEquals("*/*", MediaTypes.findMatching("image/png", List.of("application/json", "*/*")));
    assertNull(MediaTypes.findMatching("image/png", JSON_OR_TEXT));
    assertEquals(false, MediaTypes.isValidatable("text/html"));
    assertEquals(true, MediaTypes.isValidatable("application/problem+json; charset=utf-8"));
  }
}
