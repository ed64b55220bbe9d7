package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension: one fake per class, injected with ready clients, reset before every test. */
@TogglFakeTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TogglFakeExtensionTest {

  private static TogglFake first;

  private final TogglFake fake;

  TogglFakeExtensionTest(TogglFake fake) {
    this.fake = fake;
  }

  @Test
  @Order(1)
  void injectsTheFakeAndClientsThatTalkToIt(TogglFake fake, TogglTrack track, TogglFocus focus) {
    first = fake;
    assertSame(this.fake, fake, "constructor and method see the same fake");
    WorkspaceSeed ws = fake.seed().workspace();
    long acme = ws.client("Acme");

    assertEquals("Acme", track.clients().getClient(ws.id(), acme).execute().getName());
    long focusClient = ws.focusClient("Focus Acme");
    assertEquals("Focus Acme", focus.clients().getClient(ws.id(), focusClient).execute().getName());
    assertEquals(2, fake.received().size());
  }

  @Test
  @Order(2)
  void theSameFakeStartsEachTestEmpty(TogglFake fake) {
    assertSame(first, fake);
    assertTrue(fake.received().isEmpty());
    assertEquals(0, fake.faults().pending());
  }
}
