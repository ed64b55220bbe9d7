package dev.togglkit.compat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A scratch copy of spec/ and the edits the compatibility variants make to it, each the kind of
 * change Toggl's docs bring: a parameter, a field or an enum value added, an operation removed, a
 * required field renamed. YAML is edited as data, so the copy stays a valid document.
 */
final class SpecEdits {

  private final Path root;

  private SpecEdits(Path root) {
    this.root = root;
  }

  /** A fresh copy of {@code spec} under {@code target}. */
  static SpecEdits copy(Path spec, Path target) {
    FileTrees.copy(spec, target);
    return new SpecEdits(target);
  }

  Path root() {
    return root;
  }

  /** Adds an optional query parameter to {@code method} of path item {@code pathItem} in {@code pathsFile}. */
  SpecEdits addQueryParameter(String pathsFile, String pathItem, String method, String name, String type) {
    return edit(pathsFile, doc -> {
      Map<String, Object> operation = map(map(doc, pathItem), method);
      @SuppressWarnings("unchecked")
      List<Object> parameters = (List<Object>) operation.computeIfAbsent("parameters", k -> new ArrayList<>());
      Map<String, Object> parameter = new LinkedHashMap<>();
      parameter.put("name", name);
      parameter.put("in", "query");
      parameter.put("required", false);
      parameter.put("description", "Added by the api-compat test.");
      parameter.put("schema", Map.of("type", type));
      parameters.add(parameter);
    });
  }

  /** Adds an optional property to the schema in {@code schemaFile}. */
  SpecEdits addProperty(String schemaFile, String name, String type) {
    return edit(schemaFile, schema -> map(schema, "properties")
        .put(name, new LinkedHashMap<>(Map.of("type", type, "description", "Added by the api-compat test."))));
  }

  /** Adds a value to the enum schema in {@code schemaFile}. */
  SpecEdits addEnumValue(String schemaFile, String value) {
    return edit(schemaFile, schema -> list(schema, "enum").add(value));
  }

  /** Removes {@code method} from path item {@code pathItem}. */
  SpecEdits removeOperation(String pathsFile, String pathItem, String method) {
    return edit(pathsFile, doc -> map(doc, pathItem).remove(method));
  }

  /** Renames a property of the schema in {@code schemaFile}, in {@code required} too. */
  SpecEdits renameProperty(String schemaFile, String from, String to) {
    return edit(schemaFile, schema -> {
      Map<String, Object> properties = map(schema, "properties");
      Map<String, Object> renamed = new LinkedHashMap<>();
      properties.forEach((key, value) -> renamed.put(key.equals(from) ? to : key, value));
      schema.put("properties", renamed);
      List<Object> required = list(schema, "required");
      required.replaceAll(name -> name.equals(from) ? to : name);
    });
  }

  private interface Edit {
    void apply(Map<String, Object> document);
  }

  private SpecEdits edit(String file, Edit edit) {
    Path path = root.resolve(file);
    Yaml yaml = yaml();
    try {
      Map<String, Object> document;
      try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        document = yaml.load(in);
      }
      edit.apply(document);
      try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        yaml.dump(document, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private static Yaml yaml() {
    DumperOptions dump = new DumperOptions();
    dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(dump), dump);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (!(value instanceof Map)) {
      throw new IllegalStateException("expected a map at '" + key + "', found " + value);
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    if (!(value instanceof List)) {
      throw new IllegalStateException("expected a list at '" + key + "', found " + value);
    }
    return (List<Object>) value;
  }
}
