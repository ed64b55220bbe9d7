package dev.togglkit.contract.evidence;

import dev.togglkit.gate.exchange.ExchangeFinding;
import dev.togglkit.gate.exchange.ExchangeRequest;
import dev.togglkit.gate.exchange.ExchangeResponse;
import dev.togglkit.gate.exchange.ExchangeValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates recorded real answers against the spec, strictly: an undocumented status, a body field the schema
 * does not declare, a wrong type or a body where the spec documents none is a finding, unless a
 * {@link CuratedDifference} explains it. The response is judged by the gate's own rules through its public API for
 * single exchanges ({@link ExchangeValidator}: undeclared body fields, wrong types, undocumented statuses); the spec
 * model ({@code InlinedSpec}) says which operation a record names and whether its status documents a body.
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

  private final Map<String, OpenAPI> specs;
  private final Map<String, ExchangeValidator> validators;
  private final List<CuratedDifference> curated;

  /**
   * @param specs      the inlined spec ({@code InlinedSpec}) per document folder ({@code track-v9}, {@code focus})
   * @param validators the gate's validator of the same documents, per folder
   */
  public RealTrafficCheck(Map<String, OpenAPI> specs, Map<String, ExchangeValidator> validators,
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
    OpenAPI spec = specs.get(record.document());
    if (spec == null) {
      return List.of("no spec document '" + record.document() + "'");
    }
    Operation operation = operation(spec, record);
    if (operation == null) {
      return List.of("the spec has no operation " + record.operation() + " at " + record.method() + " "
          + record.pathTemplate());
    }
    ApiResponse documented = operation.getResponses().get(String.valueOf(record.status()));
    if (documented == null) {
      return List.of("status " + record.status() + " is not documented for " + record.operation()
          + " (documented: " + String.join(", ", operation.getResponses().keySet()) + ")");
    }
    boolean hasBody = record.body() != null && !record.body().isBlank();
    if (hasBody && (documented.getContent() == null || documented.getContent().isEmpty())) {
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
  private static Operation operation(OpenAPI openApi, EvidenceRecord record) {
    PathItem item = openApi.getPaths().get(record.pathTemplate());
    if (item == null) {
      return null;
    }
    Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(record.method()));
    return operation != null && record.operation().equals(operation.getOperationId()) ? operation : null;
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
