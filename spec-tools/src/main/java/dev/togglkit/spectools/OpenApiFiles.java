package dev.togglkit.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.togglkit.gate.SpecLoader;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads our OpenAPI 3 documents and Toggl's published Swagger 2.0 files into swagger-parser's model. */
public final class OpenApiFiles {

  static {
    // swagger-core reads a schema without `type` (our "any JSON value" fields) as an object unless this is set.
    // Both readSpec and readUpstream need it, and SpecLoader deliberately sets no system property, so this class
    // does. It must be set before swagger-core's deserializer loads.
    System.setProperty("use-arbitrary-schema", "true");
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenApiFiles() {
  }

  /**
   * Parses one of our documents with the gate's {@link SpecLoader} (external $refs resolved into components), the
   * loader the gate and TogglFake's request validation use; fails listing the parser's messages.
   */
  public static OpenAPI readSpec(Path file) {
    return SpecLoader.load(file).requireClean();
  }

  /**
   * Parses an upstream file, local path or http(s) URL, Swagger 2.0 (converted to OpenAPI 3 by swagger-parser's
   * v2 converter) or OpenAPI 3. Toggl's file has known defects the converter warns about (an array without
   * items, form data on a GET); those warnings are not failures, only an unreadable file is.
   */
  public static OpenAPI readUpstream(String location) {
    String text;
    try {
      if (location.startsWith("http://") || location.startsWith("https://")) {
        try (InputStream in = URI.create(location).toURL().openStream()) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } else {
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException("no upstream file at " + file.toAbsolutePath());
        }
        text = Files.readString(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read upstream spec " + location, e);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(withoutResponseHeaders(text, location), null, options);
    if (result == null || result.getOpenAPI() == null) {
      List<String> messages = result == null || result.getMessages() == null ? List.of() : result.getMessages();
      throw new IllegalArgumentException("cannot read upstream spec " + location + ": " + String.join("; ", messages));
    }
    return result.getOpenAPI();
  }

  /**
   * Toggl's file declares some response headers with {@code type: int}, on which swagger-parser's v2 converter
   * throws a NullPointerException. Response headers are not compared, so they are dropped before conversion.
   */
  static String withoutResponseHeaders(String text, String location) {
    try {
      JsonNode root = YAML.readTree(text);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("upstream spec " + location + " is not a JSON or YAML object");
      }
      root.path("paths").forEach(item -> item.forEach(op -> op.path("responses").forEach(response -> {
        if (response instanceof ObjectNode object) {
          object.remove("headers");
        }
      })));
      root.path("responses").forEach(response -> {
        if (response instanceof ObjectNode object) {
          object.remove("headers");
        }
      });
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalArgumentException("upstream spec " + location + " is not valid JSON or YAML: " + e.getMessage(), e);
    }
  }
}
