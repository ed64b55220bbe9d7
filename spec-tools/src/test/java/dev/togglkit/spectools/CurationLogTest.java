package dev.togglkit.spectools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CurationLogTest {

  private static final String LOG = "# Curation log\n\n## C-01 First\nNames `rate` and status 400.\n\n"
      + "## C-02 Second\nNames labor_cost_last_updated only.\n";

  @Test
  void entriesAndTitlesAreRead() {
    CurationLog log = CurationLog.parse(LOG, "test");

    assertEquals(2, log.size());
    assertTrue(log.has("C-02"));
    assertFalse(log.has("C-03"));
    assertEquals("C-01 First", log.title("C-01"));
  }

  @Test
  void mentionsMatchWholeNamesWithinTheEntryOnly() {
    CurationLog log = CurationLog.parse(LOG, "test");

    assertTrue(log.mentions("C-01", "rate"));
    assertTrue(log.mentions("C-01", "400"));
    assertFalse(log.mentions("C-02", "rate"), "rate inside labor_cost_last_updated is not a mention");
    assertFalse(log.mentions("C-02", "400"), "each entry's text ends at the next heading");
    assertFalse(log.mentions("C-09", "rate"));
  }

  @Test
  void anEntryDefinedTwiceIsAnError() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CurationLog.parse("## C-01 a\n## C-01 b\n", "CURATION.md"));
    assertEquals("CURATION.md defines C-01 twice", e.getMessage());
  }
}
