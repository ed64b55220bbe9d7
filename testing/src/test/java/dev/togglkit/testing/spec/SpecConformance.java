package dev.togglkit.testing.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.togglkit.testing.ReceivedRequest;
import dev.togglkit.testing.TogglOperation.Api;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks the fake's answers against spec/ with swagger-request-validator-core: status documented for the
 * operation, body matching the schema (undeclared fields included, as the contract gate does). Answers
 * with statuses the spec leaves out on purpose (401, 402, 429: CURATION C-24; 502-504: infrastructure),
 * dropped connections and paths outside the APIs are counted as skipped.
 */
public final class SpecConformance {

  /** Statuses no operation documents, by design. */
  static final Set<Integer> OUT_OF_SPEC = Set.of(401, 402, 429, 502, 503, 504);

  private static SpecConformance instance;

  private final Map<Api, OpenApiInteractionValidator> validators;
  private final AtomicInteger checked = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private final List<String> findings = new ArrayList<>();

  private SpecConformance(Path specDir) {
    validators = Map.of(
        Api.TRACK, validator(load(specDir.resolve("track-v9/openapi.yaml"))),
        Api.FOCUS, validator(load(specDir.resolve("focus/openapi.yaml"))));
  }

  public static synchronized SpecConformance get() {
    if (instance == null) {
      String dir = System.getProperty("togglkit.spec.dir");
      if (dir == null || dir.isBlank()) {
        throw new IllegalStateException("system property togglkit.spec.dir is not set; run through Maven");
      }
      instance = new SpecConformance(Path.of(dir));
    }
    return instance;
  }

  /** Validates one answer and keeps the outcome for the summary; returns its findings. */
  public List<String> check(ReceivedRequest exchange) {
    if (exchange.operation() == null || exchange.status() < 0 || OUT_OF_SPEC.contains(exchange.status())) {
      skipped.incrementAndGet();
      return List.of();
    }
    List<String> found = validate(exchange);
    checked.incrementAndGet();
    synchronized (findings) {
      findings.addAll(found);
    }
    return found;
  }

  /** Validates one answer without counting it (for tests that the check itself works). */
  public List<String> validate(ReceivedRequest exchange) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
    exchange.responseHeaders().forEach(response::withHeader);
    if (exchange.responseBody() != null) {
      response.withBody(exchange.responseBody());
    }
    ValidationReport report = validators.get(exchange.operation().api())
        .validateResponse(exchange.path(), Request.Method.valueOf(exchange.method()), response.build());
    List<String> found = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        found.add(exchange + ": " + m.getKey() + " " + m.getMessage());
      }
    }
    return found;
  }

  public int checked() {
    return checked.get();
  }

  public int skipped() {
    return skipped.get();
  }

  public List<String> findings() {
    synchronized (findings) {
      return List.copyOf(findings);
    }
  }

  private static OpenApiInteractionValidator validator(OpenAPI openApi) {
    return OpenApiInteractionValidator.createFor(openApi)
        .withLevelResolver(LevelResolver.create()
            .withDefaultLevel(ValidationReport.Level.ERROR)
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
            .build())
        .build();
  }

  private static OpenAPI load(Path root) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    // Inline every $ref: the validator does not follow response refs given an OpenAPI object.
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(root.toUri().toString(), null, options);
    if (result.getOpenAPI() == null || result.getMessages() != null && !result.getMessages().isEmpty()) {
      throw new IllegalStateException("spec " + root + " does not parse cleanly: " + result.getMessages());
    }
    return result.getOpenAPI();
  }
}
