package dev.togglkit.spectools.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The change-report fixtures: {@code change-pairs/base.yaml} and, per kind of change, the one edit that makes the
 * changed document, applied to a copy as data (as api-compat's {@code SpecEdits} edits spec/). A fixture is its
 * edit, a few lines here, instead of a full copy of the base differing in one line.
 */
final class ChangePairs {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String WIDGETS = "/workspaces/{workspace_id}/widgets";
  private static final String WIDGET = "/workspaces/{workspace_id}/widgets/{widget_id}";
  private static final Map<String, Consumer<ObjectNode>> EDITS = new LinkedHashMap<>();

  static {
    EDITS.put("documentation-only", doc -> at(doc, "paths", WIDGETS, "get").put("summary", "List the workspace's widgets"));
    EDITS.put("enum-value-added", doc -> array(doc, "components", "schemas", "WidgetStatus", "enum").add("deleted"));
    EDITS.put("enum-value-removed", doc -> array(doc, "components", "schemas", "WidgetStatus", "enum").remove(1));
    EDITS.put("id-list-marked", doc -> nameParameter(doc).put("x-togglkit-id-list", true));
    EDITS.put("operation-added", doc -> at(doc, "paths", WIDGET).set("get", yaml(
        "{operationId: getWidget, summary: Get a widget, responses: {'200': {description: The widget.,"
            + " content: {application/json: {schema: {$ref: '#/components/schemas/Widget'}}}}}}")));
    EDITS.put("operation-id-renamed", doc -> at(doc, "paths", WIDGETS, "get").put("operationId", "listAllWidgets"));
    EDITS.put("operation-removed", doc -> at(doc, "paths", WIDGET).remove("delete"));
    EDITS.put("optional-query-parameter-added", doc -> array(doc, "paths", WIDGETS, "get", "parameters")
        .add(yaml("{name: color, in: query, required: false, schema: {type: string}}")));
    EDITS.put("optional-request-field-added", doc -> at(doc, "components", "schemas", "WidgetPayload", "properties")
        .set("color", yaml("{type: string}")));
    EDITS.put("paging-added", doc -> at(doc, "paths", WIDGETS, "get").set("x-togglkit-paging", yaml("{pageSize: 200}")));
    EDITS.put("query-parameter-now-required", doc -> nameParameter(doc).put("required", true));
    EDITS.put("query-parameter-removed", doc -> array(doc, "paths", WIDGETS, "get", "parameters").remove(1));
    EDITS.put("request-field-now-required", doc -> array(doc, "components", "schemas", "WidgetPayload", "required")
        .add("size"));
    EDITS.put("request-field-removed", doc -> at(doc, "components", "schemas", "WidgetPayload", "properties")
        .remove("size"));
    EDITS.put("required-query-parameter-added", doc -> array(doc, "paths", WIDGETS, "get", "parameters")
        .add(yaml("{name: color, in: query, required: true, schema: {type: string}}")));
    EDITS.put("response-body-added", doc -> at(doc, "paths", WIDGET, "delete", "responses", "200").set("content",
        yaml("{application/json: {schema: {type: integer, format: int64}}}")));
    EDITS.put("response-field-added", doc -> widgetProperties(doc).set("pinned", yaml("{type: boolean}")));
    EDITS.put("response-field-format-changed", doc -> at(widgetProperties(doc), "size").put("format", "int64"));
    EDITS.put("response-field-now-required", doc -> at(doc, "components", "schemas", "Widget")
        .set("required", yaml("[name]")));
    EDITS.put("response-field-now-required-read-only", doc -> {
      at(doc, "components", "schemas", "Widget").set("required", yaml("[id]"));
      at(widgetProperties(doc), "id").put("readOnly", true);
    });
    EDITS.put("response-field-now-nullable", doc -> at(widgetProperties(doc), "name").put("nullable", true));
    EDITS.put("response-field-removed", doc -> widgetProperties(doc).remove("name"));
    EDITS.put("response-field-type-changed", doc -> at(widgetProperties(doc), "name").put("type", "integer"));
    EDITS.put("status-added", doc -> at(doc, "paths", WIDGETS, "get", "responses").set("404",
        yaml("{description: Not found., content: {application/json: {schema: {type: string}}}}")));
    EDITS.put("status-removed", doc -> at(doc, "paths", WIDGETS, "get", "responses").remove("403"));
  }

  private ChangePairs() {
  }

  /** {@code base} itself, or base.yaml with the named edit, written to a temporary file. */
  static Path fixture(String name) {
    Path base = base();
    if (name.equals("base")) {
      return base;
    }
    Consumer<ObjectNode> edit = EDITS.get(name);
    if (edit == null) {
      throw new IllegalArgumentException("no change pair " + name + "; known: " + EDITS.keySet());
    }
    try {
      ObjectNode doc = (ObjectNode) YAML.readTree(base.toFile());
      edit.accept(doc);
      Path file = Files.createTempFile("change-pair-" + name + "-", ".yaml");
      file.toFile().deleteOnExit();
      YAML.writeValue(file.toFile(), doc);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write change pair " + name, e);
    }
  }

  private static Path base() {
    try {
      return Path.of(ChangePairs.class.getResource("/change-pairs/base.yaml").toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no fixture change-pairs/base.yaml", e);
    }
  }

  private static ObjectNode nameParameter(ObjectNode doc) {
    return (ObjectNode) array(doc, "paths", WIDGETS, "get", "parameters").get(1);
  }

  private static ObjectNode widgetProperties(ObjectNode doc) {
    return at(doc, "components", "schemas", "Widget", "properties");
  }

  private static ObjectNode at(ObjectNode node, String... keys) {
    JsonNode current = node;
    for (String key : keys) {
      current = current.get(key);
      if (current == null) {
        throw new IllegalStateException("base.yaml has no " + String.join(" > ", keys));
      }
    }
    return (ObjectNode) current;
  }

  private static ArrayNode array(ObjectNode node, String... keys) {
    String[] parents = java.util.Arrays.copyOf(keys, keys.length - 1);
    return (ArrayNode) at(node, parents).get(keys[keys.length - 1]);
  }

  private static JsonNode yaml(String flow) {
    try {
      return YAML.readTree(flow);
    } catch (IOException e) {
      throw new IllegalArgumentException("not YAML: " + flow, e);
    }
  }
}
