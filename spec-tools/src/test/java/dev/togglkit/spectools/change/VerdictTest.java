package dev.togglkit.spectools.change;

import static dev.togglkit.spectools.change.ChangeClass.ADDITIVE;
import static dev.togglkit.spectools.change.ChangeClass.JAVA_BREAKING;
import static dev.togglkit.spectools.change.ChangeClass.WIRE_BREAKING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

  private static final Version V010 = Version.parse("0.1.0-SNAPSHOT");

  @Test
  void noChangesNeedNoRelease() {
    Verdict v = Verdict.of(List.of(), V010, V010);

    assertNull(v.worst());
    assertTrue(v.satisfied());
    assertEquals("no release needed", v.text());
  }

  @Test
  void aBreakingChangeIn0xNeedsTheNextMinorAndFailsWithoutIt() {
    Verdict v = Verdict.of(List.of(change(ADDITIVE), change(WIRE_BREAKING)), V010, V010);

    assertEquals(WIRE_BREAKING, v.worst());
    assertEquals(Version.parse("0.2.0"), v.needed());
    assertFalse(v.satisfied());
  }

  @Test
  void aBumpedPomSatisfiesABreakingChange() {
    assertTrue(Verdict.of(List.of(change(JAVA_BREAKING)), V010, Version.parse("0.2.0-SNAPSHOT")).satisfied());
    assertTrue(Verdict.of(List.of(change(JAVA_BREAKING)), V010, Version.parse("1.0.0")).satisfied());
  }

  @Test
  void anAdditiveChangeNeverFailsTheBuild() {
    Verdict v = Verdict.of(List.of(change(ADDITIVE)), V010, V010);

    assertEquals(Version.parse("0.1.1"), v.needed());
    assertTrue(v.satisfied());
  }

  @Test
  void from1x0BreakingIsMajorAndAdditiveIsMinor() {
    Version v120 = Version.parse("1.2.0");

    assertEquals(Version.parse("2.0.0"), v120.next(WIRE_BREAKING));
    assertEquals(Version.parse("1.3.0"), v120.next(ADDITIVE));
    assertFalse(Verdict.of(List.of(change(WIRE_BREAKING)), v120, Version.parse("1.9.9")).satisfied());
  }

  @Test
  void aVersionThatIsNotMajorMinorPatchIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Version.parse("1.2"));
    assertEquals("version '1.2' is not major.minor.patch", e.getMessage());
  }

  @Test
  void thePomVersionIsTheProjectsNotADependencys() {
    String pom = "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId>"
        + "<version>0.3.0-SNAPSHOT</version><properties><x.version>9.9.9</x.version></properties>"
        + "<dependencyManagement><dependencies><dependency><version>1.0.0</version></dependency></dependencies>"
        + "</dependencyManagement></project>";

    assertEquals("0.3.0-SNAPSHOT", GitBaseline.projectVersion(pom).orElseThrow());
  }

  private static SpecChange change(ChangeClass c) {
    return new SpecChange(c, "doc", "op", "something");
  }
}
