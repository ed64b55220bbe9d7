package dev.togglkit.contract.gate;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lists the operations a spec document declares, each with its documented statuses, in the spec's own order
 * (paths as written in openapi.yaml, then GET, PUT, POST, DELETE, ... within a path).
 */
public final class SpecOperations {

  private SpecOperations() {
  }

  public static List<DocumentedOperation> of(String provider, OpenAPI openApi) {
    List<DocumentedOperation> operations = new ArrayList<>();
    if (openApi.getPaths() == null) {
      return operations;
    }
    for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        String operationId = operation.getOperationId() == null
            ? entry.getKey() + " " + path.getKey() + " (no operationId)"
            : operation.getOperationId();
        TreeSet<String> statuses = new TreeSet<>();
        if (operation.getResponses() != null) {
          statuses.addAll(operation.getResponses().keySet());
        }
        operations.add(new DocumentedOperation(provider, operationId, entry.getKey().name(), path.getKey(),
            statuses));
      }
    }
    return operations;
  }

  /** Operations of every provider, providers in {@link ProviderSpecs#all()} order. */
  public static List<DocumentedOperation> of(ProviderSpecs specs) {
    List<DocumentedOperation> all = new ArrayList<>();
    specs.all().forEach((provider, spec) -> all.addAll(of(provider, spec.openApi())));
    return all;
  }
}
