package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a compiled spec: where it lives, its one key, and what a request must match.
 *
 * @param key        {@link OperationKey}: operationId, else "METHOD /path"
 * @param method     upper case
 * @param path       the path template as the spec writes it
 * @param operation  the operation's node as the document writes it (see {@code parameters} and {@code security}
 *                   for what applies)
 * @param parameters the operation's parameters, dereferenced
 * @param security   the security requirements that apply (the operation's, else the document's)
 */
public record SpecOperation(String key, String method, String path, JsonNode operation, List<JsonNode> parameters,
                            JsonNode security, Pattern pattern, List<String> pathParameterNames,
                            int staticLength) {

  /** The path parameter values when {@code requestPath} matches this operation's template, else null. */
  java.util.Map<String, String> match(String requestPath) {
    Matcher matcher = pattern.matcher(requestPath);
    if (!matcher.matches()) {
      return null;
    }
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pathParameterNames.size(); i++) {
      values.put(pathParameterNames.get(i), matcher.group(i + 1));
    }
    return values;
  }

  /** The response statuses it documents, as written ("200", "4XX", "default"). */
  public List<String> statuses() {
    List<String> statuses = new java.util.ArrayList<>();
    operation.path("responses").fieldNames().forEachRemaining(statuses::add);
    return statuses;
  }
}
