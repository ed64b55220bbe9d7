package dev.togglkit.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.togglkit.gate.engine.JsonPointers;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way togglkit reads a spec document.
 *
 * <ul>
 *   <li>{@link #loadDocument}: what the gate validates against. OpenAPI 3.0 or 3.1 (YAML or JSON, one file or many
 *       with relative {@code $ref}s, bundled into one tree) or Swagger 2.0 (converted to OpenAPI 3 in memory by
 *       swagger-parser's own converter). A defect that does not stop the document from being read (a broken
 *       {@code $ref}, an odd name) is a warning: it only matters if an interaction reaches it.</li>
 *   <li>{@link #load}: swagger-parser's OpenAPI model with every parser message, for the spec conformance checks
 *       that read components as they are.</li>
 * </ul>
 * Neither changes anything outside itself: no system property is set (a test JVM's other libraries read them).
 */
public final class SpecLoader {

  private SpecLoader() {
  }

  /**
   * Reads a document for the gate: one JSON tree whose {@code $ref}s are all local (OpenAPI 3.x; a Swagger 2.0
   * source is already converted).
   *
   * @throws IllegalArgumentException naming the file, when it is missing, not YAML/JSON, or neither OpenAPI 3
   *                                  nor Swagger 2.0
   */
  public static ApiSpec loadDocument(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("spec document not found: " + file.toAbsolutePath());
    }
    JsonNode tree;
    try {
      tree = SpecBundler.readTree(file);
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("spec document " + file + " is neither YAML nor JSON: "
          + firstLine(e.getMessage()), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new BadInputException("spec document " + file + " does not hold an object");
    }
    ObjectNode root = (ObjectNode) tree;
    if ("2.0".equals(root.path("swagger").asText(null))) {
      return convertSwagger2(file, root);
    }
    String version = root.path("openapi").asText("");
    if (!version.startsWith("3.")) {
      throw new BadInputException("spec document " + file
          + " is neither OpenAPI 3 (\"openapi: 3.x\") nor Swagger 2.0 (\"swagger: '2.0'\")");
    }
    List<String> warnings = new ArrayList<>(SpecBundler.bundle(file, root));
    checkLocalRefs(root, warnings);
    return new ApiSpec(file, root, List.copyOf(warnings));
  }

  private static ApiSpec convertSwagger2(Path file, JsonNode swagger) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new SwaggerConverter().readLocation(file.toAbsolutePath().toUri().toString(),
        null, options);
    if (result == null || result.getOpenAPI() == null) {
      throw new BadInputException("Swagger 2.0 document " + file + " cannot be converted: "
          + (result == null || result.getMessages() == null ? "no document" : String.join("; ",
          result.getMessages())));
    }
    ObjectNode root = Json.mapper().valueToTree(result.getOpenAPI());
    keepMediaTypes(swagger, root);
    List<String> warnings = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
    checkLocalRefs(root, warnings);
    return new ApiSpec(file, root, List.copyOf(warnings));
  }

  /**
   * Swagger 2.0 declares {@code produces} and {@code consumes} per operation (or document); the converter keeps
   * them only where a body schema exists. They are what content negotiation is checked against, so they are kept
   * on each converted operation as {@code x-togglkit-produces} / {@code x-togglkit-consumes}.
   */
  private static void keepMediaTypes(JsonNode swagger, ObjectNode converted) {
    swagger.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
      JsonNode target = converted.path("paths").path(path.getKey()).path(method.getKey());
      if (!target.isObject() || !method.getValue().isObject()) {
        return;
      }
      for (String kind : List.of("produces", "consumes")) {
        JsonNode types = method.getValue().has(kind) ? method.getValue().get(kind) : swagger.get(kind);
        if (types != null && types.isArray()) {
          ((ObjectNode) target).set("x-togglkit-" + kind, types.deepCopy());
        }
      }
    }));
  }

  private static void checkLocalRefs(JsonNode root, List<String> warnings) {
    checkLocalRefs(root, root, new HashMap<>(), warnings);
  }

  /** {@code resolves}: each distinct ref is looked up once (a document names the same few components often). */
  private static void checkLocalRefs(JsonNode root, JsonNode node, Map<String, Boolean> resolves,
                                     List<String> warnings) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("#")
          && !resolves.computeIfAbsent(ref.asText(), text -> !JsonPointers.at(root, text).isMissingNode())) {
        warnings.add("$ref " + ref.asText() + " points to nothing");
      }
      node.elements().forEachRemaining(child -> checkLocalRefs(root, child, resolves, warnings));
    } else if (node.isArray()) {
      node.forEach(child -> checkLocalRefs(root, child, resolves, warnings));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * Parses a document and everything it refers to into swagger-parser's model.
   *
   * @throws IllegalArgumentException when the file does not exist
   */
  public static LoadedSpec load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("spec document not found: " + file.toAbsolutePath());
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toAbsolutePath().toUri().toString(),
        null, options);
    List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
    return new LoadedSpec(file, result.getOpenAPI(), messages);
  }

  /**
   * A parse outcome: the model ({@code null} when the file could not be read at all) and the parser's messages
   * (empty for a clean document).
   */
  public record LoadedSpec(Path file, OpenAPI openApi, List<String> messages) {

    /** The model, or an exception naming the file and listing every parser message. */
    public OpenAPI requireClean() {
      if (openApi == null || !messages.isEmpty()) {
        throw new BadInputException("spec document " + file + " does not parse cleanly: "
            + (messages.isEmpty() ? "no document" : String.join("; ", messages)));
      }
      return openApi;
    }
  }
}
