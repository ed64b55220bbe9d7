package dev.togglkit.contract.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.togglkit.gate.ApiSpec;
import dev.togglkit.gate.engine.CompiledSpec;
import dev.togglkit.gate.engine.JsonPointers;
import dev.togglkit.gate.engine.SchemaPreparer.Target;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Examples are facts too: every {@code example} and {@code examples} value of a spec document (parameters, request
 * and response bodies, every schema and property they reach) must validate against its schema, with the gate's own
 * engine and its strict rules ({@link Target#REQUEST_STRICT}, {@link Target#RESPONSE_STRICT}: an undeclared property
 * is an error, {@code required} is kept). The fake serves documented bodies from these examples and the docs show
 * them, so a wrong one (an id given as a string) would teach users and tests the wrong type.
 *
 * <p>It reads the document as the gate does ({@link ApiSpec#load}: one JSON tree, every {@code $ref} local), so the
 * examples are the values as written, and it needs no second schema engine in the test JVM.
 */
public final class SpecExamplesCheck {

  /** The methods of a path item, in swagger-parser's order (the order the findings were listed in before). */
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
      "trace");

  private final JsonNode root;
  private final CompiledSpec compiled;
  private final List<String> violations = new ArrayList<>();
  /** Each schema object once: many places refer to the same component. */
  private final Map<JsonNode, Boolean> walked = new IdentityHashMap<>();
  private final Map<Target, Map<JsonNode, JsonSchema>> compiledSchemas = new EnumMap<>(Target.class);
  private int compiledCount;

  private SpecExamplesCheck(ApiSpec spec) {
    this.root = spec.root();
    this.compiled = CompiledSpec.of(root);
  }

  /** Every example that does not validate, one line each: where it is and what is wrong. */
  public static List<String> check(ApiSpec spec) {
    SpecExamplesCheck check = new SpecExamplesCheck(spec);
    for (Iterator<Map.Entry<String, JsonNode>> paths = check.root.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      JsonNode item = check.deref(path.getValue());
      check.parameters(path.getKey(), item.path("parameters"));
      for (String method : METHODS) {
        if (item.path(method).isObject()) {
          check.operation(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), item.get(method));
        }
      }
    }
    return List.copyOf(check.violations);
  }

  private void parameters(String where, JsonNode parameters) {
    for (JsonNode reference : parameters) {
      JsonNode parameter = deref(reference);
      String at = where + " parameter " + parameter.path("name").asText();
      JsonNode schema = parameter.get("schema");
      if (parameter.has("example")) {
        validate(at + " example", parameter.get("example"), schema, Target.REQUEST_STRICT);
      }
      examples(at, parameter.path("examples"), schema, Target.REQUEST_STRICT);
      schema(at + " schema", schema);
    }
  }

  private void operation(String where, JsonNode operation) {
    String at = where + " (" + operation.path("operationId").asText(null) + ")";
    parameters(at, operation.path("parameters"));
    if (operation.has("requestBody")) {
      content(at + " request body", deref(operation.get("requestBody")).path("content"), Target.REQUEST_STRICT);
    }
    for (Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
         responses.hasNext(); ) {
      Map.Entry<String, JsonNode> response = responses.next();
      content(at + " response " + response.getKey(), deref(response.getValue()).path("content"),
          Target.RESPONSE_STRICT);
    }
  }

  private void content(String where, JsonNode content, Target target) {
    for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext(); ) {
      Map.Entry<String, JsonNode> type = types.next();
      String at = where + " " + type.getKey();
      JsonNode media = type.getValue();
      JsonNode schema = media.get("schema");
      if (media.has("example")) {
        validate(at + " example", media.get("example"), schema, target);
      }
      examples(at, media.path("examples"), schema, target);
      schema(at + " schema", schema);
    }
  }

  private void examples(String where, JsonNode examples, JsonNode schema, Target target) {
    for (Iterator<Map.Entry<String, JsonNode>> named = examples.fields(); named.hasNext(); ) {
      Map.Entry<String, JsonNode> example = named.next();
      validate(where + " examples." + example.getKey(), deref(example.getValue()).path("value"), schema, target);
    }
  }

  /** A schema's own example, then its parts' (each schema object once). */
  private void schema(String where, JsonNode reference) {
    if (reference == null) {
      return;
    }
    JsonNode schema = deref(reference);
    if (!schema.isObject() || walked.put(schema, Boolean.TRUE) != null) {
      return;
    }
    if (schema.has("example")) {
      validate(where + " example", schema.get("example"), schema, Target.RESPONSE_STRICT);
    }
    for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
         properties.hasNext(); ) {
      Map.Entry<String, JsonNode> property = properties.next();
      schema(where + " property " + property.getKey(), property.getValue());
    }
    schema(where + " items", schema.get("items"));
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode part : schema.path(combinator)) {
        schema(where, part);
      }
    }
    if (schema.path("additionalProperties").isObject()) {
      schema(where + " additionalProperties", schema.get("additionalProperties"));
    }
  }

  private void validate(String where, JsonNode example, JsonNode schema, Target target) {
    if (schema == null) {
      return;
    }
    JsonNode value = example.isMissingNode() ? NullNode.getInstance() : example;
    for (ValidationMessage message : compiled(deref(schema), target).validate(value)) {
      String pointer = message.getInstanceLocation() == null ? "" : message.getInstanceLocation().toString();
      String text = message.getMessage();
      // The engine's message starts with the instance location; it is named once, after "at".
      text = text.startsWith(pointer + ": ") ? text.substring(pointer.length() + 2) : text;
      violations.add(where + (pointer.isEmpty() || pointer.equals("/") ? "" : " at " + pointer) + ": " + text);
    }
  }

  /** One compiled schema per schema object and target; the engine's location key only has to be unique here. */
  private JsonSchema compiled(JsonNode schema, Target target) {
    return compiledSchemas.computeIfAbsent(target, t -> new IdentityHashMap<>())
        .computeIfAbsent(schema, s -> compiled.schema("example schema " + compiledCount++, s, target));
  }

  private JsonNode deref(JsonNode node) {
    return JsonPointers.deref(root, node);
  }
}
