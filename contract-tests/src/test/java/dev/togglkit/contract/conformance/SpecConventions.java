package dev.togglkit.contract.conformance;

import dev.togglkit.gate.SpecOperations;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules spec/README.md writes down, as a checker that returns one readable violation per broken rule.
 * It runs on the real documents (expecting none) and on broken fixtures (expecting the named violation).
 *
 * <p>The model must come from {@link SpecDocuments} (external references resolved into components).
 */
public final class SpecConventions {

  /** verb + resource in lowerCamelCase, e.g. listClients, archiveClient, patchProjectUsers. */
  public static final Pattern OPERATION_ID =
      Pattern.compile("^(list|create|get|update|delete|archive|restore|patch)[A-Z][A-Za-z]*$");

  /** Names that carry an ID: id, *_id, and Toggl's short legacy names. */
  public static final Pattern ID_LIKE = Pattern.compile("^(id|.+_id|wid|cid|gid|pid|uid|tid)$");

  public static final Pattern CURATION_ID = Pattern.compile("^C-\\d{2}$");

  public static final String CURATION = "x-togglkit-curation";
  public static final String OPEN_ENUM = "x-togglkit-open-enum";

  private static final String SCHEMAS = "#/components/schemas/";
  private static final String RESPONSES = "#/components/responses/";
  private static final String PARAMETERS = "#/components/parameters/";

  private final OpenAPI api;
  private final Set<String> curationEntries;
  private final List<String> violations = new ArrayList<>();
  private final Set<String> usedRefs = new HashSet<>();
  private final Set<Schema<?>> visitedSchemas = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private SpecConventions(OpenAPI api, Set<String> curationEntries) {
    this.api = api;
    this.curationEntries = curationEntries;
  }

  /**
   * Checks a parsed document.
   *
   * @param api             the resolved model
   * @param curationEntries the entry ids spec/CURATION.md defines (e.g. C-01); every x-togglkit-curation must name one
   * @return violations, empty when the document follows every rule
   */
  public static List<String> check(OpenAPI api, Set<String> curationEntries) {
    if (api == null) {
      throw new IllegalArgumentException("no OpenAPI model to check: the document did not parse (see its parser messages)");
    }
    SpecConventions checker = new SpecConventions(api, Set.copyOf(curationEntries));
    checker.run();
    return List.copyOf(checker.violations);
  }

  private void run() {
    Set<String> declaredTags = new HashSet<>();
    if (api.getTags() != null) {
      for (Tag tag : api.getTags()) {
        declaredTags.add(tag.getName());
        checkCuration("tag " + tag.getName(), tag.getExtensions());
      }
    }
    if (api.getInfo() != null) {
      checkCuration("info", api.getInfo().getExtensions());
    }
    Map<String, String> operationIds = new HashMap<>();
    for (SpecOperations.LocatedOperation located : SpecOperations.located(api)) {
      checkOperation(located, declaredTags, operationIds);
    }
    if (api.getComponents() != null) {
      forEach(api.getComponents().getSchemas(), (name, schema) -> walkSchema("schema " + name, schema));
      forEach(api.getComponents().getResponses(), (name, response) -> checkResponse("response " + name, null, response));
      forEach(api.getComponents().getParameters(), (name, parameter) -> checkParameter("parameter " + name, parameter));
      forEach(api.getComponents().getSecuritySchemes(),
          (name, scheme) -> checkCuration("security scheme " + name, scheme.getExtensions()));
    }
    checkUnused();
  }

  private void checkOperation(SpecOperations.LocatedOperation located, Set<String> declaredTags, Map<String, String> ids) {
    Operation op = located.operation();
    String where = located.method() + " " + located.path();
    String id = op.getOperationId();
    if (blank(id)) {
      violations.add(where + ": operation has no operationId");
    } else {
      where = where + " (" + id + ")";
      if (!OPERATION_ID.matcher(id).matches()) {
        violations.add(where + ": operationId '" + id + "' does not follow the convention " + OPERATION_ID);
      }
      String previous = ids.put(id, where);
      if (previous != null) {
        violations.add(where + ": operationId '" + id + "' is also used by " + previous);
      }
    }
    if (op.getTags() == null || op.getTags().size() != 1) {
      violations.add(where + ": operation must have exactly one tag, has " + op.getTags());
    } else if (!declaredTags.contains(op.getTags().get(0))) {
      violations.add(where + ": tag '" + op.getTags().get(0) + "' is not declared in the root tags");
    }
    if (blank(op.getSummary())) {
      violations.add(where + ": operation has no summary");
    }
    if (blank(op.getDescription())) {
      violations.add(where + ": operation has no description");
    }
    if (op.getExternalDocs() == null || blank(op.getExternalDocs().getUrl())
        || !op.getExternalDocs().getUrl().startsWith("https://")) {
      violations.add(where + ": operation has no https externalDocs url pointing at its doc page");
    }
    checkCuration(where, op.getExtensions());

    List<Parameter> parameters = new ArrayList<>();
    if (located.pathItem().getParameters() != null) {
      parameters.addAll(located.pathItem().getParameters());
    }
    if (op.getParameters() != null) {
      parameters.addAll(op.getParameters());
    }
    for (Parameter parameter : parameters) {
      checkParameter(where + " parameter " + parameterName(parameter), parameter);
    }
    RequestBody body = op.getRequestBody();
    if (body != null) {
      if (body.get$ref() != null) {
        usedRefs.add(body.get$ref());
      }
      walkContent(where + " request body", body.getContent());
    }
    if (op.getResponses() == null || op.getResponses().isEmpty()) {
      violations.add(where + ": operation has no responses");
      return;
    }
    boolean documentsAnError = false;
    for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
      String status = e.getKey();
      documentsAnError |= status.startsWith("4") || status.startsWith("5");
      checkResponse(where + " response " + status, status, e.getValue());
    }
    if (!documentsAnError) {
      violations.add(where + ": operation documents no 4xx/5xx response");
    }
  }

  private void checkResponse(String where, String status, ApiResponse response) {
    ApiResponse resolved = response;
    if (response.get$ref() != null) {
      usedRefs.add(response.get$ref());
      resolved = component(api.getComponents() == null ? null : api.getComponents().getResponses(),
          response.get$ref(), RESPONSES);
      if (resolved == null) {
        violations.add(where + ": $ref " + response.get$ref() + " does not resolve");
        return;
      }
      if (status != null) {
        return; // the component itself is checked once, under its own name
      }
    }
    if (blank(resolved.getDescription())) {
      violations.add(where + ": response has no description");
    }
    checkCuration(where, resolved.getExtensions());
    boolean isError = status == null ? resolved.getContent() != null : status.startsWith("4") || status.startsWith("5");
    if (isError) {
      MediaType json = resolved.getContent() == null ? null : resolved.getContent().get("application/json");
      if (json == null || json.getSchema() == null) {
        violations.add(where + ": error response has no application/json schema");
      }
    }
    if (resolved.getContent() != null) {
      resolved.getContent().forEach((type, media) -> {
        if ((media.getExamples() == null || media.getExamples().isEmpty()) && media.getExample() == null) {
          violations.add(where + ": " + type + " body has no example");
        }
      });
    }
    walkContent(where, resolved.getContent());
  }

  private void checkParameter(String where, Parameter parameter) {
    Parameter resolved = parameter;
    if (parameter.get$ref() != null) {
      usedRefs.add(parameter.get$ref());
      resolved = component(api.getComponents() == null ? null : api.getComponents().getParameters(),
          parameter.get$ref(), PARAMETERS);
      if (resolved == null) {
        violations.add(where + ": $ref " + parameter.get$ref() + " does not resolve");
      }
      return; // components are checked once, under their own name
    }
    if (blank(resolved.getDescription())) {
      violations.add(where + ": parameter has no description");
    }
    boolean hasExample = resolved.getExample() != null
        || (resolved.getExamples() != null && !resolved.getExamples().isEmpty());
    if (!hasExample) {
      violations.add(where + ": parameter has no example");
    }
    Schema<?> schema = resolved.getSchema();
    if (schema == null) {
      violations.add(where + ": parameter has no schema");
      return;
    }
    if ("integer".equals(schema.getType()) && ID_LIKE.matcher(resolved.getName()).matches()) {
      checkInt64(where, schema);
      if (schema.getMinimum() == null || schema.getMinimum().intValue() < 1) {
        violations.add(where + ": id parameter must have minimum 1");
      }
    }
    if (resolved.getName().endsWith("_ids") && "string".equals(schema.getType()) && blank(schema.getPattern())) {
      violations.add(where + ": comma-separated id list must have a pattern");
    }
    checkCuration(where, resolved.getExtensions());
    walkSchema(where, schema);
  }

  private void walkContent(String where, Content content) {
    if (content == null) {
      return;
    }
    content.forEach((type, media) -> {
      if (media.getSchema() != null) {
        walkSchema(where + " " + type, media.getSchema());
      }
    });
  }

  private void walkSchema(String where, Schema<?> schema) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null) {
      usedRefs.add(schema.get$ref());
      if (component(api.getComponents() == null ? null : api.getComponents().getSchemas(), schema.get$ref(), SCHEMAS) == null) {
        violations.add(where + ": $ref " + schema.get$ref() + " does not resolve");
      }
      return;
    }
    if (!visitedSchemas.add(schema)) {
      return;
    }
    checkCuration(where, schema.getExtensions());
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      Object open = schema.getExtensions() == null ? null : schema.getExtensions().get(OPEN_ENUM);
      if (!(open instanceof Boolean)) {
        violations.add(where + ": enum must say whether it may grow with " + OPEN_ENUM + ": true|false");
      } else if ((Boolean) open && (schema.getExtensions().get(CURATION) == null)) {
        violations.add(where + ": enum that may grow must point at its CURATION.md entry with " + CURATION);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, property) -> {
        String at = where + " property " + name;
        if (property.get$ref() == null) {
          if (property.getExample() == null && !Boolean.TRUE.equals(property.getExampleSetFlag())) {
            violations.add(at + ": property has no example");
          }
          if (blank(property.getDescription())) {
            violations.add(at + ": property has no description");
          }
          if ("integer".equals(property.getType()) && ID_LIKE.matcher(name).matches()) {
            checkInt64(at, property);
          }
        }
        walkSchema(at, property);
      });
    }
    if (schema.getItems() != null) {
      walkSchema(where + " items", schema.getItems());
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
      walkSchema(where + " additionalProperties", additional);
    }
    for (List<Schema> composed : composedParts(schema)) {
      for (Schema<?> part : composed) {
        walkSchema(where + " (composed)", part);
      }
    }
  }

  @SuppressWarnings("rawtypes")
  private static List<List<Schema>> composedParts(Schema<?> schema) {
    List<List<Schema>> parts = new ArrayList<>();
    if (schema.getAllOf() != null) parts.add(schema.getAllOf());
    if (schema.getAnyOf() != null) parts.add(schema.getAnyOf());
    if (schema.getOneOf() != null) parts.add(schema.getOneOf());
    return parts;
  }

  private void checkInt64(String where, Schema<?> schema) {
    if (!"int64".equals(schema.getFormat())) {
      violations.add(where + ": id-like integer must have format int64, has " + schema.getFormat());
    }
  }

  private void checkCuration(String where, Map<String, Object> extensions) {
    if (extensions == null || !extensions.containsKey(CURATION)) {
      return;
    }
    Object value = extensions.get(CURATION);
    List<Object> values = value instanceof List<?> list ? new ArrayList<>(list) : List.of(String.valueOf(value));
    for (Object v : values) {
      String entry = String.valueOf(v);
      if (!CURATION_ID.matcher(entry).matches()) {
        violations.add(where + ": " + CURATION + " value '" + entry + "' is not of the form C-nn");
      } else if (!curationEntries.contains(entry)) {
        violations.add(where + ": " + CURATION + " names " + entry + ", which spec/CURATION.md does not define");
      }
    }
  }

  private void checkUnused() {
    if (api.getComponents() == null) {
      return;
    }
    reportUnused("schema", api.getComponents().getSchemas(), SCHEMAS);
    reportUnused("response", api.getComponents().getResponses(), RESPONSES);
    reportUnused("parameter", api.getComponents().getParameters(), PARAMETERS);
  }

  private void reportUnused(String kind, Map<String, ?> components, String prefix) {
    if (components == null) {
      return;
    }
    for (String name : new TreeSet<>(components.keySet())) {
      if (!usedRefs.contains(prefix + name)) {
        violations.add(kind + " " + name + ": component is never referenced");
      }
    }
  }

  private static <T> T component(Map<String, T> components, String ref, String prefix) {
    if (components == null || !ref.startsWith(prefix)) {
      return null;
    }
    return components.get(ref.substring(prefix.length()));
  }

  private static String parameterName(Parameter parameter) {
    return parameter.getName() != null ? parameter.getName() : parameter.get$ref();
  }

  private static <V> void forEach(Map<String, V> map, java.util.function.BiConsumer<String, V> action) {
    if (map != null) {
      map.forEach(action);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
