package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation;
import java.time.Instant;
import java.util.LinkedHashMap;
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

  /**
   * The operation's documented answer for {@code status} named {@code name} (the example's key in the spec), its
   * {@code {placeholders}} filled from the path parameters and then from {@code values} ({@code name, value, ...}).
   */
  public FakeResponse error(int status, String name, Object... values) {
    Map<String, String> filled = new LinkedHashMap<>(request.pathParams());
    for (int i = 0; i + 1 < values.length; i += 2) {
      filled.put(String.valueOf(values[i]), String.valueOf(values[i + 1]));
    }
    return DocumentedErrors.named(operation, status, name, filled);
  }

  /** The operation's only documented answer for {@code status} (e.g. its 403). */
  public FakeResponse error(int status) {
    return DocumentedErrors.of(operation, status, request);
  }

  /** Answers {@code error(status)} unless {@code condition} holds. */
  public void require(boolean condition, int status) {
    if (!condition) {
      throw new Refusal(error(status));
    }
  }

  /** Answers {@code error(status, name)} unless {@code condition} holds. */
  public void require(boolean condition, int status, String name) {
    if (!condition) {
      throw new Refusal(error(status, name));
    }
  }

  /** {@code value}, or answers {@code error(status)} when it is null (a record that is not there). */
  public <T> T found(T value, int status) {
    require(value != null, status);
    return value;
  }

  /** {@code value}, or answers {@code error(status, name)} when it is null. */
  public <T> T found(T value, int status, String name) {
    require(value != null, status, name);
    return value;
  }

  /**
   * The workspace of the path when the caller is a member of it; otherwise the operation's documented
   * {@code status} (Track's 403 for clients and projects, Focus's 400).
   */
  public Workspace memberWorkspace(int status) {
    Workspace ws = state.findWorkspace(workspaceId());
    require(ws != null && ws.isMember(user.id), status);
    return ws;
  }

  /** The workspace of the path, or {@code error(status, name)} when there is none (project users' 400). */
  public Workspace workspace(int status, String name) {
    return found(state.findWorkspace(workspaceId()), status, name);
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
