package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.togglkit.gate.cli.GateCli;
import dev.togglkit.gate.cli.GateCliWithReadSpecs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate never crashes: 1,200 generated mutations of our own fixtures (pacts and a spec) — truncated JSON,
 * wrong types, missing and null fields, odd paths and methods, huge values — each end with exit status 0, 1 or 2
 * and a one-line reason, never 3 (an internal error) nor an exception out of the command line tool.
 * The seed is fixed, so a failure reproduces; the failing input is printed.
 */
class GeneratedInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int PACT_MUTATIONS = 1000;
  private static final int SPEC_MUTATIONS = 200;

  private final Random random = new Random(16);

  @Test
  void mutatedPactsNeverCrashTheGate(@TempDir Path dir) throws IOException {
    JsonNode good = JSON.readTree(Fixtures.path("good/togglkit-toggl-track-v9.json").toFile());
    // Only the pacts are mutated here. The spec is read once, as the gate reads it, and every run of the command
    // line tool checks against that one document: reading spec/track-v9 a thousand times over took most of this
    // test's time and checked nothing new (mutated specs, read by the tool itself, are the next test's). That the
    // runs share it is safe only if the gate never changes the document it checks against, which is asserted.
    Path specFile = Fixtures.specFiles().get(Fixtures.TRACK);
    ApiSpec track = ApiSpec.load(specFile);
    String trackBefore = track.root().toString();
    Map<String, ApiSpec> specs = Map.of(specFile.toString(), track);
    String spec = Fixtures.TRACK + "=" + specFile;
    Set<Integer> exits = new TreeSet<>();
    for (int i = 0; i < PACT_MUTATIONS; i++) {
      String text = mutateToText(good);
      Path pact = Files.writeString(dir.resolve("pact-" + i + ".json"), text);
      exits.add(assertNoCrash(text, (args, out, err) -> GateCliWithReadSpecs.run(args, out, err, specs),
          "--spec", spec, "--pacts", pact.toString(), "--policy", i % 2 == 0 ? "consumer" : "strict"));
      Files.delete(pact);
    }
    assertReachedTheValidatorAndRefusedSome(exits);
    assertEquals(trackBefore, track.root().toString(), "the gate changed the spec document it checked against");
  }

  @Test
  void mutatedSpecsNeverCrashTheGate(@TempDir Path dir) throws IOException {
    JsonNode spec = JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(Files.readString(
        Fixtures.path("behaviours/petstore.yaml"))));
    Path pacts = Fixtures.path("behaviours/petstore-pact.json");
    Set<Integer> exits = new TreeSet<>();
    for (int i = 0; i < SPEC_MUTATIONS; i++) {
      String text = mutateToText(spec);
      Path file = Files.writeString(dir.resolve("spec-" + i + ".json"), text);
      exits.add(assertNoCrash(text, GateCli::run, "--spec", "petstore=" + file, "--pacts", pacts.toString(),
          "--report", dir.resolve("report").toString()));
      Files.delete(file);
    }
    assertReachedTheValidatorAndRefusedSome(exits);
  }

  /**
   * The mutations must exercise both sides: some inputs read and checked (exit 0 or 1), some refused as bad input
   * (exit 2). A run that only ever refused would have checked nothing.
   */
  private static void assertReachedTheValidatorAndRefusedSome(Set<Integer> exits) {
    assertTrue(exits.contains(0) || exits.contains(1), () -> "no input reached the validator; exits " + exits);
    assertTrue(exits.contains(2), () -> "no input was refused as bad input; exits " + exits);
  }

  /** The command line tool, as {@link GateCli#run} runs it. */
  private interface Tool {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  private int assertNoCrash(String input, Tool tool, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try {
      status = tool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("the gate threw " + e + " on:\n" + input, e);
    }
    String errors = err.toString(StandardCharsets.UTF_8);
    final int exit = status;
    assertTrue(exit == 0 || exit == 1 || exit == 2, () -> "exit " + exit + " (" + errors + ") on:\n" + input);
    assertTrue(errors.lines().count() <= 1, () -> "more than one line on stderr: " + errors + " on:\n" + input);
    assertTrue(!out.toString(StandardCharsets.UTF_8).matches("(?s).* null \\[.*"),
        () -> "a null operation name in:\n" + out);
    return exit;
  }

  private String mutateToText(JsonNode original) {
    if (random.nextInt(10) == 0) {
      String text = original.toString();
      return text.substring(0, random.nextInt(text.length()));
    }
    JsonNode copy = original.deepCopy();
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(copy, containers);
      JsonNode target = containers.get(random.nextInt(containers.size()));
      mutate(target);
    }
    return copy.toString();
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private void mutate(JsonNode container) {
    if (container.isObject()) {
      ObjectNode object = (ObjectNode) container;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty()) {
        object.set("x", oddValue());
        return;
      }
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(4)) {
        case 0 -> object.remove(name);
        case 1 -> object.putNull(name);
        default -> object.set(name, oddValue());
      }
    } else {
      ArrayNode array = (ArrayNode) container;
      if (array.isEmpty() || random.nextBoolean()) {
        array.add(oddValue());
      } else {
        array.set(random.nextInt(array.size()), oddValue());
      }
    }
  }

  private JsonNode oddValue() {
    return switch (random.nextInt(14)) {
      case 0 -> NODES.textNode("");
      case 1 -> NODES.numberNode(random.nextLong());
      case 2 -> NODES.numberNode(1e308);
      case 3 -> NODES.textNode("x".repeat(100_000));
      case 4 -> NODES.booleanNode(random.nextBoolean());
      case 5 -> NODES.arrayNode().add(1).add("a").addNull();
      case 6 -> NODES.objectNode().put("$ref", "#/nowhere/" + random.nextInt(3));
      case 7 -> NODES.textNode("/a/{b}/../%zz/?q=1#f");
      case 8 -> NODES.textNode("BREW");
      case 9 -> NODES.objectNode().put("type", "not-a-type").put("pattern", "([");
      case 10 -> NODES.textNode("application/json; charset=\"");
      case 11 -> NODES.objectNode().set("allOf", NODES.arrayNode().add(NODES.objectNode().put("$ref", "#")));
      case 12 -> NODES.numberNode(-1);
      default -> NODES.nullNode();
    };
  }
}
