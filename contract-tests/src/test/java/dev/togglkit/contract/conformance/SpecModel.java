package dev.togglkit.contract.conformance;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small read-only views over a parsed OpenAPI model, shared by the conformance checks. */
public final class SpecModel {

  private SpecModel() {
  }

  /** One operation with where it lives. */
  public record LocatedOperation(String path, PathItem.HttpMethod method, PathItem pathItem, Operation operation) {
    /** "GET /workspaces/{workspace_id}/clients (listClients)", for messages. */
    public String label() {
      return method + " " + path + " (" + operation.getOperationId() + ")";
    }
  }

  /** Every operation of the document in path order. */
  public static List<LocatedOperation> operations(OpenAPI api) {
    List<LocatedOperation> result = new ArrayList<>();
    if (api.getPaths() == null) {
      return result;
    }
    api.getPaths().forEach((path, item) -> {
      for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
        result.add(new LocatedOperation(path, e.getKey(), item, e.getValue()));
      }
    });
    return result;
  }
}
