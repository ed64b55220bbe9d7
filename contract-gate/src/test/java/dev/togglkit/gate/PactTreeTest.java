package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The trimmed tree of a pact is the whole JSON tree with every field the gate never reads removed, and nothing
 * else: compared here against that definition, written the slow way, on every pact fixture of this module.
 */
class PactTreeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of("src/test/resources/pact-fixtures");

  @Test
  void everyFixturePactReadsAsItsWholeTreeWithoutTheFieldsTheGateNeverReads() throws IOException {
    List<Path> pacts;
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      pacts = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(pacts.size() >= 10, "the fixtures were found: " + pacts);
    int trimmedAway = 0;
    for (Path pact : pacts) {
      byte[] text = Files.readAllBytes(pact);
      JsonNode whole = JSON.readTree(text);
      JsonNode expected = trimmed(whole.deepCopy());
      assertEquals(expected, PactTree.read(JSON, text), pact + ": the trimmed tree differs");
      trimmedAway += whole.equals(expected) ? 0 : 1;
    }
    assertTrue(trimmedAway > 0, "at least one fixture carries fields the gate does not read (matching rules)");
  }

  @Test
  void matchingRulesProviderStatesAndUnknownFieldsAreLeftOutEverythingReadIsKept() throws IOException {
    JsonNode tree = PactTree.read(JSON, bytes("""
        {"consumer": {"name": "c"}, "provider": {"name": "p"}, "extra": [1, 2],
         "interactions": [
           {"description": "d", "type": "Synchronous/HTTP", "providerStates": [{"name": "s"}],
            "comments": {"text": ["x"]}, "pending": false,
            "request": {"method": "GET", "path": "/a", "query": {"q": ["1"]}, "headers": {"A": ["b"]},
                        "body": {"content": {"k": 1}}, "matchingRules": {"body": {"$.k": {}}},
                        "generators": {}},
            "response": {"status": 200, "headers": {}, "body": [1], "matchingRules": {}}},
           "not an object"],
         "metadata": {"pactSpecification": {"version": "4.0"}}}
        """));

    JsonNode interaction = tree.get("interactions").get(0);
    assertEquals(Set.of("description", "type", "request", "response"), names(interaction));
    assertEquals(Set.of("method", "path", "query", "headers", "body"), names(interaction.get("request")));
    assertEquals(Set.of("status", "headers", "body"), names(interaction.get("response")));
    assertEquals("not an object", tree.get("interactions").get(1).asText());
    assertEquals("4.0", tree.at("/metadata/pactSpecification/version").asText());
    assertEquals("[1,2]", tree.get("extra").toString());
  }

  @Test
  void invalidJsonInAFieldThatIsNotKeptIsStillInvalidJson() {
    assertThrows(JsonProcessingException.class, () -> PactTree.read(JSON, bytes("""
        {"interactions": [{"description": "d", "matchingRules": {"body": [1, }}]}
        """)));
    assertThrows(JsonProcessingException.class, () -> PactTree.read(JSON, bytes("""
        {"interactions": [{"description": "d", "comments": "unterminated}]}
        """)));
    byte[] badUtf8 = bytes("{\"interactions\": [{\"comments\": \"X\"}]}");
    badUtf8[badUtf8.length - 5] = (byte) 0xC3; // the X: a lead byte followed by a quote
    assertThrows(JsonProcessingException.class, () -> PactTree.read(JSON, badUtf8),
        "malformed UTF-8 in a skipped string");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsReturnedAsItIsAndNoDocumentAsNull() throws IOException {
    assertTrue(PactTree.read(JSON, bytes("[1]")).isArray());
    assertNull(PactTree.read(JSON, bytes("  ")));
    assertFalse(PactTree.read(JSON, bytes("{\"interactions\": null}")).get("interactions").isArray());
  }

  /** The definition: interactions keep description, type, request, response; those keep what the gate reads. */
  private static JsonNode trimmed(JsonNode root) {
    JsonNode interactions = root.path("interactions");
    if (root.isObject() && interactions.isArray()) {
      for (JsonNode interaction : interactions) {
        if (interaction.isObject()) {
          ((ObjectNode) interaction).retain("description", "type", "request", "response");
          if (interaction.get("request") instanceof ObjectNode request) {
            request.retain("method", "path", "query", "headers", "body");
          }
          if (interaction.get("response") instanceof ObjectNode response) {
            response.retain("status", "headers", "body");
          }
        }
      }
    }
    return root;
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
