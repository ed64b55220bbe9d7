package dev.togglkit.testing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bulk-edit vocabulary: a JSON Patch style operation in, {@code {success, failure}} out. */
final class BulkResults {

  private BulkResults() {
  }

  static Map<String, Object> of(List<Object> success, List<Object> failure) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", success);
    body.put("failure", failure);
    return body;
  }

  static Map<String, Object> failure(long id, String message) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", id);
    f.put("message", message);
    return f;
  }

  /** One {@code {op, path, value}} item. */
  static final class Op {
    final String op;
    final String path;
    final Object value;

    private Op(String op, String path, Object value) {
      this.op = op;
      this.path = path;
      this.value = value;
    }

    static Op parse(Object item) {
      if (!(item instanceof Map)) {
        throw new Json.BadJson("each operation must be an object");
      }
      Map<?, ?> map = (Map<?, ?>) item;
      String op = Values.string(map.get("op"), "op");
      String path = Values.string(map.get("path"), "path");
      if (op == null || path == null || !path.startsWith("/") || path.length() < 2) {
        throw new Json.BadJson("each operation needs op and a path like /field");
      }
      return new Op(op, path, map.get("value"));
    }
  }
}
