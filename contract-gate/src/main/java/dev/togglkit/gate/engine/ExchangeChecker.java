package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.togglkit.gate.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one exchange against the operation it reaches, in the order of Pact's bi-directional checks: path and
 * method, path parameters, credentials, request headers and content negotiation, query, request body, response
 * status, headers and body. Stateless apart from the spec's schema cache; safe to share between threads.
 */
public final class ExchangeChecker {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String JSON = "application/json";

  private final CompiledSpec spec;
  private final Policy policy;

  public ExchangeChecker(CompiledSpec spec, Policy policy) {
    this.spec = spec;
    this.policy = policy;
  }

  /** The outcome: the operation reached (null when none) and the issues. */
  public record Result(SpecOperation operation, List<Issue> issues) {
  }

  public Result check(HttpExchange exchange) {
    List<Issue> issues = new ArrayList<>();
    String path = exchange.path().startsWith("/") ? exchange.path() : "/" + exchange.path();
    CompiledSpec.Route route = path.contains("?") ? null : spec.route(exchange.method(), path);
    if (route == null) {
      issues.add(new Issue(true, "request.path-or-method.unknown", "request.path", "paths",
          unknownOperationMessage(exchange.method(), path)));
      return new Result(null, issues);
    }
    SpecOperation operation = route.operation();
    String at = "paths." + operation.path() + "." + operation.method().toLowerCase(Locale.ROOT);
    Headers headers = new Headers(exchange.requestHeaders());
    boolean checkRequest = !exchange.hasResponse() || policy.checksRequest(exchange.status());
    if (!pathParameters(operation, route.pathValues(), at, issues)) {
      return new Result(operation, issues);
    }
    ObjectNode query = QueryStrings.parse(exchange.query(), true);
    ObjectNode literalQuery = QueryStrings.parse(exchange.query(), false);
    if (checkRequest) {
      security(operation, headers, literalQuery, at, issues);
    }
    boolean contentTypeOk = requestHeaders(operation, exchange, headers, checkRequest, at, issues);
    queryParameters(operation, query, literalQuery, checkRequest, at, issues);
    if (contentTypeOk) {
      requestBody(operation, exchange, headers, checkRequest, at, issues);
    }
    if (exchange.hasResponse()) {
      JsonNode response = response(operation, exchange.status());
      if (responseHeaders(operation, response, exchange, at, issues)) {
        responseBody(operation, response, exchange, headers, at, issues);
      }
    }
    return new Result(operation, issues);
  }

  private String unknownOperationMessage(String method, String path) {
    List<SpecOperation> onPath = spec.onPath(path);
    if (onPath.isEmpty()) {
      return method + " " + path + " matches no path in the spec";
    }
    List<String> names = new ArrayList<>();
    onPath.forEach(op -> names.add(op.key() + " (" + op.method() + " " + op.path() + ")"));
    return method + " " + path + " is not documented; that path documents " + String.join(", ", names);
  }

  // --- path ---------------------------------------------------------------------------------------------------

  private boolean pathParameters(SpecOperation operation, Map<String, String> values, String at,
                                 List<Issue> issues) {
    boolean ok = true;
    for (int i = 0; i < operation.parameters().size(); i++) {
      JsonNode parameter = operation.parameters().get(i);
      if (!"path".equals(parameter.path("in").asText()) || !values.containsKey(parameter.path("name").asText())) {
        continue;
      }
      String name = parameter.path("name").asText();
      String style = parameter.path("style").asText("");
      String raw = QueryStrings.decode(values.get(name));
      if (style.equalsIgnoreCase("label") && raw.startsWith(".")) {
        raw = raw.substring(1);
      } else if (style.equalsIgnoreCase("matrix") && raw.startsWith(";" + name + "=")) {
        raw = raw.substring(name.length() + 2);
      }
      JsonNode schema = schemaOf(parameter);
      String location = at + ".parameters." + name;
      JsonSchema compiled = spec.schema(location, schema, SchemaPreparer.Target.REQUEST);
      JsonNode value = isString(compiled.getSchemaNode()) ? NODES.textNode(raw) : parseValue(raw);
      if (parameter.path("explode").asBoolean(false) && value.isTextual()
          && typeOf(compiled.getSchemaNode()).equals("array")) {
        String separator = style.equalsIgnoreCase("label") ? "\\." : style.equalsIgnoreCase("matrix")
            ? ";(?:" + java.util.regex.Pattern.quote(name) + "=)?" : ",";
        value = split(raw, separator);
      } else if (value.isTextual() && typeOf(compiled.getSchemaNode()).equals("array")) {
        value = split(raw, ",");
      }
      for (ValidationMessage message : validate(compiled, value, true)) {
        ok = false;
        issues.add(new Issue(true, "request.path-or-method.unknown", "request.path." + name, location,
            parameterProblem("path parameter", name, message)));
      }
    }
    return ok;
  }

  // --- credentials --------------------------------------------------------------------------------------------

  private void security(SpecOperation operation, Headers headers, ObjectNode query, String at,
                        List<Issue> issues) {
    List<Issue> missing = new ArrayList<>();
    boolean secured = false;
    for (JsonNode requirement : operation.security()) {
      if (requirement.isObject() && requirement.isEmpty()) {
        secured = true;
        break;
      }
      var names = requirement.fieldNames();
      while (names.hasNext()) {
        String schemeName = names.next();
        JsonNode scheme = securityScheme(schemeName);
        String type = lowerCase(scheme, "type");
        String in = lowerCase(scheme, "in");
        switch (type) {
          case "apikey" -> {
            if (in.equals("header")) {
              if (headers.has(scheme.path("name").asText())) {
                secured = true;
              } else {
                missing.add(new Issue(true, "request.authorization.missing", "request.headers",
                    at + ".security." + schemeName, "the spec requires API key header '"
                    + scheme.path("name").asText() + "' (security scheme " + schemeName + ")"));
              }
            } else if (in.equals("query")) {
              if (query.has(scheme.path("name").asText())) {
                secured = true;
              } else {
                missing.add(new Issue(true, "request.authorization.missing", "request.query",
                    at + ".security." + schemeName, "the spec requires API key query parameter '"
                    + scheme.path("name").asText() + "' (security scheme " + schemeName + ")"));
              }
            } else {
              secured = true;
            }
          }
          case "http", "basic" -> {
            String wanted = type.equals("basic") ? "basic" : scheme.path("scheme").asText("").toLowerCase(Locale.ROOT);
            String auth = headers.joined("authorization");
            boolean present = auth != null && (wanted.equals("basic") || wanted.equals("bearer")
                ? auth.toLowerCase(Locale.ROOT).startsWith(wanted + " ") : false);
            if (present) {
              secured = true;
            } else {
              missing.add(new Issue(true, "request.authorization.missing", "request.headers.authorization",
                  at + ".security." + schemeName, (auth == null ? "no Authorization header" :
                  "the Authorization header is not " + wanted) + "; the spec requires " + wanted
                  + " credentials (security scheme " + schemeName + ")"));
            }
          }
          case "oauth2", "openidconnect", "mutualtls" -> secured = true;
          default -> {
          }
        }
      }
    }
    if (!secured) {
      issues.addAll(missing);
    }
  }

  private JsonNode securityScheme(String name) {
    return JsonPointers.deref(spec.root(), spec.root().path("components").path("securitySchemes").path(name));
  }

  /** A scheme's {@code type} or {@code in}, lower case: every check reads {@code apiKey} and {@code apikey} alike. */
  private static String lowerCase(JsonNode scheme, String field) {
    return scheme.path(field).asText("").toLowerCase(Locale.ROOT);
  }

  /**
   * The names of the API keys the operation's security requirements send {@code in} a header or the query: they
   * are credentials, not undocumented headers or parameters.
   */
  private List<String> apiKeyNames(SpecOperation operation, String in) {
    List<String> names = new ArrayList<>();
    for (JsonNode requirement : operation.security()) {
      requirement.fieldNames().forEachRemaining(schemeName -> {
        JsonNode scheme = securityScheme(schemeName);
        if (lowerCase(scheme, "type").equals("apikey") && lowerCase(scheme, "in").equals(in)) {
          names.add(scheme.path("name").asText());
        }
      });
    }
    return names;
  }

  // --- request headers and content negotiation --------------------------------------------------------------

  /** Returns false when the Content-Type is incompatible (the body is then not checked). */
  private boolean requestHeaders(SpecOperation operation, HttpExchange exchange, Headers headers,
                                 boolean checkRequest, String at, List<Issue> issues) {
    List<String> consumes = requestContentTypes(operation);
    // Each type once: most operations document the same type for every status.
    Set<String> documented = new LinkedHashSet<>();
    operation.operation().path("responses").elements().forEachRemaining(response ->
        documented.addAll(contentTypes(JsonPointers.deref(spec.root(), response))));
    List<String> allProduces = new ArrayList<>(documented);
    List<String> producesForStatus = exchange.hasResponse()
        ? contentTypes(JsonPointers.deref(spec.root(),
        operation.operation().path("responses").path(String.valueOf(exchange.status()))))
        : allProduces;
    List<String> swaggerProduces = swagger2(operation, "produces");
    if (swaggerProduces != null) {
      allProduces.clear();
      allProduces.addAll(swaggerProduces);
      producesForStatus = swaggerProduces;
    }
    boolean ok = true;
    String acceptHeader = headers.joined("accept");
    String accept = acceptHeader == null ? "" : acceptHeader.split(";")[0];
    if (!accept.isEmpty() && allProduces.isEmpty()) {
      issues.add(new Issue(false, "request.accept.unknown", "request.headers.accept", at,
          "the request has an Accept header but the spec documents no response content type"));
    }
    if (!accept.isEmpty() && !producesForStatus.isEmpty() && MediaTypes.findMatching(accept, allProduces) == null) {
      issues.add(new Issue(true, "request.accept.incompatible", "request.headers.accept", at + ".responses",
          "Accept '" + accept + "' matches none of the documented response types " + allProduces));
    }
    String contentTypeHeader = headers.joined("content-type");
    String contentType = contentTypeHeader == null ? "" : contentTypeHeader.split(";")[0];
    if (!contentType.isEmpty() && consumes.isEmpty()) {
      issues.add(new Issue(false, "request.content-type.unknown", "request.headers.content-type", at,
          "the request has a Content-Type but the spec documents no request body"));
    }
    if (!contentType.isEmpty() && !consumes.isEmpty() && MediaTypes.findMatching(contentType, consumes) == null) {
      ok = false;
      issues.add(new Issue(true, "request.content-type.incompatible", "request.headers.content-type",
          at + ".requestBody.content", "Content-Type '" + contentType + "' is not one of " + consumes));
    }
    if (contentType.isEmpty() && !consumes.isEmpty() && isPresent(exchange.requestBody())) {
      issues.add(new Issue(false, "request.content-type.missing", "request.headers.content-type", at,
          "the request has a body but no Content-Type; the spec documents " + consumes));
    }
    List<String> securityHeaders = checkRequest
        ? apiKeyNames(operation, "header").stream().map(name -> name.toLowerCase(Locale.ROOT)).toList()
        : List.of();
    Map<String, String> remaining = headers.copy();
    List<String> declared = new ArrayList<>();
    for (JsonNode parameter : operation.parameters()) {
      if (!"header".equals(parameter.path("in").asText())) {
        continue;
      }
      String name = parameter.path("name").asText();
      declared.add(name.toLowerCase(Locale.ROOT));
      String raw = headers.joined(name);
      String location = at + ".parameters." + name;
      if (raw != null && checkRequest) {
        JsonSchema compiled = spec.schema(location, schemaOf(parameter), SchemaPreparer.Target.REQUEST);
        JsonNode value = isStringish(compiled.getSchemaNode()) ? NODES.textNode(raw) : parseValue(raw);
        for (ValidationMessage message : validate(compiled, value, true)) {
          issues.add(new Issue(true, "request.header.incompatible", "request.headers." + name, location,
              parameterProblem("header", name, message)));
        }
      }
      if (raw == null && parameter.path("required").asBoolean(false) && checkRequest) {
        issues.add(new Issue(true, "request.header.incompatible", "request.headers." + name, location,
            "required header '" + name + "' is missing"));
      }
      remaining.remove(name.toLowerCase(Locale.ROOT));
    }
    for (String standard : MediaTypes.STANDARD_REQUEST_HEADERS) {
      if (!declared.contains(standard)) {
        remaining.remove(standard);
      }
    }
    if (checkRequest) {
      remaining.forEach((name, original) -> {
        if (!securityHeaders.contains(name)) {
          issues.add(new Issue(false, "request.header.unknown", "request.headers." + original, at,
              "request header '" + original + "' is not documented"));
        }
      });
    }
    return ok;
  }

  // --- query --------------------------------------------------------------------------------------------------

  private void queryParameters(SpecOperation operation, ObjectNode parsed, ObjectNode literal, boolean checkRequest,
                               String at, List<Issue> issues) {
    ObjectNode remaining = parsed.deepCopy();
    for (JsonNode parameter : operation.parameters()) {
      if (!"query".equals(parameter.path("in").asText())) {
        continue;
      }
      String name = parameter.path("name").asText();
      String location = at + ".parameters." + name;
      JsonNode schema = schemaOf(parameter);
      JsonSchema compiled = spec.schema(location, schema, SchemaPreparer.Target.REQUEST);
      // A name written with brackets (order_by[]) arrives as an array of the bare name (order_by[]=a&order_by[]=b).
      String key = name.endsWith("[]") && !parsed.has(name) ? name.substring(0, name.length() - 2) : name;
      JsonNode value = isString(JsonPointers.deref(spec.root(), schema)) ? literal.get(key) : parsed.get(key);
      boolean required = parameter.path("required").asBoolean(false);
      if ((value != null || required) && checkRequest) {
        if (value == null) {
          issues.add(new Issue(true, "request.query.incompatible", "request.query." + name, location,
              "required query parameter '" + name + "' is missing"));
        } else {
          if (value.isTextual() && typeOf(compiled.getSchemaNode()).equals("array")) {
            value = split(value.asText(), separator(parameter));
          }
          for (ValidationMessage message : validate(compiled, value, true)) {
            issues.add(new Issue(true, "request.query.incompatible", "request.query." + name, location,
                parameterProblem("query parameter", name, message)));
          }
        }
      }
      remaining.remove(key);
    }
    if (checkRequest) {
      List<String> securityQueries = apiKeyNames(operation, "query");
      remaining.fieldNames().forEachRemaining(name -> {
        if (!securityQueries.contains(name)) {
          issues.add(new Issue(policy == Policy.STRICT, "request.query.unknown", "request.query." + name, at,
              "query parameter '" + name + "' is not documented"));
        }
      });
    }
  }

  private static String separator(JsonNode parameter) {
    return switch (parameter.path("style").asText("")) {
      case "spaceDelimited" -> " ";
      case "pipeDelimited" -> "\\|";
      default -> ",";
    };
  }

  // --- request body -------------------------------------------------------------------------------------------

  private void requestBody(SpecOperation operation, HttpExchange exchange, Headers headers, boolean checkRequest,
                           String at, List<Issue> issues) {
    JsonNode body = exchange.requestBody();
    JsonNode requestBody = JsonPointers.deref(spec.root(), operation.operation().path("requestBody"));
    List<String> consumes = contentTypes(requestBody);
    String header = headers.joined("content-type");
    String contentType = header == null || header.isEmpty() ? JSON
        : orElse(MediaTypes.findMatching(header, consumes), header);
    String matched = MediaTypes.findMatching(contentType, consumes);
    JsonNode media = matched == null ? null : requestBody.path("content").path(matched);
    JsonNode schema = media == null || !media.has("schema") ? null : media.get("schema");
    boolean required = requestBody.path("required").asBoolean(false);
    if (!required && !isPresent(body)) {
      return;
    }
    if (!MediaTypes.isValidatable(contentType)) {
      if (isPresent(body) && checkRequest) {
        issues.add(new Issue(false, "request.body.unvalidatable", "request.body", at + ".requestBody.content",
            "a body of content type '" + contentType + "' cannot be checked against a schema"));
      }
      return;
    }
    String location = at + ".requestBody.content." + contentType;
    if (schema != null && checkRequest) {
      if (!isPresent(body)) {
        issues.add(new Issue(true, "request.body.incompatible", "request.body", location,
            "the spec requires a request body; the interaction has none"));
      } else {
        JsonNode value = parseBody(body, header == null ? "" : header);
        JsonSchema compiled = spec.schema(location, schema, policy == Policy.STRICT
            ? SchemaPreparer.Target.REQUEST_STRICT : SchemaPreparer.Target.REQUEST);
        for (ValidationMessage message : validate(compiled, value, false)) {
          issues.add(new Issue(true, "request.body.incompatible", "request.body" + pointer(message), location,
              message.getMessage()));
        }
      }
    }
    if (isPresent(body) && schema == null && checkRequest) {
      issues.add(new Issue(false, "request.body.unknown", "request.body", at + ".requestBody",
          "no schema documents this request body"));
    }
  }

  private static JsonNode parseBody(JsonNode body, String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (body.isTextual() && type.contains("application/x-www-form-urlencoded")) {
      return QueryStrings.parse(body.asText(), true);
    }
    if (body.isTextual() && type.contains("multipart/form-data")) {
      int at = type.indexOf("boundary=");
      if (at >= 0) {
        return Multipart.parse(body.asText(), contentType.substring(at + "boundary=".length()).trim());
      }
    }
    return body;
  }

  // --- response -----------------------------------------------------------------------------------------------

  private JsonNode response(SpecOperation operation, int status) {
    JsonNode responses = operation.operation().path("responses");
    JsonNode exact = responses.get(String.valueOf(status));
    if (exact != null) {
      return JsonPointers.deref(spec.root(), exact);
    }
    JsonNode patterned = responses.get((status / 100) + "XX");
    if (patterned == null) {
      patterned = responses.get((status / 100) + "xx");
    }
    if (patterned != null) {
      return JsonPointers.deref(spec.root(), patterned);
    }
    JsonNode fallback = responses.get("default");
    return fallback == null ? null : JsonPointers.deref(spec.root(), fallback);
  }

  /** Returns false when the response Content-Type is incompatible (the body is then not checked). */
  private boolean responseHeaders(SpecOperation operation, JsonNode response, HttpExchange exchange, String at,
                                  List<Issue> issues) {
    if (response == null) {
      return true;
    }
    String location = at + ".responses." + exchange.status();
    List<String> produces = orElse(swagger2(operation, "produces"), contentTypes(response));
    Headers headers = new Headers(exchange.responseHeaders());
    String header = headers.joined("content-type");
    String contentType = header == null ? "" : header.split(";")[0];
    boolean ok = true;
    if (!contentType.isEmpty() && produces.isEmpty()) {
      issues.add(new Issue(false, "response.content-type.unknown", "response.headers.content-type", location,
          "the response has a Content-Type but the spec documents no response body"));
    }
    if (!contentType.isEmpty() && !produces.isEmpty() && MediaTypes.findMatching(contentType, produces) == null) {
      ok = false;
      issues.add(new Issue(true, "response.content-type.incompatible", "response.headers.content-type",
          location + ".content", "Content-Type '" + contentType + "' is not one of " + produces));
    }
    Map<String, String> remaining = headers.copy();
    remaining.remove("content-type");
    JsonNode documented = response.path("headers");
    var names = documented.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      JsonNode definition = JsonPointers.deref(spec.root(), documented.get(name));
      String raw = headers.joined(name);
      if (raw != null) {
        JsonNode schema = definition.has("schema") ? definition.get("schema") : definition;
        JsonSchema compiled = spec.schema(location + ".headers." + name, schema, SchemaPreparer.Target.REQUEST);
        for (ValidationMessage message : validate(compiled, NODES.textNode(raw), true)) {
          issues.add(new Issue(true, "response.header.incompatible", "response.headers." + name,
              location + ".headers." + name, parameterProblem("header", name, message)));
        }
      }
      remaining.remove(name.toLowerCase(Locale.ROOT));
    }
    for (String standard : MediaTypes.STANDARD_RESPONSE_HEADERS) {
      String original = remaining.remove(standard);
      if (original != null) {
        issues.add(new Issue(false, "response.header.undefined", "response.headers." + original, location,
            "standard response header '" + original + "' is not documented"));
      }
    }
    remaining.forEach((name, original) -> issues.add(new Issue(true, "response.header.unknown",
        "response.headers." + original, location + ".headers",
        "response header '" + original + "' is not documented")));
    return ok;
  }

  private void responseBody(SpecOperation operation, JsonNode response, HttpExchange exchange, Headers requestHeaders,
                            String at, List<Issue> issues) {
    String location = at + ".responses." + exchange.status();
    if (response == null) {
      issues.add(new Issue(true, "response.status.unknown", "response.status", at + ".responses",
          "status " + exchange.status() + " is not documented; documented: " + operation.statuses()));
      return;
    }
    JsonNode responses = operation.operation().path("responses");
    if (!responses.has(String.valueOf(exchange.status())) && !responses.has((exchange.status() / 100) + "XX")
        && !responses.has((exchange.status() / 100) + "xx")) {
      issues.add(new Issue(false, "response.status.default", "response.status", at + ".responses.default",
          "status " + exchange.status() + " is documented only by the default response"));
    }
    List<String> produces = orElse(swagger2(operation, "produces"), contentTypes(response));
    String accept = requestHeaders.joined("accept");
    String contentType = orElse(MediaTypes.findMatching(accept == null ? JSON : accept, produces),
        produces.isEmpty() ? JSON : produces.get(0));
    String matched = MediaTypes.findMatching(contentType, produces);
    JsonNode media = matched == null ? null : response.path("content").path(matched);
    JsonNode schema = media == null || !media.has("schema") ? null : media.get("schema");
    JsonNode body = exchange.responseBody();
    if (!MediaTypes.isValidatable(contentType)) {
      if (body != null && !body.isNull()) {
        issues.add(new Issue(false, "response.body.unvalidatable", "response.body", location + ".content",
            "a body of content type '" + contentType + "' cannot be checked against a schema"));
      }
      return;
    }
    boolean truthy = isTruthy(body);
    if (truthy && schema == null) {
      issues.add(new Issue(true, "response.body.unknown", "response.body", location + ".content",
          "the response has a body but the spec documents none for status " + exchange.status()));
    }
    if (truthy && schema != null) {
      SchemaPreparer.Target target = policy == Policy.STRICT ? SchemaPreparer.Target.RESPONSE_STRICT
          : SchemaPreparer.Target.RESPONSE_CONSUMER;
      JsonSchema compiled = spec.schema(location + ".content." + contentType, schema, target);
      for (ValidationMessage message : validate(compiled, body, false)) {
        issues.add(new Issue(true, "response.body.incompatible", "response.body" + pointer(message),
            location + ".content." + contentType, message.getMessage()));
      }
    }
    if (!truthy && schema != null && policy == Policy.STRICT && !"null".equals(typeOf(schema))) {
      issues.add(new Issue(true, "response.body.missing", "response.body", location + ".content",
          "the spec documents a response body for status " + exchange.status() + "; the interaction has none"));
    }
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private List<String> requestContentTypes(SpecOperation operation) {
    List<String> swagger = swagger2(operation, "consumes");
    return swagger != null ? swagger
        : contentTypes(JsonPointers.deref(spec.root(), operation.operation().path("requestBody")));
  }

  /** A Swagger 2.0 operation's produces/consumes, kept by SpecLoader's conversion; null for OpenAPI 3. */
  private static List<String> swagger2(SpecOperation operation, String kind) {
    JsonNode types = operation.operation().get("x-togglkit-" + kind);
    if (types == null || !types.isArray()) {
      return null;
    }
    List<String> list = new ArrayList<>();
    types.forEach(type -> list.add(type.asText()));
    return list;
  }

  private static List<String> contentTypes(JsonNode holder) {
    List<String> types = new ArrayList<>();
    if (holder != null) {
      holder.path("content").fieldNames().forEachRemaining(types::add);
    }
    return types;
  }

  private static JsonNode schemaOf(JsonNode parameter) {
    if (parameter.has("schema")) {
      return parameter.get("schema");
    }
    ObjectNode schema = ((ObjectNode) parameter).deepCopy();
    schema.remove(List.of("name", "in", "description", "required"));
    return schema;
  }

  /**
   * "query parameter 'status': does not have a value in the enumeration [...]": a parameter's value is validated
   * as a whole, so the schema library's message starts with an empty location (": does not ...").
   */
  private static String parameterProblem(String what, String name, ValidationMessage message) {
    String text = message.getMessage();
    return what + " '" + name + "': " + (text.startsWith(": ") ? text.substring(2) : text);
  }

  private static String typeOf(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.asText().equals("null")) {
          return t.asText();
        }
      }
      return "null";
    }
    return type.asText("");
  }

  private boolean isString(JsonNode schema) {
    JsonNode resolved = JsonPointers.deref(schema, schema);
    if (resolved.path("$ref").isTextual()) {
      resolved = JsonPointers.deref(spec.root(), resolved);
    }
    return "string".equals(resolved.path("type").asText(null));
  }

  private boolean isStringish(JsonNode schema) {
    if (isString(schema)) {
      return true;
    }
    for (String key : List.of("anyOf", "oneOf")) {
      for (JsonNode branch : schema.path(key)) {
        if ("string".equals(branch.path("type").asText(null))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A header or path value: {@code a=1,b=2} is an object, {@code 1,2} an array, else the text. */
  private static JsonNode parseValue(String raw) {
    if (raw.isEmpty()) {
      return NODES.textNode(raw);
    }
    if (raw.contains("=")) {
      return QueryStrings.parse(raw.replace(",", "&"), true);
    }
    if (raw.contains(",")) {
      return split(raw, ",");
    }
    return NODES.textNode(raw);
  }

  private static JsonNode split(String raw, String separatorRegex) {
    var array = NODES.arrayNode();
    for (String part : raw.split(separatorRegex, -1)) {
      array.add(part);
    }
    return array;
  }

  private static Set<ValidationMessage> validate(JsonSchema schema, JsonNode value, boolean coerce) {
    JsonNode input = coerce ? Coercion.coerce(value, schema.getSchemaNode(), schema.getSchemaNode()) : value;
    return schema.validate(input);
  }

  private static String pointer(ValidationMessage message) {
    String location = message.getInstanceLocation() == null ? "" : message.getInstanceLocation().toString();
    return location.isEmpty() || location.equals("/") ? "" : location;
  }

  private static boolean isPresent(JsonNode body) {
    return body != null && !body.isNull() && !body.isMissingNode();
  }

  /** A body that is absent, null, empty text, 0 or false is "not given" in a consumer's pact. */
  private static boolean isTruthy(JsonNode body) {
    if (!isPresent(body)) {
      return false;
    }
    if (body.isTextual()) {
      return !body.asText().isEmpty();
    }
    if (body.isNumber()) {
      return body.asDouble() != 0;
    }
    if (body.isBoolean()) {
      return body.booleanValue();
    }
    return true;
  }

  private static <T> T orElse(T value, T fallback) {
    return value == null ? fallback : value;
  }

  /** Case-insensitive headers; several values of one header are joined with ", ". */
  static final class Headers {
    private final Map<String, String> joined = new LinkedHashMap<>();
    private final Map<String, String> original = new LinkedHashMap<>();

    Headers(Map<String, List<String>> headers) {
      if (headers == null) {
        return;
      }
      headers.forEach((name, values) -> {
        String key = name.toLowerCase(Locale.ROOT);
        String value = String.join(", ", values == null ? List.of() : values);
        joined.merge(key, value, (a, b) -> a + ", " + b);
        original.putIfAbsent(key, name);
      });
    }

    boolean has(String name) {
      return joined.containsKey(name.toLowerCase(Locale.ROOT));
    }

    String joined(String name) {
      return joined.get(name.toLowerCase(Locale.ROOT));
    }

    /** Lower-case name to the name as written. */
    Map<String, String> copy() {
      return new LinkedHashMap<>(original);
    }
  }
}
