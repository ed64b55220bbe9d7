package dev.togglkit.contract.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real Toggl answer kept under {@code spec/evidence/} (format: {@code spec/evidence/README.md}): where it was
 * recorded, which operation and status it answers, its relevant headers and its body as JSON text.
 *
 * @param file       the evidence file, named in every finding
 * @param repository the public repository that recorded it (one "source")
 * @param document   the spec document folder, e.g. {@code track-v9}
 * @param operation  the operationId it answers
 * @param method     the HTTP method of {@code request}
 * @param pathTemplate the path template of {@code request}, relative to the document's server
 * @param status     the recorded status
 * @param headers    the recorded headers kept (lower-case names)
 * @param body       the body as JSON text, or {@code null} for none
 */
public record EvidenceRecord(Path file, String repository, String document, String operation, String method,
                             String pathTemplate, int status, Map<String, String> headers, String body) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** A copy with another status, for tests that prove an undocumented status fails. */
  public EvidenceRecord withStatus(int otherStatus) {
    return new EvidenceRecord(file, repository, document, operation, method, pathTemplate, otherStatus, headers,
        body);
  }

  /** A copy with another body, for tests that prove an unknown field fails. */
  public EvidenceRecord withBody(String otherBody) {
    return new EvidenceRecord(file, repository, document, operation, method, pathTemplate, status, headers,
        otherBody);
  }

  /** Every {@code *.yaml} under {@code dir} (recursively), sorted by path so output is stable. */
  public static List<EvidenceRecord> readAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no evidence directory at " + dir);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<EvidenceRecord> records = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        records.add(read(file));
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Reads one evidence file; a missing or malformed key fails naming the file and the key. */
  public static EvidenceRecord read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not readable YAML: " + e.getMessage(), e);
    }
    String request = text(root, "request", file);
    String[] methodAndPath = request.split(" ", 2);
    if (methodAndPath.length != 2 || !methodAndPath[1].startsWith("/")) {
      throw new IllegalArgumentException(file + ": request must be 'METHOD /path/template', was '" + request + "'");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    root.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey().toLowerCase(), h.getValue().asText()));
    JsonNode body = root.get("body");
    return new EvidenceRecord(file, text(root.path("provenance"), "repository", file), text(root, "document", file),
        text(root, "operation", file), methodAndPath[0], methodAndPath[1], root.path("status").asInt(-1), headers,
        body == null || body.isNull() ? null : body.asText());
  }

  private static String text(JsonNode node, String key, Path file) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(file + ": missing or empty '" + key + "'");
    }
    return value.asText();
  }
}
