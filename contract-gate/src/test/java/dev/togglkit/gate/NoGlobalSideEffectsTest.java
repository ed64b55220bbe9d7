package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Loading specs and running the gate changes no JVM-wide system property: the gate runs inside users' test JVMs
 * (the Maven plugin, TogglFake), whose other libraries read them. Swagger 2.0 documents go through swagger-parser's
 * converter, so one is loaded too.
 */
class NoGlobalSideEffectsTest {

  @Test
  void loadingAndCheckingLeaveTheSystemPropertiesAsTheyWere() {
    Map<Object, Object> before = snapshot();

    ProviderSpecs specs = ProviderSpecs.load(Map.of(
        Fixtures.TRACK, Fixtures.specFiles().get(Fixtures.TRACK),
        "items", Fixtures.path("behaviours/swagger2.yaml")));
    new ContractGate(specs, false, Policy.CONSUMER).run(Fixtures.path("good"));
    SpecLoader.load(Fixtures.specFiles().get(Fixtures.TRACK));

    assertEquals(before, snapshot());
    // swagger-parser's switch, which spec-tools sets in its own JVM: the comparison above would miss it, had
    // another test of this JVM set it first
    assertNull(System.getProperty("use-arbitrary-schema"));
  }

  private static Map<Object, Object> snapshot() {
    Properties properties = System.getProperties();
    synchronized (properties) {
      return new TreeMap<>(Map.copyOf(properties));
    }
  }
}
