package dev.togglkit.gate.engine;

import java.util.Locale;

/**
 * The one name of a spec operation, used by validation, coverage and every report: its {@code operationId},
 * or {@code "METHOD /path"} when it has none (most hand-written specs).
 */
public final class OperationKey {

  private OperationKey() {
  }

  public static String of(String operationId, String method, String path) {
    if (operationId != null && !operationId.isBlank()) {
      return operationId;
    }
    return method.toUpperCase(Locale.ROOT) + " " + path;
  }
}
