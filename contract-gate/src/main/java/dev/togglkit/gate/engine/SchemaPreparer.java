package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns an OpenAPI schema into a self-contained JSON Schema (2019-09) the validator compiles once.
 *
 * <ul>
 *   <li>Every component it refers to, directly or not, is copied into it at the same pointer
 *       ({@code #/components/schemas/Pet}), so the refs resolve inside the schema.</li>
 *   <li>OpenAPI 3.0 dialect: {@code nullable: true} becomes a type that allows null (without a {@code type}: any
 *       value for the strict targets, as OpenAPI 3.0.3 says, an object or null for the others, as the reference
 *       engine reads it); boolean
 *       {@code exclusiveMinimum}/{@code exclusiveMaximum} become the numeric form; a {@code discriminator} is
 *       dropped where there is no {@code oneOf}, and makes its property required where there is.</li>
 *   <li>{@code allOf} is merged into one schema: in OpenAPI it describes one object built from parts.</li>
 *   <li>For a response ({@link Target#RESPONSE_CONSUMER}): an object schema written in place gets
 *       {@code additionalProperties: false} (a field the provider does not document is one the consumer cannot
 *       rely on) and {@code required} is dropped (a consumer's pact lists only the fields it reads).
 *       {@link Target#RESPONSE_STRICT} applies {@code additionalProperties: false} to referenced schemas as well and
 *       keeps {@code required}.</li>
 * </ul>
 */
public final class SchemaPreparer {

  /** What the schema will check. */
  public enum Target { REQUEST, REQUEST_STRICT, RESPONSE_CONSUMER, RESPONSE_STRICT }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // Keyword lists of the walks below, built once: the walks visit every node of every schema.
  private static final List<String> COMBINATIONS = List.of("allOf", "oneOf", "anyOf");
  private static final List<String> SINGLE_SUBSCHEMAS = List.of("not", "items", "additionalProperties");
  private static final List<String> NESTED_BESIDE_ALL_OF = List.of("oneOf", "anyOf", "not", "items",
      "additionalProperties");

  private SchemaPreparer() {
  }

  public static ObjectNode prepare(JsonNode original, JsonNode document, Target target) {
    ObjectNode schema = original.isObject() ? ((ObjectNode) original).deepCopy() : NODES.objectNode();
    schema.remove("description");
    schema.remove("example");
    Deque<String> toAdd = new ArrayDeque<>();
    Set<String> added = new HashSet<>();
    List<String> addedOrder = new ArrayList<>();
    dialect(schema, toAdd, added, target);
    while (!toAdd.isEmpty()) {
      String ref = toAdd.poll();
      if (!added.add(ref)) {
        continue;
      }
      addedOrder.add(ref);
      JsonNode target1 = JsonPointers.at(document, ref);
      ObjectNode sub = target1.isObject() ? ((ObjectNode) target1).deepCopy() : NODES.objectNode();
      sub.remove("description");
      sub.remove("example");
      dialect(sub, toAdd, added, target);
      setAt(schema, ref, sub);
    }
    ObjectNode flattened = flattenAllOf(schema, addedOrder);
    List<ObjectNode> parts = new ArrayList<>();
    parts.add(flattened);
    for (String ref : addedOrder) {
      JsonNode sub = JsonPointers.at(flattened, ref);
      if (sub.isObject() && sub != flattened) {
        parts.add((ObjectNode) sub);
      }
    }
    if (target != Target.REQUEST) {
      // Strict requests too: a renamed or invented body field is what a careless client change looks like.
      parts.forEach(SchemaPreparer::closeObjects);
    }
    if (target == Target.RESPONSE_CONSUMER) {
      parts.forEach(part -> traverse(part, s -> {
        if (!s.has("oneOf")) {
          s.remove("required");
        }
      }));
    }
    parts.forEach(part -> traverse(part, s -> discriminate(s, flattened)));
    return flattened;
  }

  /**
   * A {@code oneOf} with a {@code discriminator}: the tag property selects the branch (by the mapping, else by the
   * branch's {@code const}/{@code enum} for the tag, else by the referenced schema's name), and a tag value no
   * branch names is an error. Rewritten as if/then, so two branches that both fit do not make it fail.
   */
  private static void discriminate(ObjectNode s, JsonNode root) {
    JsonNode oneOf = s.get("oneOf");
    String property = s.path("discriminator").path("propertyName").asText(null);
    if (oneOf == null || !oneOf.isArray() || property == null) {
      return;
    }
    JsonNode mapping = s.path("discriminator").path("mapping");
    ArrayNode conditions = NODES.arrayNode();
    ArrayNode allValues = NODES.arrayNode();
    for (JsonNode branch : oneOf) {
      List<String> values = new ArrayList<>();
      String ref = branch.path("$ref").asText(null);
      mapping.fields().forEachRemaining(entry -> {
        if (ref != null && (entry.getValue().asText().equals(ref)
            || ref.endsWith("/" + entry.getValue().asText()))) {
          values.add(entry.getKey());
        }
      });
      if (values.isEmpty()) {
        JsonNode resolved = JsonPointers.deref(root, branch);
        JsonNode tag = JsonPointers.deref(root, resolved.path("properties").path(property));
        if (tag.has("const")) {
          values.add(tag.get("const").asText());
        } else if (tag.path("enum").isArray()) {
          tag.get("enum").forEach(value -> values.add(value.asText()));
        } else if (ref != null && mapping.isMissingNode()) {
          values.add(ref.substring(ref.lastIndexOf('/') + 1));
        }
      }
      if (values.isEmpty()) {
        return;
      }
      for (String value : values) {
        allValues.add(value);
        ObjectNode condition = NODES.objectNode();
        condition.putObject("if").putObject("properties").putObject(property).put("const", value);
        ((ObjectNode) condition.get("if")).putArray("required").add(property);
        condition.set("then", branch.deepCopy());
        conditions.add(condition);
      }
    }
    ObjectNode known = NODES.objectNode();
    known.putObject("properties").putObject(property).set("enum", allValues);
    conditions.insert(0, known);
    s.remove("oneOf");
    s.remove("discriminator");
    ArrayNode allOf = s.has("allOf") && s.get("allOf").isArray() ? (ArrayNode) s.get("allOf") : s.putArray("allOf");
    allOf.addAll(conditions);
  }

  private static void closeObjects(ObjectNode schema) {
    traverse(schema, s -> {
      JsonNode additional = s.get("additionalProperties");
      if ((additional == null || additional.isBoolean() && additional.booleanValue())
          && !s.has("oneOf") && !s.has("allOf") && !s.has("anyOf")
          // {type: object, $ref: X} (left by merging allOf parts): X lists the fields, and X is closed itself.
          && !s.has("$ref")
          && "object".equals(s.path("type").asText(null))) {
        s.put("additionalProperties", false);
      }
    });
  }

  private static void dialect(ObjectNode schema, Deque<String> toAdd, Set<String> added, Target target) {
    traverse(schema, s -> {
      JsonNode discriminator = s.get("discriminator");
      if (discriminator != null) {
        String property = discriminator.path("propertyName").asText(null);
        if (s.has("oneOf") && property != null) {
          ArrayNode required = s.has("required") && s.get("required").isArray()
              ? (ArrayNode) s.get("required") : s.putArray("required");
          boolean present = false;
          for (JsonNode name : required) {
            present |= name.asText().equals(property);
          }
          if (!present) {
            required.add(property);
          }
        }
        if (!s.has("oneOf")) {
          s.remove("discriminator");
        }
      }
    });
    traverse(schema, s -> {
      JsonNode ref = s.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("#") && !added.contains(ref.asText())) {
        toAdd.add(ref.asText());
      }
    });
    traverse(schema, s -> {
      boolean nullable = s.path("nullable").asBoolean(false);
      if (s.has("$ref")) {
        return;
      }
      if (nullable && !s.has("type")) {
        boolean combines = s.has("allOf") || s.has("anyOf") || s.has("oneOf");
        if (!combines && (target == Target.REQUEST_STRICT || target == Target.RESPONSE_STRICT)) {
          // OpenAPI 3.0.3: nullable adds null to the type the schema names; a schema that names none (and combines
          // none) allows every value already, null included (Toggl's "any JSON value" fields, spec/CURATION.md
          // C-05 and C-11).
          s.remove("nullable");
          return;
        }
        // The reference engine's reading, kept for the consumer policy: an object, or null.
        s.put("type", "object");
      }
      if (nullable && !s.get("type").isArray()) {
        ArrayNode types = NODES.arrayNode().add(s.get("type")).add("null");
        s.set("type", types);
      }
    });
    traverse(schema, s -> {
      exclusive(s, "exclusiveMaximum", "maximum");
      exclusive(s, "exclusiveMinimum", "minimum");
    });
  }

  private static void exclusive(ObjectNode s, String exclusive, String bound) {
    JsonNode flag = s.get(exclusive);
    if (flag != null && flag.isBoolean()) {
      if (flag.booleanValue() && s.has(bound)) {
        s.set(exclusive, s.get(bound));
        s.remove(bound);
      } else {
        s.remove(exclusive);
      }
    }
  }

  /** Visits sub-schemas first (allOf, oneOf, anyOf, properties, not, items, additionalProperties), then the node. */
  static void traverse(JsonNode schema, Consumer<ObjectNode> visitor) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    ObjectNode s = (ObjectNode) schema;
    for (String key : COMBINATIONS) {
      JsonNode list = s.get(key);
      if (list != null && list.isArray()) {
        list.forEach(item -> traverse(item, visitor));
      }
    }
    JsonNode properties = s.get("properties");
    if (properties != null && properties.isObject()) {
      properties.elements().forEachRemaining(item -> traverse(item, visitor));
    }
    for (String key : SINGLE_SUBSCHEMAS) {
      traverse(s.get(key), visitor);
    }
    visitor.accept(s);
  }

  private static void setAt(ObjectNode root, String ref, JsonNode value) {
    List<String> path = JsonPointers.segments(ref);
    if (path.isEmpty()) {
      return;
    }
    ObjectNode node = root;
    for (int i = 0; i < path.size() - 1; i++) {
      JsonNode next = node.get(path.get(i));
      if (next == null || !next.isObject()) {
        next = node.putObject(path.get(i));
      }
      node = (ObjectNode) next;
    }
    node.set(path.get(path.size() - 1), value);
  }

  // allOf: merged like a deep merge of its parts (OpenAPI's "composition", not JSON Schema's "all must hold").

  private static ObjectNode flattenAllOf(ObjectNode schema, List<String> refs) {
    JsonNode flattened = flat(schema, schema);
    ObjectNode result = flattened.isObject() ? (ObjectNode) flattened : schema;
    for (String ref : refs) {
      JsonNode sub = JsonPointers.at(schema, ref);
      if (!sub.isMissingNode()) {
        setAt(result, ref, flat(sub, schema));
      }
    }
    return result;
  }

  private static JsonNode flat(JsonNode node, JsonNode root) {
    return flat(node, root, 0);
  }

  private static JsonNode flat(JsonNode node, JsonNode root, int depth) {
    if (!node.isObject() || depth > 64) {
      return node;
    }
    ObjectNode s = (ObjectNode) node;
    JsonNode allOf = s.get("allOf");
    if (allOf != null && allOf.isArray()) {
      ObjectNode others = s.deepCopy();
      others.remove("allOf");
      for (JsonNode part : allOf) {
        JsonNode dereferenced = part;
        if (part.isObject() && part.path("$ref").isTextual()) {
          ObjectNode copy = ((ObjectNode) part).deepCopy();
          copy.remove("$ref");
          JsonNode target = JsonPointers.at(root, part.get("$ref").asText());
          if (target.isObject()) {
            copy.setAll(((ObjectNode) target).deepCopy());
          }
          dereferenced = copy;
        }
        JsonNode flatPart = inlinePropertyRefs(flat(dereferenced, root, depth + 1), root, depth);
        merge(others, flatPart);
      }
      return others;
    }
    JsonNode properties = s.get("properties");
    if (properties != null && properties.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      fields.forEachRemaining(entries::add);
      for (Map.Entry<String, JsonNode> entry : entries) {
        ((ObjectNode) properties).set(entry.getKey(), flat(entry.getValue(), root, depth + 1));
      }
      return s;
    }
    for (String key : NESTED_BESIDE_ALL_OF) {
      JsonNode value = s.get(key);
      if (value != null && !value.isNull() && !(value.isBoolean() && !value.booleanValue())) {
        ObjectNode copy = s.deepCopy();
        if (value.isArray()) {
          ArrayNode items = NODES.arrayNode();
          value.forEach(item -> items.add(flat(item, root, depth + 1)));
          copy.set(key, items);
        } else {
          copy.set(key, flat(value, root, depth + 1));
        }
        return copy;
      }
    }
    return s;
  }

  private static JsonNode inlinePropertyRefs(JsonNode s, JsonNode root, int depth) {
    JsonNode properties = s.get("properties");
    if (properties == null || !properties.isObject()) {
      return s;
    }
    ObjectNode copy = ((ObjectNode) s).deepCopy();
    ObjectNode props = (ObjectNode) copy.get("properties");
    List<String> names = new ArrayList<>();
    props.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode prop = props.get(name);
      if (prop.isObject() && prop.size() == 1 && prop.path("$ref").isTextual()) {
        JsonNode target = JsonPointers.at(root, prop.get("$ref").asText());
        if (!target.isMissingNode()) {
          props.set(name, flat(target.deepCopy(), root, depth + 1));
        }
      }
    }
    return copy;
  }

  /**
   * A deep merge: objects field by field, {@code required} lists joined (each part's required fields stay
   * required), other arrays element by element, anything else replaced.
   */
  static void merge(ObjectNode target, JsonNode source) {
    if (!source.isObject()) {
      return;
    }
    source.fields().forEachRemaining(field -> {
      JsonNode existing = target.get(field.getKey());
      JsonNode value = field.getValue();
      if (field.getKey().equals("required") && existing != null && existing.isArray() && value.isArray()) {
        Set<JsonNode> names = new LinkedHashSet<>();
        existing.forEach(names::add);
        value.forEach(names::add);
        ArrayNode union = NODES.arrayNode();
        names.forEach(union::add);
        target.set("required", union);
      } else if (existing != null && existing.isObject() && value.isObject()) {
        merge((ObjectNode) existing, value);
      } else if (existing != null && existing.isArray() && value.isArray()) {
        ArrayNode array = (ArrayNode) existing;
        for (int i = 0; i < value.size(); i++) {
          JsonNode item = value.get(i);
          if (i < array.size() && array.get(i).isObject() && item.isObject()) {
            merge((ObjectNode) array.get(i), item);
          } else if (i < array.size()) {
            array.set(i, item.deepCopy());
          } else {
            array.add(item.deepCopy());
          }
        }
      } else {
        target.set(field.getKey(), value.deepCopy());
      }
    });
  }
}
