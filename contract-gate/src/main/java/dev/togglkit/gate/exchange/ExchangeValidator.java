package dev.togglkit.gate.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.togglkit.gate.ApiSpec;
import dev.togglkit.gate.Policy;
import dev.togglkit.gate.SpecResources;
import dev.togglkit.gate.engine.CompiledSpec;
import dev.togglkit.gate.engine.ExchangeChecker;
import dev.togglkit.gate.engine.HttpExchange;
import dev.togglkit.gate.engine.Issue;
import dev.togglkit.gate.exchange.ExchangeFinding.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates single requests and responses against one spec document, by the rules the gate applies to pacts under
 * its strict policy: undeclared body fields and query parameters, wrong types and enum values, missing
 * credentials, an undeclared content type and an undocumented status are findings (warnings are not). Load once,
 * then call from any thread: each schema is compiled on first use and reused.
 *
 * <pre>{@code
 * ExchangeValidator track = ExchangeValidator.load(Path.of("spec/track-v9/openapi.yaml"));
 * List<ExchangeFinding> findings = track.validateRequest(
 *     new ExchangeRequest("GET", "/api/v9/workspaces/1/clients", "status=gone", headers, null));
 * // [query parameter 'status': does not have a value in the enumeration ["active", "archived", "both"]]
 * }</pre>
 */
public final class ExchangeValidator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApiSpec spec;
  private final CompiledSpec compiled;
  private final ExchangeChecker checker;

  private ExchangeValidator(ApiSpec spec) {
    this.spec = spec;
    this.compiled = CompiledSpec.of(spec.root());
    this.checker = new ExchangeChecker(compiled, Policy.STRICT);
  }

  /**
   * Loads the document rooted at {@code rootFile}.
   *
   * @throws IllegalArgumentException naming the file, when it is missing or cannot be read as a spec
   */
  public static ExchangeValidator load(Path rootFile) {
    return new ExchangeValidator(ApiSpec.load(rootFile));
  }

  /**
   * Loads a document from the class path, e.g. the spec togglkit-client carries:
   * {@code META-INF/togglkit/spec/track-v9/openapi.yaml}.
   *
   * @throws IllegalArgumentException naming the resource, when it is missing or cannot be read as a spec
   */
  public static ExchangeValidator loadResource(String resource, ClassLoader loader) {
    return load(SpecResources.fromClasspath(resource, loader));
  }

  /** The operationId the spec gives this method and path (path with or without the base path), if any. */
  public Optional<String> operationId(String method, String path) {
    CompiledSpec.Route route = compiled.route(method, path);
    if (route == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(route.operation().operation().path("operationId").asText(null));
  }

  /** Findings about the request alone; empty when it is valid. */
  public List<ExchangeFinding> validateRequest(ExchangeRequest request) {
    HttpExchange exchange = new HttpExchange(request.method(), request.path(), query(request), request.headers(),
        body(request.body()), 0, Map.of(), null);
    return findings(checker.check(exchange).issues(), request, null, false);
  }

  /** Findings about the response to {@code request}: status documented for the operation, headers, body. */
  public List<ExchangeFinding> validateResponse(ExchangeRequest request, ExchangeResponse response) {
    if (compiled.route(request.method(), request.path()) == null) {
      return List.of(noOperation(request));
    }
    HttpExchange exchange = new HttpExchange(request.method(), request.path(), query(request), request.headers(),
        body(request.body()), response.status(), response.headers(), body(response.body()));
    return findings(checker.check(exchange).issues(), request, response.status(), true);
  }

  @Override
  public String toString() {
    return "ExchangeValidator[" + spec.source() + "]";
  }

  private static String query(ExchangeRequest request) {
    return request.rawQuery() == null ? "" : request.rawQuery();
  }

  /** A body as the schema sees it: JSON when it parses as JSON, else the text. */
  private static JsonNode body(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(body);
    }
  }

  private ExchangeFinding noOperation(ExchangeRequest request) {
    return new ExchangeFinding(Kind.OPERATION, request.method() + " " + request.path(),
        request.method() + " " + request.path() + " matches no operation of " + spec.source().getFileName());
  }

  private List<ExchangeFinding> findings(List<Issue> issues, ExchangeRequest request, Integer status,
                                         boolean responseOnly) {
    List<ExchangeFinding> findings = new ArrayList<>();
    for (Issue issue : issues) {
      if (!issue.error() || responseOnly && !issue.code().startsWith("response.")
          // A server may send headers its spec does not list (Toggl's X-Toggl-Request-Id); the documented ones
          // are checked.
          || issue.code().equals("response.header.unknown")) {
        continue;
      }
      findings.add(finding(issue, request, status));
    }
    return List.copyOf(findings);
  }

  private ExchangeFinding finding(Issue issue, ExchangeRequest request, Integer status) {
    String code = issue.code();
    String field = issue.field();
    if (code.equals("request.path-or-method.unknown")) {
      return field.startsWith("request.path.")
          ? new ExchangeFinding(Kind.PATH_PARAMETER, field.substring("request.path.".length()), issue.message())
          : noOperation(request);
    }
    if (code.equals("request.authorization.missing")) {
      return new ExchangeFinding(Kind.CREDENTIALS, "Authorization", issue.message());
    }
    if (code.startsWith("request.query.")) {
      return new ExchangeFinding(Kind.QUERY_PARAMETER, after(field, "request.query."), issue.message());
    }
    if (code.startsWith("request.content-type.")) {
      return new ExchangeFinding(Kind.CONTENT_TYPE, "Content-Type", issue.message());
    }
    if (code.startsWith("request.accept.")) {
      return new ExchangeFinding(Kind.CONTENT_TYPE, "Accept", issue.message());
    }
    if (code.startsWith("request.header.")) {
      return new ExchangeFinding(Kind.HEADER, after(field, "request.headers."), issue.message());
    }
    if (code.startsWith("request.")) {
      return new ExchangeFinding(Kind.REQUEST_BODY, pointer(field, "request.body"), issue.message());
    }
    if (code.equals("response.status.unknown")) {
      return new ExchangeFinding(Kind.STATUS, status == null ? "?" : String.valueOf(status), issue.message());
    }
    if (code.startsWith("response.header.") || code.startsWith("response.content-type.")) {
      return new ExchangeFinding(Kind.RESPONSE_HEADER, after(field, "response.headers."), issue.message());
    }
    return new ExchangeFinding(Kind.RESPONSE_BODY, pointer(field, "response.body"), issue.message());
  }

  private static String after(String field, String prefix) {
    return field.startsWith(prefix) ? field.substring(prefix.length()) : field;
  }

  private static String pointer(String field, String prefix) {
    String rest = after(field, prefix);
    return rest.isEmpty() ? "/" : rest;
  }
}
