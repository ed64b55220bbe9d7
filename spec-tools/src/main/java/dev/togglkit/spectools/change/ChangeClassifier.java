package dev.togglkit.spectools.change;

import static dev.togglkit.spectools.change.ChangeClass.ADDITIVE;
import static dev.togglkit.spectools.change.ChangeClass.JAVA_BREAKING;
import static dev.togglkit.spectools.change.ChangeClass.WIRE_BREAKING;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Classifies openapi-diff's findings for togglkit's users, against the generated Java API's shape: required
 * parameters are method arguments, optional query parameters live in {@code <Operation>Params} builders, models
 * have a getter and setter per field, enums decode unknown values as {@code UNKNOWN}, and an operation without a
 * response body returns {@code TogglCall<Void>}. Documentation-only edits (summaries, descriptions, examples,
 * curation markers) are not changes.
 */
public final class ChangeClassifier {

  private static final String ID_LIST = "x-togglkit-id-list";
  private static final String PAGING = "x-togglkit-paging";
  private static final int MAX_DEPTH = 8;

  private final String document;
  private final List<SpecChange> changes = new ArrayList<>();
  /** Component schemas by identity: a change inside one is named after the model, e.g. {@code `Project`}. */
  private final Map<Schema<?>, String> components = new IdentityHashMap<>();

  private ChangeClassifier(String document) {
    this.document = document;
  }

  public static List<SpecChange> classify(String document, ChangedOpenApi diff) {
    ChangeClassifier c = new ChangeClassifier(document);
    for (OpenAPI api : List.of(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi())) {
      if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
        api.getComponents().getSchemas().forEach((name, schema) -> c.components.put(schema, name));
      }
    }
    for (Endpoint e : diff.getNewEndpoints()) {
      c.add(ADDITIVE, label(e.getOperation().getOperationId(), e.getMethod().name(), e.getPathUrl()), "operation added");
    }
    for (Endpoint e : diff.getMissingEndpoints()) {
      c.add(WIRE_BREAKING, label(e.getOperation().getOperationId(), e.getMethod().name(), e.getPathUrl()),
          "operation removed");
    }
    for (ChangedOperation op : diff.getChangedOperations()) {
      c.operation(op);
    }
    c.generatorExtensions(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi());
    return List.copyOf(c.changes);
  }

  /**
   * Our generator extensions shape the Java API, but openapi-diff does not compare extensions, so an operation
   * whose only edit is one of them is not among its changed operations: compare them on every operation both
   * documents have. {@code x-togglkit-paging} generates listAll; {@code x-togglkit-id-list} types a parameter.
   */
  private void generatorExtensions(OpenAPI oldApi, OpenAPI newApi) {
    Map<String, OperationView> before = operations(oldApi);
    operations(newApi).forEach((key, nowView) -> {
      OperationView wasView = before.get(key);
      if (wasView == null) {
        return;
      }
      Operation was = wasView.operation();
      Operation now = nowView.operation();
      String where = label(now.getOperationId(), key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1));
      boolean pagedBefore = extension(was.getExtensions(), PAGING) != null;
      boolean pagedNow = extension(now.getExtensions(), PAGING) != null;
      if (pagedBefore != pagedNow) {
        add(pagedNow ? ADDITIVE : JAVA_BREAKING, where, PAGING + (pagedNow ? " added (a listAll method is generated)"
            : " removed (its listAll method is no longer generated)"));
      }
      Map<String, Parameter> oldParams = wasView.parameters();
      nowView.parameters().forEach((name, p) -> {
        Parameter o = oldParams.get(name);
        Object oldList = o == null ? null : extension(o.getExtensions(), ID_LIST);
        Object newList = extension(p.getExtensions(), ID_LIST);
        if (o != null && !Objects.equals(String.valueOf(oldList), String.valueOf(newList))) {
          add(JAVA_BREAKING, where, p.getIn() + " parameter `" + p.getName() + "` " + ID_LIST + " changed from "
              + oldList + " to " + newList + " (its Java type changes between IdList and String)");
        }
      });
    });
  }

  /** An operation with its parameters, the path item's included, by {@code in:name}. */
  private record OperationView(Operation operation, Map<String, Parameter> parameters) {
  }

  /** Operations by {@code METHOD path} (path parameters blanked, as openapi-diff matches them). */
  private static Map<String, OperationView> operations(OpenAPI api) {
    Map<String, OperationView> ops = new java.util.LinkedHashMap<>();
    if (api.getPaths() != null) {
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
        Map<String, Parameter> params = new java.util.LinkedHashMap<>();
        for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), op.getParameters())) {
          if (list != null) {
            list.forEach(p -> params.put(p.getIn() + ":" + p.getName(), p));
          }
        }
        ops.put(method.name() + " " + path.replaceAll("\\{[^}]*}", "{}"), new OperationView(op, params));
      }));
    }
    return ops;
  }

  private void operation(ChangedOperation op) {
    String where = label(op.getNewOperation().getOperationId(), op.getHttpMethod().name(), op.getPathUrl());
    String oldId = op.getOldOperation().getOperationId();
    String newId = op.getNewOperation().getOperationId();
    if (!Objects.equals(oldId, newId)) {
      add(JAVA_BREAKING, where, "operationId `" + oldId + "` renamed to `" + newId + "` (the generated method is renamed)");
    }
    parameters(where, op.getParameters());
    requestBody(where, op.getRequestBody());
    responses(where, op.getApiResponses());
  }

  private void parameters(String where, ChangedParameters parameters) {
    if (parameters == null) {
      return;
    }
    for (Parameter p : parameters.getIncreased()) {
      String what = p.getIn() + " parameter `" + p.getName() + "`";
      if ("path".equals(p.getIn())) {
        add(JAVA_BREAKING, where, what + " added (a new method argument)");
      } else if (Boolean.TRUE.equals(p.getRequired())) {
        add(WIRE_BREAKING, where, "required " + what + " added");
      } else {
        add(ADDITIVE, where, "optional " + what + " added");
      }
    }
    for (Parameter p : parameters.getMissing()) {
      add(JAVA_BREAKING, where, p.getIn() + " parameter `" + p.getName() + "` removed");
    }
    for (ChangedParameter cp : parameters.getChanged()) {
      String what = cp.getIn() + " parameter `" + cp.getName() + "`";
      if (cp.isChangeRequired()) {
        if (Boolean.TRUE.equals(cp.getNewParameter().getRequired())) {
          add(WIRE_BREAKING, where, what + " is now required");
        } else {
          add(JAVA_BREAKING, where, what + " is no longer required (it moves from the method's arguments to its params)");
        }
      }
      schema(where, what, cp.getSchema(), true, 0);
    }
  }

  private void requestBody(String where, ChangedRequestBody body) {
    if (body == null) {
      return;
    }
    if (body.getOldRequestBody() == null && body.getNewRequestBody() != null) {
      add(Boolean.TRUE.equals(body.getNewRequestBody().getRequired()) ? WIRE_BREAKING : JAVA_BREAKING, where,
          "request body added");
      return;
    }
    if (body.getNewRequestBody() == null && body.getOldRequestBody() != null) {
      add(JAVA_BREAKING, where, "request body removed");
      return;
    }
    if (body.isChangeRequired()) {
      boolean nowRequired = Boolean.TRUE.equals(body.getNewRequestBody().getRequired());
      add(nowRequired ? WIRE_BREAKING : ADDITIVE, where, "request body is " + (nowRequired ? "now" : "no longer")
          + " required");
    }
    content(where, "request body", body.getContent(), true);
  }

  private void responses(String where, ChangedApiResponse responses) {
    if (responses == null) {
      return;
    }
    responses.getIncreased().keySet().forEach(s -> add(ADDITIVE, where, "status " + s + " documented"));
    responses.getMissing().keySet().forEach(s -> add(WIRE_BREAKING, where, "status " + s + " removed"));
    for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
      ChangedResponse response = e.getValue();
      String what = "response " + e.getKey();
      boolean hadBody = hasContent(response.getOldApiResponse().getContent());
      boolean hasBody = hasContent(response.getNewApiResponse().getContent());
      if (!hadBody && hasBody) {
        add(JAVA_BREAKING, where, what + " now has a body (the method's return type changes from Void)");
      } else if (hadBody && !hasBody) {
        add(WIRE_BREAKING, where, what + " body removed");
      } else {
        content(where, what, response.getContent(), false);
      }
    }
  }

  private void content(String where, String what, ChangedContent content, boolean request) {
    if (content == null) {
      return;
    }
    content.getIncreased().keySet().forEach(m -> add(ADDITIVE, where, what + " media type " + m + " added"));
    content.getMissing().keySet().forEach(m -> add(request ? JAVA_BREAKING : WIRE_BREAKING, where,
        what + " media type " + m + " removed"));
    for (ChangedMediaType media : content.getChanged().values()) {
      schema(where, what, media.getSchema(), request, 0);
    }
  }

  /** {@code what} names the schema's place, e.g. {@code response 200 field `current_period.start_date`}. */
  private void schema(String where, String what, ChangedSchema schema, boolean request, int depth) {
    if (schema == null || depth > MAX_DEPTH) {
      return;
    }
    String model = components.get(schema.getNewSchema());
    if (model == null) {
      model = components.get(schema.getOldSchema());
    }
    if (model != null && depth > 0 || model != null && !what.contains("`")) {
      what = "model `" + model + "`";
    }
    boolean sameJsonType = schema.getOldSchema() != null && schema.getNewSchema() != null
        && Objects.equals(schema.getOldSchema().getType(), schema.getNewSchema().getType());
    if (schema.isChangedType() && !sameJsonType) {
      add(WIRE_BREAKING, where, what + " type changed from " + type(schema.getOldSchema()) + " to "
          + type(schema.getNewSchema()));
      return;
    }
    // openapi-diff counts a format change as a type change; the JSON stays the same, the Java type does not.
    if (schema.isChangeFormat() || schema.isChangedType()) {
      add(JAVA_BREAKING, where, what + " format changed from " + schema.getOldSchema().getFormat() + " to "
          + schema.getNewSchema().getFormat() + " (the Java type changes)");
    }
    if (schema.getEnumeration() != null) {
      if (!schema.getEnumeration().getIncreased().isEmpty()) {
        add(ADDITIVE, where, what + " enum value(s) " + schema.getEnumeration().getIncreased()
            + " added (unknown values decode as UNKNOWN)");
      }
      if (!schema.getEnumeration().getMissing().isEmpty()) {
        add(WIRE_BREAKING, where, what + " enum value(s) " + schema.getEnumeration().getMissing() + " removed");
      }
    }
    if (schema.getNullable() != null && schema.getNullable().isChanged() != DiffResult.NO_CHANGES) {
      boolean nowNullable = Boolean.TRUE.equals(schema.getNullable().getRight());
      boolean breaking = request != nowNullable;
      add(breaking ? WIRE_BREAKING : ADDITIVE, where, what + (nowNullable ? " may now be null" : " is no longer nullable"));
    }
    if (schema.getRequired() != null) {
      for (String name : schema.getRequired().getIncreased()) {
        if (request) {
          add(WIRE_BREAKING, where, field(what, name) + " is now required");
        } else if (readOnly(schema.getNewSchema(), name)) {
          // modelValueType.mustache: a required read-only property is non-null, so its getter and setter change
          // type (@Nullable Long becomes long), and a response without it no longer decodes.
          add(JAVA_BREAKING, where, field(what, name) + " is now required and read-only (its getter no longer"
              + " returns null: a primitive for numbers and booleans)");
        } else {
          add(ADDITIVE, where, field(what, name) + " is now required");
        }
      }
      for (String name : schema.getRequired().getMissing()) {
        add(request ? ADDITIVE : WIRE_BREAKING, where, field(what, name) + " is no longer required");
      }
    }
    for (Map.Entry<String, Schema<?>> e : schema.getIncreasedProperties().entrySet()) {
      boolean required = schema.getNewSchema().getRequired() != null
          && schema.getNewSchema().getRequired().contains(e.getKey());
      if (request && required) {
        add(WIRE_BREAKING, where, "required " + field(what, e.getKey()) + " added");
      } else {
        add(ADDITIVE, where, field(what, e.getKey()) + " added");
      }
    }
    for (String name : schema.getMissingProperties().keySet()) {
      add(request ? JAVA_BREAKING : WIRE_BREAKING, where, field(what, name) + " removed");
    }
    for (Map.Entry<String, ChangedSchema> e : schema.getChangedProperties().entrySet()) {
      schema(where, field(what, e.getKey()), e.getValue(), request, depth + 1);
    }
    if (schema.getItems() != null) {
      schema(where, what + " items", schema.getItems(), request, depth + 1);
    }
  }

  /** {@code response 200} + {@code pinned} = {@code response 200 field `pinned`}; nested names join with dots. */
  private static String field(String what, String name) {
    int tick = what.indexOf(" field `");
    if (tick >= 0 && what.endsWith("`")) {
      return what.substring(0, what.length() - 1) + "." + name + "`";
    }
    if (what.endsWith(" items")) {
      return what.substring(0, what.length() - " items".length()) + " items field `" + name + "`";
    }
    return what + " field `" + name + "`";
  }

  private static boolean readOnly(Schema<?> schema, String property) {
    Schema<?> p = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(property);
    return p != null && Boolean.TRUE.equals(p.getReadOnly());
  }

  private static String type(Schema<?> schema) {
    if (schema == null) {
      return "none";
    }
    String type = schema.getType() != null ? schema.getType() : schema.getTypes() == null ? "any" : schema.getTypes().toString();
    return schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
  }

  private static boolean hasContent(Content content) {
    return content != null && !content.isEmpty();
  }

  private static Object extension(Map<String, Object> extensions, String name) {
    return extensions == null ? null : extensions.get(name);
  }

  private static String label(String operationId, String method, String path) {
    return (operationId == null ? "" : operationId + " ") + "(" + method + " " + path + ")";
  }

  private void add(ChangeClass changeClass, String operation, String description) {
    changes.add(new SpecChange(changeClass, document, operation, description));
  }
}
