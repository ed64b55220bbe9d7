package dev.togglkit.gate.exchange;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import dev.togglkit.gate.ApiSpec;
import dev.togglkit.gate.SpecResources;
import dev.togglkit.gate.ValidatorMessagePolicy;
import dev.togglkit.gate.exchange.ExchangeFinding.Kind;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates single requests and responses against one spec document, by the rules the gate applies to pacts:
 * undeclared body fields and query parameters, wrong types and enum values, missing credentials, an undeclared
 * content type and an undocumented status are findings. Load once, then call from any thread.
 *
 * <pre>{@code
 * ExchangeValidator track = ExchangeValidator.load(Path.of("spec/track-v9/openapi.yaml"));
 * List<ExchangeFinding> findings = track.validateRequest(
 *     new ExchangeRequest("GET", "/api/v9/workspaces/1/clients", "status=gone", headers, null));
 * // [query parameter 'status': Value 'gone' for parameter 'status' is not allowed. Allowed values are [...]]
 * }</pre>
 */
public final class ExchangeValidator {

  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  private final ApiSpec spec;
  private final OpenApiInteractionValidator validator;
  private final ApiOperationResolver resolver;

  private ExchangeValidator(ApiSpec spec) {
    this.spec = spec;
    this.validator = OpenApiInteractionValidator.createFor(spec.openApi())
        .withLevelResolver(ValidatorMessagePolicy.levelResolver())
        .build();
    // As the validator resolves internally: the servers' base path (/api/v9) is optional in a request path.
    this.resolver = new ApiOperationResolver(spec.openApi(), null, false);
  }

  /**
   * Loads the document rooted at {@code rootFile}.
   *
   * @throws IllegalArgumentException naming the file, when it is missing or does not parse cleanly
   */
  public static ExchangeValidator load(Path rootFile) {
    return new ExchangeValidator(ApiSpec.load(rootFile));
  }

  /**
   * Loads a document from the class path, e.g. the spec togglkit-client carries:
   * {@code META-INF/togglkit/spec/track-v9/openapi.yaml}.
   *
   * @throws IllegalArgumentException naming the resource, when it is missing or does not parse cleanly
   */
  public static ExchangeValidator loadResource(String resource, ClassLoader loader) {
    return load(SpecResources.fromClasspath(resource, loader));
  }

  /** The operationId the spec gives this method and path (path with or without the base path), if any. */
  public Optional<String> operationId(String method, String path) {
    Request.Method m = method(method);
    if (m == null) {
      return Optional.empty();
    }
    ApiOperationMatch match = resolver.findApiOperation(path, m);
    if (!match.isPathFound() || !match.isOperationAllowed()) {
      return Optional.empty();
    }
    return Optional.ofNullable(match.getApiOperation().getOperation().getOperationId());
  }

  /** Findings about the request alone; empty when it is valid. */
  public List<ExchangeFinding> validateRequest(ExchangeRequest request) {
    if (operationId(request.method(), request.path()).isEmpty()) {
      return List.of(noOperation(request));
    }
    return findings(validator.validateRequest(request(request)), null);
  }

  /** Findings about the response to {@code request}: status documented for the operation, headers, body. */
  public List<ExchangeFinding> validateResponse(ExchangeRequest request, ExchangeResponse response) {
    Request.Method m = method(request.method());
    if (m == null || operationId(request.method(), request.path()).isEmpty()) {
      return List.of(noOperation(request));
    }
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
    response.headers().forEach(builder::withHeader);
    if (response.body() != null && !response.body().isEmpty()) {
      builder.withBody(response.body(), StandardCharsets.UTF_8);
    }
    return findings(validator.validateResponse(request.path(), m, builder.build()), response.status());
  }

  @Override
  public String toString() {
    return "ExchangeValidator[" + spec.source() + "]";
  }

  private ExchangeFinding noOperation(ExchangeRequest request) {
    return new ExchangeFinding(Kind.OPERATION, request.method() + " " + request.path(),
        request.method() + " " + request.path() + " matches no operation of " + spec.source().getFileName());
  }

  private static Request.Method method(String method) {
    try {
      return Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static SimpleRequest request(ExchangeRequest request) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(method(request.method()), request.path());
    query(request.rawQuery()).forEach(builder::withQueryParam);
    request.headers().forEach(builder::withHeader);
    if (request.body() != null && !request.body().isEmpty()) {
      builder.withBody(request.body(), StandardCharsets.UTF_8);
    }
    return builder.build();
  }

  private static Map<String, List<String>> query(String rawQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static List<ExchangeFinding> findings(ValidationReport report, Integer status) {
    List<ExchangeFinding> findings = new ArrayList<>();
    for (Message message : report.getMessages()) {
      if (message.getLevel() == Level.ERROR) {
        findings.add(finding(message, status));
      }
    }
    return List.copyOf(findings);
  }

  private static ExchangeFinding finding(Message message, Integer status) {
    String key = message.getKey();
    String text = message.getMessage();
    Optional<MessageContext> context = message.getContext();
    Optional<Parameter> declared = context.flatMap(MessageContext::getParameter);
    String parameter = declared.map(Parameter::getName).orElse(null);
    String pointer = context.flatMap(MessageContext::getPointers)
        .map(p -> p.getInstance() == null || p.getInstance().isEmpty() ? "/" : p.getInstance()).orElse("/");
    boolean response = context.flatMap(MessageContext::getLocation)
        .map(location -> location == MessageContext.Location.RESPONSE)
        .orElse(key.startsWith("validation.response"));
    if (key.startsWith("validation.request.security")) {
      return new ExchangeFinding(Kind.CREDENTIALS, "Authorization", text);
    }
    if (key.equals("validation.response.status.unknown")) {
      return new ExchangeFinding(Kind.STATUS, status == null ? "?" : String.valueOf(status), text);
    }
    if (declared.isPresent() && declared.get().getIn() != null) {
      // A parameter's value against its schema (type, enum, pattern): keyed as a schema message, located here.
      switch (declared.get().getIn()) {
        case "query":
          return new ExchangeFinding(Kind.QUERY_PARAMETER, parameter, text);
        case "path":
          return new ExchangeFinding(Kind.PATH_PARAMETER, parameter, text);
        case "header":
          return new ExchangeFinding(response ? Kind.RESPONSE_HEADER : Kind.HEADER, parameter, text);
        default:
          break;
      }
    }
    if (key.contains("contentType") || key.contains(".accept.")) {
      return new ExchangeFinding(Kind.CONTENT_TYPE, "Content-Type", text);
    }
    if (key.startsWith("validation.request.parameter.query")) {
      return new ExchangeFinding(Kind.QUERY_PARAMETER, parameter != null ? parameter : quoted(text), text);
    }
    if (key.startsWith("validation.request.parameter.path") || key.startsWith("validation.request.path")) {
      return new ExchangeFinding(Kind.PATH_PARAMETER, parameter != null ? parameter : quoted(text), text);
    }
    if (key.startsWith("validation.request.parameter.header")) {
      return new ExchangeFinding(Kind.HEADER, parameter != null ? parameter : quoted(text), text);
    }
    if (key.startsWith("validation.response.header")) {
      return new ExchangeFinding(Kind.RESPONSE_HEADER, parameter != null ? parameter : quoted(text), text);
    }
    if (key.startsWith("validation.request.operation") || key.startsWith("validation.response.operation")) {
      return new ExchangeFinding(Kind.OPERATION, quoted(text), text);
    }
    return new ExchangeFinding(response ? Kind.RESPONSE_BODY : Kind.REQUEST_BODY, pointer, text);
  }

  /** The first quoted name in the validator's sentence, for messages whose context names no parameter. */
  private static String quoted(String text) {
    Matcher m = QUOTED.matcher(text);
    return m.find() ? m.group(1) : "?";
  }
}
