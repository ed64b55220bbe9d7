package dev.togglkit.contract.evidence;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.togglkit.contract.conformance.StrictLevels;
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
 * {@link CuratedDifference} explains it. swagger-request-validator checks one response at a time against the spec as
 * the gate's loader reads it, inlined ({@code InlinedSpec}), with every message an error ({@link StrictLevels}:
 * unknown fields included).
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
  private final Map<String, OpenApiInteractionValidator> validators = new LinkedHashMap<>();
  private final List<CuratedDifference> curated;

  /** @param specs the inlined spec ({@code InlinedSpec}) per document folder ({@code track-v9}, {@code focus}) */
  public RealTrafficCheck(Map<String, OpenAPI> specs, List<CuratedDifference> curated) {
    this.specs = Map.copyOf(specs);
    this.curated = List.copyOf(curated);
    specs.forEach((document, spec) -> validators.put(document, OpenApiInteractionValidator
        .createFor(spec).withLevelResolver(StrictLevels.resolver()).build()));
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
    SimpleResponse.Builder response = SimpleResponse.Builder.status(record.status());
    record.headers().forEach(response::withHeader);
    if (hasBody) {
      response.withBody(record.body());
    }
    ValidationReport report = validators.get(record.document())
        .validateResponse(concretePath(record.pathTemplate()), Request.Method.valueOf(record.method()),
            response.build());
    List<String> texts = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        String pointer = message.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
        texts.add(message.getKey() + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message.getMessage());
      }
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
