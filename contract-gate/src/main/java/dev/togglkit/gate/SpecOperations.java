package dev.togglkit.gate;

import dev.togglkit.gate.engine.CompiledSpec;
import dev.togglkit.gate.engine.SpecOperation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lists the operations spec documents declare: {@link #located} for the conformance checks (paths as written in
 * the root file, then swagger-parser's GET, PUT, POST, DELETE, ... within a path), {@link #of} for the gate's
 * coverage (each document's operations as its file writes them).
 */
public final class SpecOperations {

  private SpecOperations() {
  }

  /** One operation with where it lives. */
  public record LocatedOperation(String path, PathItem.HttpMethod method, PathItem pathItem, Operation operation) {
  }

  /** Every operation of the document in path order. */
  public static List<LocatedOperation> located(OpenAPI openApi) {
    List<LocatedOperation> operations = new ArrayList<>();
    if (openApi.getPaths() == null) {
      return operations;
    }
    for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
        operations.add(new LocatedOperation(path.getKey(), entry.getKey(), path.getValue(), entry.getValue()));
      }
    }
    return operations;
  }

  /**
   * Operations of every provider with their documented statuses, keyed by
   * {@link dev.togglkit.gate.engine.OperationKey}.
   */
  public static List<DocumentedOperation> of(Map<String, CompiledSpec> specs) {
    List<DocumentedOperation> all = new ArrayList<>();
    specs.forEach((provider, spec) -> {
      for (SpecOperation operation : spec.operations()) {
        all.add(new DocumentedOperation(provider, operation.key(), operation.method(), operation.path(),
            new TreeSet<>(operation.statuses())));
      }
    });
    return all;
  }
}
