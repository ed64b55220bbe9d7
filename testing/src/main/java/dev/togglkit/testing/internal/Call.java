package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One authenticated request on its way through a handler: who asks, what, and the state to work on. */
public final class Call {

  public final FakeState state;
  public final FakeUser user;
  public final TogglOperation operation;
  public final FakeRequest request;
  public final FakeSettings settings;

  public Call(FakeState state, FakeUser user, TogglOperation operation, FakeRequest request, FakeSettings settings) {
    this.state = state;
    this.user = user;
    this.operation = operation;
    this.request = request;
    this.settings = settings;
  }

  public Instant now() {
    return state.now();
  }

  public long workspaceId() {
    return request.pathId("workspace_id");
  }

  /** The body as a JSON object, or throws {@link Json.BadJson}. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> objectBody() {
    Object body = Json.parse(request.body());
    if (!(body instanceof Map)) {
      throw new Json.BadJson("expected a JSON object");
    }
    return (Map<String, Object>) body;
  }

  /** The body as a JSON array, or throws {@link Json.BadJson}. */
  @SuppressWarnings("unchecked")
  public List<Object> arrayBody() {
    Object body = Json.parse(request.body());
    if (!(body instanceof List)) {
      throw new Json.BadJson("expected a JSON array");
    }
    return (List<Object>) body;
  }
}
