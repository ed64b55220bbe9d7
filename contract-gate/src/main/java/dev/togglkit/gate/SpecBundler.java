package dev.togglkit.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.togglkit.gate.engine.JsonPointers;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a spec document spread over several files into one JSON tree in which every {@code $ref} is local:
 * each externally referenced node ({@code ../schemas/Client.yaml}, {@code paths/clients.yaml#/clients}) is
 * copied once under {@code x-togglkit-bundled} and the refs are rewritten to point there. Recursive schemas stay
 * recursive (the copy is registered before its own refs are followed). A ref that cannot be followed is left as
 * it is and reported as a warning: it only matters if an interaction reaches it.
 */
final class SpecBundler {

  static final String BUNDLED = "x-togglkit-bundled";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI rootFile;
  private final ObjectNode bundle;
  private final Map<URI, JsonNode> files = new HashMap<>();
  private final Map<String, String> localRefs = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();

  private SpecBundler(URI rootFile, ObjectNode bundle) {
    this.rootFile = rootFile;
    this.bundle = bundle;
  }

  /**
   * The parsed file, YAML or JSON (JSON is YAML, but the JSON parser is faster and names errors better). JSON is
   * parsed from the bytes (Jackson's UTF-8 parser, without first decoding the file into a String); YAML from the
   * text, decoded strictly: a file that is not UTF-8 is an error, not replacement characters.
   */
  static JsonNode readTree(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int first = 0;
    while (first < bytes.length && isAsciiSpace(bytes[first])) {
      first++;
    }
    if (first < bytes.length && bytes[first] == '{') {
      return JSON.readTree(bytes);
    }
    return YAML.readTree(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0x0B;
  }

  /** Rewrites {@code root} (read from {@code file}) in place; returns the warnings. */
  static List<String> bundle(Path file, ObjectNode root) {
    ObjectNode bundle = JSON.createObjectNode();
    SpecBundler bundler = new SpecBundler(file.toAbsolutePath().normalize().toUri(), bundle);
    bundler.files.put(bundler.rootFile, root);
    bundler.process(root, bundler.rootFile);
    if (!bundle.isEmpty()) {
      root.set(BUNDLED, bundle);
    }
    return bundler.warnings;
  }

  private void process(JsonNode node, URI file) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        object.put("$ref", localRef(ref.asText(), file));
      }
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getKey().equals("$ref") && field.getValue().isContainerNode()) {
          process(field.getValue(), file);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> process(item, file));
    }
  }

  private String localRef(String ref, URI file) {
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    if (filePart.isEmpty() && file.equals(rootFile)) {
      return ref;
    }
    if (filePart.contains("://")) {
      warnings.add("remote $ref " + ref + " is not followed");
      return ref;
    }
    URI target;
    try {
      target = filePart.isEmpty() ? file : file.resolve(filePart.replace(" ", "%20")).normalize();
    } catch (IllegalArgumentException e) {
      warnings.add("$ref " + ref + " is not a valid reference");
      return ref;
    }
    if (target.equals(rootFile)) {
      return "#" + pointer;
    }
    String key = target + "#" + pointer;
    String known = localRefs.get(key);
    if (known != null) {
      return known;
    }
    JsonNode document = files.computeIfAbsent(target, this::load);
    if (document == null) {
      return ref;
    }
    JsonNode node = JsonPointers.at(document, pointer);
    if (node.isMissingNode()) {
      warnings.add("$ref " + ref + " (in " + fileName(file) + ") points to nothing");
      return ref;
    }
    String name = uniqueName(fileName(target), pointer);
    String local = "#/" + BUNDLED + "/" + name.replace("~", "~0").replace("/", "~1");
    localRefs.put(key, local);
    JsonNode copy = node.deepCopy();
    bundle.set(name, copy);
    process(copy, target);
    return local;
  }

  private JsonNode load(URI file) {
    try {
      return readTree(Path.of(file));
    } catch (IOException | RuntimeException e) {
      warnings.add("cannot read referenced file " + file.getPath() + ": " + e.getMessage());
      return null;
    }
  }

  private String uniqueName(String fileName, String pointer) {
    String base = fileName.replaceAll("\\.(ya?ml|json)$", "");
    if (!pointer.isEmpty() && !pointer.equals("/")) {
      base += pointer.replace('/', '_');
    }
    String name = base;
    for (int i = 2; bundle.has(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  private static String fileName(URI file) {
    String path = file.getPath();
    return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).isEmpty()
        ? path : path.substring(path.lastIndexOf('/') + 1);
  }
}
