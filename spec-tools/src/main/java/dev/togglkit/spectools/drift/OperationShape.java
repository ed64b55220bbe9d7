package dev.togglkit.spectools.drift;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the drift check compares of one operation, flattened out of swagger-parser's model.
 *
 * @param method        HTTP method, upper case
 * @param path          path template as written
 * @param operationId   the operationId, or null
 * @param markers       {@code x-togglkit-curation} on the operation
 * @param parameters    path, query, header and (Swagger 2) form parameters
 * @param body          the JSON request body, or null
 * @param responses     by status code
 */
public record OperationShape(String method, String path, String operationId, Set<String> markers,
    List<Parameter> parameters, Body body, Map<String, Response> responses) {

  /** {@code location} is path, query, header, cookie or formData. */
  public record Parameter(String name, String location, Node node) {
  }

  /** A request body: its fields by path ({@code ""} is the body itself). */
  public record Body(boolean required, Set<String> markers, Map<String, Node> fields) {
  }

  /** A response: markers on the response element; fields by path, empty when it has no body. */
  public record Response(String status, Set<String> markers, Map<String, Node> fields) {
  }

  /** METHOD and the path with every path-parameter name blanked, so {@code {id}} matches {@code {client_id}}. */
  public String key() {
    return method + " " + normalisedPath();
  }

  public String normalisedPath() {
    return path.replaceAll("\\{[^}]*}", "{}");
  }

  /** The path parameters' names in the order the template has them. */
  public List<String> templateNames() {
    return java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(path).results().map(r -> r.group(1)).toList();
  }

  public String label() {
    String where = method + " " + path;
    return operationId == null ? where : operationId + " (" + where + ")";
  }
}
