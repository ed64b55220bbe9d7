package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's auto-pagers against the fake's paging: every item once, as few requests as the page sizes allow. */
@TogglFakeTest
class AutoPagingTest {

  @Test
  void trackListAllReadsEveryProjectIn200s(TogglFake fake, TogglTrack track) {
    WorkspaceSeed ws = fake.seed().workspace();
    for (int i = 0; i < 450; i++) {
      ws.project(ProjectSeed.named("P" + i));
    }

    List<Long> ids = new ArrayList<>();
    track.projects().listAll(ws.id()).forEach(p -> ids.add(p.getId()));

    assertEquals(450, ids.size());
    assertEquals(450, ids.stream().distinct().count());
    assertEquals(3, fake.received().size(), "200 + 200 + a short page of 50");
  }

  @Test
  void focusListAllFollowsTheWrapper(TogglFake fake, TogglFocus focus) {
    WorkspaceSeed ws = fake.seed().workspace();
    for (int i = 0; i < 130; i++) {
      ws.focusClient("C" + i);
    }

    List<String> names = new ArrayList<>();
    focus.clients().listAll(ws.id()).forEach(c -> names.add(c.getName()));

    assertEquals(130, names.size());
    assertEquals(2, fake.received().size(), "100 + a short page of 30");
  }
}
