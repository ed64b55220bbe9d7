package dev.togglkit.gate;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lists the operations a spec document declares in the spec's own order (paths as written in the root file,
 * then GET, PUT, POST, DELETE, ... within a path). Shared by the gate's coverage and the conformance checks.
 */
public final class SpecOperations {

  private SpecOperations() {
  }

  /** One operation with where it lives. */
  public record LocatedOperation(String path, PathItem.HttpMethod method, PathItem pathItem, Operation operation) {

    /** "GET /workspaces/{workspace_id}/clients (listClients)", for messages. */
    public String label() {
      return method + " " + path + " (" + operation.getOperationId() + ")";
    }
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

  /** Every operation with its documented statuses. */
  public static List<DocumentedOperation> of(String provider, OpenAPI openApi) {
    List<DocumentedOperation> operations = new ArrayList<>();
    for (LocatedOperation located : located(openApi)) {
      Operation operation = located.operation();
      String operationId = operation.getOperationId() == null
          ? located.method() + " " + located.path() + " (no operationId)"
          : operation.getOperationId();
      TreeSet<String> statuses = new TreeSet<>();
      if (operation.getResponses() != null) {
        statuses.addAll(operation.getResponses().keySet());
      }
      operations.add(new DocumentedOperation(provider, operationId, located.method().name(), located.path(),
          statuses));
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
