package dev.togglkit.testing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Focus clients: a page of clients wrapped as {@code {data, page, per_page}}, create (201), get, update,
 * delete and restore (204). Deleting keeps the client with {@code deleted_at}; restoring clears it.
 */
public final class FocusClientsHandler {

  static final int DEFAULT_PER_PAGE = 20;
  private static final List<String> ORDER_FIELDS = List.of("name", "id", "created_at", "updated_at");

  private FocusClientsHandler() {
  }

  public static FakeResponse list(Call call) {
    Workspace ws = call.memberWorkspace(400);
    List<String> orderBy = call.request.queryAll("order_by[]");
    for (String field : orderBy) {
      if (!ORDER_FIELDS.contains(field)) {
        return call.error(400);
      }
    }
    int page;
    int perPage;
    try {
      page = positive(call.request.query("page"), 1);
      perPage = positive(call.request.query("per_page"), DEFAULT_PER_PAGE);
    } catch (NumberFormatException e) {
      return call.error(400);
    }
    String name = call.request.query("name");
    List<FocusClientRecord> found = new ArrayList<>();
    for (FocusClientRecord c : ws.focusClients.values()) {
      if (c.active() && (name == null || c.name.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))) {
        found.add(c);
      }
    }
    Comparator<FocusClientRecord> order = Comparator.comparingLong(c -> c.id);
    for (int i = orderBy.size() - 1; i >= 0; i--) {
      order = fieldOrder(orderBy.get(i)).thenComparing(order);
    }
    found.sort(order);
    List<Object> data = new ArrayList<>();
    long from = (long) (page - 1) * perPage;
    for (long i = from; i < Math.min(found.size(), from + perPage); i++) {
      data.add(found.get((int) i).toJson());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    body.put("page", page);
    body.put("per_page", perPage);
    return FakeResponse.json(200, body);
  }

  public static FakeResponse create(Call call) {
    Workspace ws = call.memberWorkspace(400);
    String name = Values.string(call.objectBody().get("name"), "name");
    call.require(name != null && !name.trim().isEmpty(), 400);
    FocusClientRecord client = new FocusClientRecord(call.state.focusClientId(null), ws.id, call.user.id,
        name.trim(), call.now());
    ws.focusClients.put(client.id, client);
    return FakeResponse.empty(201);
  }

  public static FakeResponse get(Call call) {
    Workspace ws = call.memberWorkspace(400);
    FocusClientRecord client = call.found(ws.focusClients.get(call.request.pathId("client_id")), 404);
    return FakeResponse.json(200, client.toJson());
  }

  public static FakeResponse update(Call call) {
    Workspace ws = call.memberWorkspace(400);
    FocusClientRecord client = call.found(ws.focusClients.get(call.request.pathId("client_id")), 404);
    call.require(client.active(), 404);
    String name = Values.string(call.objectBody().get("name"), "name");
    call.require(name != null && !name.trim().isEmpty(), 400);
    client.name = name.trim();
    client.updatedAt = call.now();
    return FakeResponse.empty(204);
  }

  public static FakeResponse delete(Call call) {
    Workspace ws = call.memberWorkspace(400);
    FocusClientRecord client = call.found(ws.focusClients.get(call.request.pathId("client_id")), 404);
    call.require(client.active(), 404);
    client.deletedAt = call.now();
    client.updatedAt = call.now();
    return FakeResponse.empty(204);
  }

  public static FakeResponse restore(Call call) {
    Workspace ws = call.memberWorkspace(400);
    FocusClientRecord client = call.found(ws.focusClients.get(call.request.pathId("client_id")), 404);
    call.require(!client.active(), 400);
    client.deletedAt = null;
    client.updatedAt = call.now();
    return FakeResponse.empty(204);
  }

  private static Comparator<FocusClientRecord> fieldOrder(String field) {
    switch (field) {
      case "name":
        return Comparator.comparing(c -> c.name.toLowerCase(Locale.ROOT));
      case "created_at":
        return Comparator.comparing(c -> c.createdAt);
      case "updated_at":
        return Comparator.comparing(c -> c.updatedAt);
      default:
        return Comparator.comparingLong(c -> c.id);
    }
  }

  private static int positive(String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    int value = Integer.parseInt(text);
    if (value < 1) {
      throw new NumberFormatException("must be positive");
    }
    return value;
  }
}
