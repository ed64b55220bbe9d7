package dev.togglkit.contract.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.togglkit.gate.ApiSpec;
import dev.togglkit.gate.engine.JsonPointers;
import dev.togglkit.gate.exchange.ExchangeFinding;
import dev.togglkit.gate.exchange.ExchangeRequest;
import dev.togglkit.gate.exchange.ExchangeResponse;
import dev.togglkit.gate.exchange.ExchangeValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validates recorded real answers against the spec, strictly: an undocumented status, a body field the schema
 * does not declare, a wrong type or a body where the spec documents none is a finding, unless a
 * {@link CuratedDifference} explains it. The response is judged by the gate's own rules through its public API for
 * single exchanges ({@link ExchangeValidator}: undeclared body fields, wrong types, undocumented statuses); the
 * document as the gate reads it ({@link ApiSpec}) says which operation a record names and whether its status
 * documents a body.
 */
public final class RealTrafficCheck {

  /** One difference between a recording and the spec. */
  public record Finding(EvidenceRecord record, String text, String explainedBy) {

    public boolean explained() {
      return explainedBy != null;
    }

    @Override
    public String toString() {
      return record.file().getFileName() + " (" + record.operation() + " " + record.status() + "): " + text
          + (explained() ? " [curated: " + explainedBy + "]" : "");
    }
  }

  private final Map<String, ApiSpec> specs;
  private final Map<String, ExchangeValidator> validators;
  private final List<CuratedDifference> curated;

  /**
   * @param specs      the document ({@link ApiSpec#load}) per folder ({@code track-v9}, {@code focus})
   * @param validators the gate's validator of the same documents, per folder
   */
  public RealTrafficCheck(Map<String, ApiSpec> specs, Map<String, ExchangeValidator> validators,
                          List<CuratedDifference> curated) {
    this.specs = Map.copyOf(specs);
    this.validators = Map.copyOf(validators);
    this.curated = List.copyOf(curated);
  }

  public List<Finding> check(List<EvidenceRecord> records) {
    List<Finding> findings = new ArrayList<>();
    for (EvidenceRecord record : records) {
      for (String text : differences(record)) {
        findings.add(new Finding(record, text, explanation(record, text)));
      }
    }
    return findings;
  }

  private List<String> differences(EvidenceRecord record) {
    ApiSpec spec = specs.get(record.document());
    if (spec == null) {
      return List.of("no spec document '" + record.document() + "'");
    }
    JsonNode operation = operation(spec.root(), record);
    if (operation == null) {
      return List.of("the spec has no operation " + record.operation() + " at " + record.method() + " "
          + record.pathTemplate());
    }
    JsonNode responses = operation.path("responses");
    if (!responses.has(String.valueOf(record.status()))) {
      List<String> statuses = new ArrayList<>();
      responses.fieldNames().forEachRemaining(statuses::add);
      return List.of("status " + record.status() + " is not documented for " + record.operation()
          + " (documented: " + String.join(", ", statuses) + ")");
    }
    JsonNode documented = JsonPointers.deref(spec.root(), responses.get(String.valueOf(record.status())));
    boolean hasBody = record.body() != null && !record.body().isBlank();
    if (hasBody && documented.path("content").isEmpty()) {
      return List.of("response body not documented: " + record.operation() + " " + record.status()
          + " documents no content, the recording has " + abbreviate(record.body()));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    record.headers().forEach((name, value) -> headers.put(name, List.of(value)));
    List<ExchangeFinding> findings = validators.get(record.document()).validateResponse(
        new ExchangeRequest(record.method(), concretePath(record.pathTemplate()), null, Map.of(), null),
        new ExchangeResponse(record.status(), headers, hasBody ? record.body() : null));
    List<String> texts = new ArrayList<>();
    for (ExchangeFinding finding : findings) {
      texts.add(finding.toString());
    }
    return texts;
  }

  /** The operation with the record's operationId, if it sits at the record's method and path template. */
  private static JsonNode operation(JsonNode root, EvidenceRecord record) {
    JsonNode item = JsonPointers.deref(root, root.path("paths").path(record.pathTemplate()));
    JsonNode operation = item.path(record.method().toLowerCase(Locale.ROOT));
    return operation.isObject() && record.operation().equals(operation.path("operationId").asText(null))
        ? operation : null;
  }

  /** Any valid value for each path parameter: the recording's ids do not matter to the response's shape. */
  private static String concretePath(String template) {
    return template.replaceAll("\\{[^}]+}", "1");
  }

  private String explanation(EvidenceRecord record, String text) {
    return curated.stream()
        .filter(c -> c.explains(record.operation(), record.status(), text))
        .map(CuratedDifference::curationEntry)
        .findFirst()
        .orElse(null);
  }

  private static String abbreviate(String body) {
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "...";
  }
}
