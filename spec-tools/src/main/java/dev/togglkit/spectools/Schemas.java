package dev.togglkit.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small questions about swagger-parser schemas that both tools ask: what a $ref points at, type, markers. */
public final class Schemas {

  public static final String CURATION = "x-togglkit-curation";
  private static final String SCHEMA_REF = "#/components/schemas/";

  private Schemas() {
  }

  /**
   * Follows {@code #/components/schemas/...} references (at most a few hops), and the {@code allOf} wrapper
   * with a single member that Swagger generators put around a $ref to attach a description; the schema itself
   * otherwise.
   */
  public static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
    Schema<?> current = schema;
    for (int hops = 0; current != null && hops < 8; hops++) {
      if (current.get$ref() == null && current.getAllOf() != null && current.getAllOf().size() == 1
          && current.getProperties() == null) {
        current = current.getAllOf().get(0);
        continue;
      }
      if (current.get$ref() == null) {
        return current;
      }
      String ref = current.get$ref();
      if (!ref.startsWith(SCHEMA_REF) || api.getComponents() == null || api.getComponents().getSchemas() == null) {
        return current;
      }
      current = api.getComponents().getSchemas().get(ref.substring(SCHEMA_REF.length()));
    }
    return current;
  }

  /** The component name a {@code $ref} names, or null. */
  public static String refName(Schema<?> schema) {
    return schema != null && schema.get$ref() != null && schema.get$ref().startsWith(SCHEMA_REF)
        ? schema.get$ref().substring(SCHEMA_REF.length()) : null;
  }

  /** JSON type of a resolved schema: its declared type, else object/array by shape, else {@code any}. */
  public static String type(Schema<?> schema) {
    if (schema == null) {
      return "any";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null) {
      for (String t : schema.getTypes()) {
        if (!"null".equals(t)) {
          return t;
        }
      }
    }
    if (schema.getProperties() != null || schema.getAllOf() != null) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    return "any";
  }

  /** Whether null is allowed: OpenAPI 3.0 {@code nullable}, 3.1 type {@code null}, or Swagger 2's {@code x-nullable}. */
  public static boolean nullable(Schema<?> schema) {
    if (schema == null) {
      return false;
    }
    if (Boolean.TRUE.equals(schema.getNullable())) {
      return true;
    }
    if (schema.getTypes() != null && schema.getTypes().contains("null")) {
      return true;
    }
    Object x = schema.getExtensions() == null ? null : schema.getExtensions().get("x-nullable");
    return Boolean.TRUE.equals(x) || "true".equals(String.valueOf(x));
  }

  /** The {@code x-togglkit-curation} values of an element's extensions (a single {@code C-nn} or a list). */
  public static Set<String> markers(Map<String, Object> extensions) {
    Set<String> markers = new LinkedHashSet<>();
    Object value = extensions == null ? null : extensions.get(CURATION);
    if (value instanceof List<?> list) {
      list.forEach(v -> markers.add(String.valueOf(v).trim()));
    } else if (value != null) {
      markers.add(String.valueOf(value).trim());
    }
    return markers;
  }
}
