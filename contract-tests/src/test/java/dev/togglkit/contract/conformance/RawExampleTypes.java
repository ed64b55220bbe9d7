package dev.togglkit.contract.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The half of the example check the parsed model cannot do: swagger-parser silently drops a schema's
 * {@code example} that does not fit the schema's {@code type} (an integer property with {@code example: "many"}
 * arrives with no example at all), so {@link SpecExamplesCheck} never sees it. This reads the YAML files as
 * written and checks each {@code example} next to a {@code type} (or in a parameter next to {@code schema.type})
 * against that type.
 */
final class RawExampleTypes {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RawExampleTypes() {
  }

  /** One line per example whose JSON type is not its schema's type, naming the file and the YAML path. */
  static List<String> check(Path documentDir) {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(documentDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        walk(YAML.readTree(file.toFile()), documentDir.relativize(file) + ":", violations);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + documentDir, e);
    }
    return violations;
  }

  private static void walk(JsonNode node, String path, List<String> violations) {
    if (node.isObject()) {
      JsonNode example = node.get("example");
      JsonNode typed = node.has("type") ? node : node.path("schema");
      if (example != null && typed.path("type").isTextual()) {
        String type = typed.path("type").asText();
        boolean nullable = typed.path("nullable").asBoolean(false);
        if (!fits(example, type, nullable)) {
          violations.add(path + " example " + example + " is not of type " + type);
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        walk(field.getValue(), path + "/" + field.getKey(), violations);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, violations);
      }
    }
  }

  private static boolean fits(JsonNode example, String type, boolean nullable) {
    if (example.isNull()) {
      return nullable;
    }
    return switch (type) {
      case "integer" -> example.isIntegralNumber();
      case "number" -> example.isNumber();
      case "boolean" -> example.isBoolean();
      case "string" -> example.isTextual();
      case "array" -> example.isArray();
      case "object" -> example.isObject();
      default -> true;
    };
  }
}
