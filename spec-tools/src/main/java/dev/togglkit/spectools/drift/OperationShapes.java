package dev.togglkit.spectools.drift;

import dev.togglkit.spectools.Schemas;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Flattens every operation of a parsed document into an {@link OperationShape}, keyed by {@link OperationShape#key()}. */
public final class OperationShapes {

  private static final int MAX_DEPTH = 6;
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String MULTIPART = "multipart/form-data";

  private final OpenAPI api;

  private OperationShapes(OpenAPI api) {
    this.api = api;
  }

  /** Every operation, in document order. Two operations with the same key keep the first. */
  public static Map<String, OperationShape> of(OpenAPI api) {
    OperationShapes shapes = new OperationShapes(api);
    Map<String, OperationShape> result = new LinkedHashMap<>();
    if (api.getPaths() != null) {
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
        OperationShape shape = shapes.operation(path, method.name(), item, op);
        result.putIfAbsent(shape.key(), shape);
      }));
    }
    return result;
  }

  private OperationShape operation(String path, String method, PathItem item, Operation op) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), op.getParameters())) {
      if (list != null) {
        for (Parameter p : list) {
          Parameter resolved = resolve(p);
          byKey.put(resolved.getIn() + ":" + resolved.getName(), resolved);
        }
      }
    }
    List<OperationShape.Parameter> parameters = new ArrayList<>();
    for (Parameter p : byKey.values()) {
      Set<String> markers = new LinkedHashSet<>(Schemas.markers(p.getExtensions()));
      Schema<?> schema = Schemas.resolve(api, p.getSchema());
      markers.addAll(Schemas.markers(p.getSchema() == null ? null : p.getSchema().getExtensions()));
      markers.addAll(Schemas.markers(schema == null ? null : schema.getExtensions()));
      parameters.add(new OperationShape.Parameter(p.getName(), p.getIn(),
          new Node(Schemas.type(schema), schema == null ? null : schema.getFormat(),
              Schemas.nullable(schema), Boolean.TRUE.equals(p.getRequired()), enumValues(schema), markers)));
    }
    OperationShape.Body body = null;
    RequestBody requestBody = resolve(op.getRequestBody());
    if (requestBody != null && requestBody.getContent() != null) {
      MediaType form = formMedia(requestBody.getContent());
      if (form != null) {
        // Swagger 2 formData parameters arrive as a form body: compare them as the parameters they are.
        Schema<?> schema = Schemas.resolve(api, form.getSchema());
        if (schema != null && schema.getProperties() != null) {
          schema.getProperties().forEach((name, prop) -> {
            Schema<?> resolved = Schemas.resolve(api, prop);
            boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
            parameters.add(new OperationShape.Parameter(name, "formData", new Node(Schemas.type(resolved),
                resolved == null ? null : resolved.getFormat(), Schemas.nullable(resolved), required,
                enumValues(resolved), Set.of())));
          });
        }
      } else {
        MediaType json = jsonMedia(requestBody.getContent());
        Set<String> markers = new LinkedHashSet<>(Schemas.markers(requestBody.getExtensions()));
        body = new OperationShape.Body(Boolean.TRUE.equals(requestBody.getRequired()), markers,
            json == null ? Map.of() : fields(json.getSchema()));
      }
    }
    Map<String, OperationShape.Response> responses = new LinkedHashMap<>();
    if (op.getResponses() != null) {
      op.getResponses().forEach((status, response) -> {
        ApiResponse resolved = resolve(response);
        Set<String> markers = new LinkedHashSet<>(Schemas.markers(response.getExtensions()));
        markers.addAll(Schemas.markers(resolved.getExtensions()));
        MediaType json = resolved.getContent() == null ? null : jsonMedia(resolved.getContent());
        responses.put(status, new OperationShape.Response(status, markers,
            json == null || json.getSchema() == null ? Map.of() : fields(json.getSchema())));
      });
    }
    return new OperationShape(method, path, op.getOperationId(), Schemas.markers(op.getExtensions()),
        parameters, body, responses);
  }

  /** Every field of a body schema by path: {@code ""} the body, {@code a.b} nested, {@code []} array items. */
  Map<String, Node> fields(Schema<?> root) {
    Map<String, Node> fields = new LinkedHashMap<>();
    walk("", root, false, 0, Collections.newSetFromMap(new IdentityHashMap<>()), fields);
    return fields;
  }

  private void walk(String path, Schema<?> schema, boolean required, int depth, Set<Schema<?>> visiting,
      Map<String, Node> out) {
    Schema<?> resolved = Schemas.resolve(api, schema);
    Set<String> markers = new LinkedHashSet<>(Schemas.markers(schema == null ? null : schema.getExtensions()));
    markers.addAll(Schemas.markers(resolved == null ? null : resolved.getExtensions()));
    String type = Schemas.type(resolved);
    out.put(path, new Node(type, resolved == null ? null : resolved.getFormat(),
        Schemas.nullable(schema) || Schemas.nullable(resolved), required, enumValues(resolved), markers));
    if (resolved == null || depth >= MAX_DEPTH || !visiting.add(resolved)) {
      return;
    }
    if ("object".equals(type)) {
      Map<String, Schema> properties = new LinkedHashMap<>();
      List<String> requiredNames = new ArrayList<>();
      collect(resolved, properties, requiredNames, 0);
      properties.forEach((name, prop) -> walk(path.isEmpty() ? name : path + "." + name, prop,
          requiredNames.contains(name), depth + 1, visiting, out));
    } else if ("array".equals(type) && resolved.getItems() != null) {
      walk(path + "[]", resolved.getItems(), false, depth + 1, visiting, out);
    }
    visiting.remove(resolved);
  }

  /** Properties and required names of an object, merged over allOf parts. */
  private void collect(Schema<?> schema, Map<String, Schema> properties, List<String> required, int depth) {
    Schema<?> resolved = Schemas.resolve(api, schema);
    if (resolved == null || depth > MAX_DEPTH) {
      return;
    }
    if (resolved.getAllOf() != null) {
      for (Schema<?> part : resolved.getAllOf()) {
        collect(part, properties, required, depth + 1);
      }
    }
    if (resolved.getProperties() != null) {
      properties.putAll(resolved.getProperties());
    }
    if (resolved.getRequired() != null) {
      required.addAll(resolved.getRequired());
    }
  }

  private static List<String> enumValues(Schema<?> schema) {
    if (schema == null || schema.getEnum() == null) {
      return null;
    }
    return schema.getEnum().stream().map(String::valueOf).sorted().toList();
  }

  private static MediaType jsonMedia(Content content) {
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      if (e.getKey().contains("json")) {
        return e.getValue();
      }
    }
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      if (!e.getKey().equals(FORM) && !e.getKey().equals(MULTIPART)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static MediaType formMedia(Content content) {
    if (jsonMedia(content) != null) {
      return null;
    }
    MediaType form = content.get(FORM);
    return form != null ? form : content.get(MULTIPART);
  }

  private Parameter resolve(Parameter p) {
    String prefix = "#/components/parameters/";
    if (p.get$ref() != null && p.get$ref().startsWith(prefix) && api.getComponents() != null
        && api.getComponents().getParameters() != null) {
      Parameter target = api.getComponents().getParameters().get(p.get$ref().substring(prefix.length()));
      return target == null ? p : target;
    }
    return p;
  }

  private RequestBody resolve(RequestBody body) {
    String prefix = "#/components/requestBodies/";
    if (body != null && body.get$ref() != null && body.get$ref().startsWith(prefix) && api.getComponents() != null
        && api.getComponents().getRequestBodies() != null) {
      RequestBody target = api.getComponents().getRequestBodies().get(body.get$ref().substring(prefix.length()));
      return target == null ? body : target;
    }
    return body;
  }

  private ApiResponse resolve(ApiResponse response) {
    String prefix = "#/components/responses/";
    if (response.get$ref() != null && response.get$ref().startsWith(prefix) && api.getComponents() != null
        && api.getComponents().getResponses() != null) {
      ApiResponse target = api.getComponents().getResponses().get(response.get$ref().substring(prefix.length()));
      return target == null ? response : target;
    }
    return response;
  }
}
