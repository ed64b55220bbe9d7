package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec document ready to check requests and responses against: its operations with their path patterns, and
 * a cache of compiled schemas (one per spec location, compiled on first use and reused by every interaction).
 * Thread-safe: interactions may be checked in parallel.
 */
public final class CompiledSpec {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
      "trace");
  private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([.;]?)([^}]*?)\\*?}");

  private final JsonNode root;
  private final String basePath;
  private final List<SpecOperation> operations;
  private final List<SpecOperation> byPriority;
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  private CompiledSpec(JsonNode root, String basePath, List<SpecOperation> operations) {
    this.root = root;
    this.basePath = basePath;
    this.operations = List.copyOf(operations);
    List<SpecOperation> sorted = new ArrayList<>(operations);
    // Literal segments win over parameters (/pets/mine before /pets/{id}), as in every HTTP router.
    sorted.sort(Comparator.comparingInt(SpecOperation::staticLength).reversed());
    this.byPriority = List.copyOf(sorted);
  }

  public static CompiledSpec of(JsonNode root) {
    List<SpecOperation> operations = new ArrayList<>();
    JsonNode paths = root.path("paths");
    // The reference engine's per-document switch (info.x-opc-config-case-insensitive); paths are case-sensitive
    // otherwise, as RFC 3986 says.
    boolean caseInsensitive = root.path("info").path("x-opc-config-case-insensitive").asBoolean(false);
    paths.fields().forEachRemaining(entry -> {
      JsonNode item = JsonPointers.deref(root, entry.getValue());
      if (!item.isObject()) {
        return;
      }
      item.fields().forEachRemaining(method -> {
        String name = method.getKey().toLowerCase(Locale.ROOT);
        if (METHODS.contains(name) && method.getValue().isObject()) {
          operations.add(operation(root, entry.getKey(), name.toUpperCase(Locale.ROOT), item, method.getValue(),
              caseInsensitive));
        }
      });
    });
    return new CompiledSpec(root, basePath(root), operations);
  }

  private static SpecOperation operation(JsonNode root, String path, String method, JsonNode item,
                                         JsonNode operation, boolean caseInsensitive) {
    List<JsonNode> parameters = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (JsonNode list : List.of(operation.path("parameters"), item.path("parameters"))) {
      for (JsonNode parameter : list) {
        JsonNode p = JsonPointers.deref(root, parameter);
        if (seen.add(p.path("name").asText() + "\n" + p.path("in").asText())) {
          parameters.add(p);
        }
      }
    }
    JsonNode security = operation.has("security") ? operation.get("security") : root.path("security");
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    Matcher matcher = TEMPLATE_PARAMETER.matcher(path);
    int last = 0;
    int staticLength = 0;
    while (matcher.find()) {
      String literal = path.substring(last, matcher.start());
      regex.append(literal(literal));
      staticLength += literal.length();
      if (!matcher.group(1).isEmpty()) {
        regex.append(Pattern.quote(matcher.group(1)));
      }
      regex.append("([^/]+)");
      names.add(matcher.group(2));
      last = matcher.end();
    }
    regex.append(literal(path.substring(last)));
    staticLength += path.length() - last;
    String key = OperationKey.of(operation.path("operationId").asText(null), method, path);
    return new SpecOperation(key, method, path, operation, List.copyOf(parameters), security,
        PathPatterns.compile(regex.toString(), caseInsensitive ? Pattern.CASE_INSENSITIVE : 0), List.copyOf(names),
        staticLength);
  }

  /** A literal part of a path template; {@code *} (or {@code **}) is a wildcard, as HTTP routers read it. */
  private static String literal(String text) {
    if (!text.contains("*")) {
      return Pattern.quote(text);
    }
    String[] parts = text.split("\\*+", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      if (!parts[i].isEmpty()) {
        regex.append(Pattern.quote(parts[i]));
      }
    }
    return regex.toString();
  }

  /** opc's {@code info.x-opc-config-base-path}, else the path of the first server URL ("/api/v9"), else "". */
  private static String basePath(JsonNode root) {
    String configured = root.path("info").path("x-opc-config-base-path").asText("");
    if (!configured.isEmpty()) {
      return trimSlash(configured);
    }
    String url = root.path("servers").path(0).path("url").asText("");
    if (url.isEmpty()) {
      return "";
    }
    try {
      String path = url.contains("://") ? URI.create(url.replace("{", "%7B").replace("}", "%7D")).getPath()
          : url;
      return path == null ? "" : trimSlash(path.replace("%7B", "{").replace("%7D", "}"));
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String trimSlash(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.startsWith("/") || trimmed.isEmpty() ? trimmed : "/" + trimmed;
  }

  public JsonNode root() {
    return root;
  }

  /** Every operation in the document's order. */
  public List<SpecOperation> operations() {
    return operations;
  }

  /** The operation a request reaches, with its path parameter values. */
  public record Route(SpecOperation operation, Map<String, String> pathValues) {
  }

  /** Finds the operation for a method and a path (without query); the base path is optional. */
  public Route route(String method, String path) {
    List<String> candidates = new ArrayList<>();
    if (!basePath.isEmpty() && (path.equals(basePath) || path.startsWith(basePath + "/"))) {
      candidates.add(path.substring(basePath.length()));
    }
    candidates.add(path);
    for (String candidate : candidates) {
      for (SpecOperation operation : byPriority) {
        if (!operation.method().equalsIgnoreCase(method)) {
          continue;
        }
        Map<String, String> values = operation.match(candidate);
        if (values != null) {
          return new Route(operation, values);
        }
      }
    }
    return null;
  }

  /** The operations on a path, whatever the method (to name them when a method is wrong). */
  public List<SpecOperation> onPath(String path) {
    List<SpecOperation> found = new ArrayList<>();
    for (SpecOperation operation : operations) {
      String stripped = !basePath.isEmpty() && path.startsWith(basePath + "/")
          ? path.substring(basePath.length()) : path;
      if (operation.match(stripped) != null || operation.match(path) != null) {
        found.add(operation);
      }
    }
    return found;
  }

  /**
   * The compiled schema for one spec location, prepared once per document; compiled once per JVM for the same
   * prepared schema ({@link CompiledSchemas}).
   */
  public JsonSchema schema(String location, JsonNode schema, SchemaPreparer.Target target) {
    return schemas.computeIfAbsent(location + "\n" + target, key -> {
      ObjectNode prepared = SchemaPreparer.prepare(schema, root, target);
      SchemaPatterns.requireValid(prepared, location);
      return CompiledSchemas.of(prepared);
    });
  }
}
