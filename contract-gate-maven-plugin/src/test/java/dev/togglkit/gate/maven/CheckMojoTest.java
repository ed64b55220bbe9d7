package dev.togglkit.gate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the goal does before it reaches {@link GateCheck}. */
class CheckMojoTest {

  @Test
  void skipChecksNothingAndSaysSo() throws Exception {
    // Maven sets a parameter's field by its name, as this does; no project is set, so a check would fail on it.
    CheckMojo mojo = new CheckMojo();
    Field skip = CheckMojo.class.getDeclaredField("skip");
    skip.setAccessible(true);
    skip.setBoolean(mojo, true);
    GateCheckTest.CapturingLog log = new GateCheckTest.CapturingLog();
    mojo.setLog(log);

    mojo.execute();

    assertEquals(List.of("contract gate skipped (togglkit.gate.skip)"), log.infos);
    assertEquals(List.of(), log.errors);
  }
}
