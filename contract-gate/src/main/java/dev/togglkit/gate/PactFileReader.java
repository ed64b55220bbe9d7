package dev.togglkit.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.togglkit.gate.engine.QueryStrings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads pact files (specification V1, V1.1, V2, V3 and V4) into {@link PactDocument}s with Jackson.
 *
 * <p>The pact model of Pact JVM is deliberately not used: it loses information the gate needs. A JSON body that
 * is a bare JSON string (Toggl's error bodies, e.g. {@code "Forbidden"}) is stored in the file as a JSON string
 * value, and Pact JVM reads it back as the raw text {@code Forbidden}, which no longer matches a schema of type
 * string in a JSON document. Here a body whose content type is JSON is always re-serialised as JSON.
 */
public final class PactFileReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PactFileReader() {
  }

  /** Every {@code *.json} file directly in {@code directory} or below it, sorted by path; none for a missing one. */
  public static List<Path> pactFilesIn(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list pact files in " + directory, e);
    }
  }

  /**
   * The pact files named by {@code locations}: a file as it is, a directory as its {@code *.json} files.
   *
   * @throws IllegalArgumentException naming the location, when one does not exist
   */
  public static List<Path> pactFiles(List<Path> locations) {
    List<Path> files = new ArrayList<>();
    for (Path location : locations) {
      if (Files.isDirectory(location)) {
        files.addAll(pactFilesIn(location));
      } else if (Files.isRegularFile(location)) {
        files.add(location);
      } else {
        throw new BadInputException("no pact file or directory at " + location.toAbsolutePath());
      }
    }
    return List.copyOf(files);
  }

  /** Reads one pact file, the only place the gate touches a pact on disk. */
  public static PactDocument read(Path file) {
    JsonNode root;
    try {
      // From the bytes: Jackson's UTF-8 parser reads them directly (no String of the whole file first), and
      // rejects malformed UTF-8 as invalid JSON. Only the parts of each interaction read below are kept.
      root = PactTree.read(JSON, Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new PactFormatException(file, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PactFormatException(file, "cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new PactFormatException(file, "a pact file must hold a JSON object");
    }
    String consumer = requiredText(file, root, "consumer");
    String provider = requiredText(file, root, "provider");
    String version = root.path("metadata").path("pactSpecification").path("version").asText("unknown");
    JsonNode interactions = root.get("interactions");
    if (interactions == null || interactions.isNull()) {
      // A pact without interactions (some tools write none when a consumer's tests ran nothing) checks nothing.
      interactions = JSON.createArrayNode();
    }
    if (!interactions.isArray()) {
      throw new PactFormatException(file, "\"interactions\" is not an array");
    }
    if (version.equals("unknown")) {
      version = root.path("metadata").path("pactSpecificationVersion").asText(
          root.path("metadata").path("pact-specification").path("version").asText("unknown"));
    }
    boolean v4 = version.startsWith("4");
    List<PactInteraction> read = new ArrayList<>();
    int index = 0;
    for (JsonNode interaction : interactions) {
      read.add(readInteraction(file, index++, interaction, v4));
    }
    return new PactDocument(file, consumer, provider, version, List.copyOf(read));
  }

  private static String requiredText(Path file, JsonNode root, String party) {
    String name = root.path(party).path("name").asText("");
    if (name.isBlank()) {
      throw new PactFormatException(file, "has no " + party + " name (\"" + party + "\": {\"name\": ...})");
    }
    return name;
  }

  private static PactInteraction readInteraction(Path file, int index, JsonNode node, boolean v4) {
    if (!node.isObject()) {
      throw new PactFormatException(file, "interaction #" + index + " is not a JSON object");
    }
    String description = node.path("description").asText("");
    if (description.isBlank()) {
      description = "interaction #" + index + " (no description)";
    }
    // Files before V4 have no "type": every interaction in them is HTTP request/response.
    String type = node.path("type").isTextual() ? node.get("type").asText() : PactInteraction.HTTP;
    if (!PactInteraction.HTTP.equalsIgnoreCase(type)) {
      return new PactInteraction(index, description, type, null, null);
    }
    JsonNode request = node.get("request");
    JsonNode response = node.get("response");
    if (request == null || !request.isObject() || response == null || !response.isObject()) {
      throw new PactFormatException(file, "interaction '" + description + "' lacks a request or a response");
    }
    String method = request.path("method").asText("");
    String path = request.path("path").asText("");
    if (method.isBlank() || path.isBlank()) {
      throw new PactFormatException(file, "interaction '" + description + "' has no request method or path");
    }
    if (!response.path("status").isNumber() || !response.path("status").canConvertToInt()) {
      throw new PactFormatException(file, "interaction '" + description + "' has no numeric response status");
    }
    Map<String, List<String>> requestHeaders = headers(request.get("headers"));
    Map<String, List<String>> responseHeaders = headers(response.get("headers"));
    return new PactInteraction(index, description, PactInteraction.HTTP,
        new PactRequest(method.toUpperCase(Locale.ROOT), path, query(request.get("query")), requestHeaders,
            body(request.get("body"), requestHeaders), queryString(request.get("query")),
            content(request.get("body"), v4)),
        new PactResponse(response.get("status").asInt(), responseHeaders,
            body(response.get("body"), responseHeaders), content(response.get("body"), v4)));
  }

  /** The query as one string: V2's as written, V3/V4's name=value pairs (several values joined by commas). */
  private static String queryString(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isTextual()) {
      return node.asText();
    }
    StringBuilder query = new StringBuilder();
    node.properties().forEach(field -> {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(field.getKey()).append('=').append(String.join(",", values(field.getValue())));
    });
    return query.toString();
  }

  /**
   * The body as a JSON value, as the schema sees it: V2/V3 embed it directly; V4 wraps it as
   * {@code {content, contentType, encoded}} ("JSON": content is JSON text; base64: decoded to text).
   * Null when there is none.
   */
  private static JsonNode content(JsonNode node, boolean v4) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!v4 || !node.isObject()) {
      return node;
    }
    JsonNode content = node.get("content");
    if (content == null || content.isNull()) {
      return null;
    }
    JsonNode encoded = node.path("encoded");
    String encoding = encoded.isTextual() ? encoded.asText() : "";
    if (encoding.isEmpty()) {
      return content;
    }
    try {
      if (encoding.equalsIgnoreCase("json")) {
        return JSON.readTree(content.asText());
      }
      if (encoding.equalsIgnoreCase("base64")) {
        return JSON.getNodeFactory().textNode(new String(Base64.getMimeDecoder().decode(content.asText()),
            StandardCharsets.UTF_8));
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return content;
    }
    return content;
  }

  /** V3/V4: an object of name to array of values. V2: a query string. */
  private static Map<String, List<String>> query(JsonNode node) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return query;
    }
    if (node.isTextual()) {
      for (String pair : node.asText().split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        // A broken escape (%zz) is kept as written: the pact is still read, and the spec judges the value.
        String name = QueryStrings.decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : QueryStrings.decode(pair.substring(eq + 1));
        query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
      return query;
    }
    if (node.isObject()) {
      node.properties().forEach(field -> query.put(field.getKey(), values(field.getValue())));
    }
    return query;
  }

  /** V4 writes each header as an array of values, V2/V3 as one string. */
  private static Map<String, List<String>> headers(JsonNode node) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      node.properties().forEach(field -> headers.put(field.getKey(), values(field.getValue())));
    }
    return headers;
  }

  private static List<String> values(JsonNode node) {
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(value -> values.add(value.asText()));
      return values;
    }
    return List.of(node.asText());
  }

  /**
   * The body as wire text. V4 wraps it as {@code {content, contentType, encoded}}; V2/V3 embed it directly.
   * For a JSON content type the stored value is the parsed JSON document and is serialised back to JSON;
   * otherwise a string value is the raw text.
   */
  private static Optional<String> body(JsonNode node, Map<String, List<String>> headers) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    String contentType = headerValue(headers, "Content-Type").orElse("");
    if (node.isObject() && node.has("content") && isV4BodyWrapper(node)) {
      JsonNode content = node.get("content");
      contentType = node.path("contentType").asText(contentType);
      JsonNode encoded = node.path("encoded");
      if (encoded.isBoolean() && encoded.booleanValue() || "base64".equalsIgnoreCase(encoded.asText())) {
        try {
          return nonEmpty(new String(Base64.getMimeDecoder().decode(content.asText()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          return nonEmpty(content.asText());
        }
      }
      if ("json".equalsIgnoreCase(encoded.asText()) && content.isTextual()) {
        return nonEmpty(content.asText());
      }
      return nonEmpty(asWireText(content, contentType));
    }
    return nonEmpty(asWireText(node, contentType));
  }

  /** A V4 body object has only these keys; a V3 JSON body that happens to have a "content" field has others. */
  private static boolean isV4BodyWrapper(JsonNode node) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!List.of("content", "contentType", "encoded", "contentTypeHint").contains(name)) {
        return false;
      }
    }
    return true;
  }

  private static String asWireText(JsonNode content, String contentType) {
    if (isJson(contentType) || !content.isTextual()) {
      return content.toString();
    }
    return content.asText();
  }

  static boolean isJson(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  static Optional<String> headerValue(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .flatMap(header -> header.getValue().stream())
        .findFirst();
  }
}
