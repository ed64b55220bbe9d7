package dev.togglkit.testing;

/**
 * The 26 operations the fake serves, named by API and the spec's operationId. Faults can target one
 * ({@code fake.faults().failNext(TogglOperation.TRACK_CREATE_CLIENT, 1, 500)}) and every
 * {@link ReceivedRequest} says which one it was.
 */
public enum TogglOperation {
  TRACK_LIST_CLIENTS(Api.TRACK, "listClients", "GET", "/workspaces/{workspace_id}/clients"),
  TRACK_CREATE_CLIENT(Api.TRACK, "createClient", "POST", "/workspaces/{workspace_id}/clients"),
  TRACK_GET_CLIENT(Api.TRACK, "getClient", "GET", "/workspaces/{workspace_id}/clients/{client_id}"),
  TRACK_UPDATE_CLIENT(Api.TRACK, "updateClient", "PUT", "/workspaces/{workspace_id}/clients/{client_id}"),
  TRACK_DELETE_CLIENT(Api.TRACK, "deleteClient", "DELETE", "/workspaces/{workspace_id}/clients/{client_id}"),
  TRACK_ARCHIVE_CLIENT(Api.TRACK, "archiveClient", "POST", "/workspaces/{workspace_id}/clients/{client_id}/archive"),
  TRACK_RESTORE_CLIENT(Api.TRACK, "restoreClient", "POST", "/workspaces/{workspace_id}/clients/{client_id}/restore"),
  TRACK_LIST_PROJECTS(Api.TRACK, "listProjects", "GET", "/workspaces/{workspace_id}/projects"),
  TRACK_CREATE_PROJECT(Api.TRACK, "createProject", "POST", "/workspaces/{workspace_id}/projects"),
  TRACK_GET_PROJECT(Api.TRACK, "getProject", "GET", "/workspaces/{workspace_id}/projects/{project_id}"),
  TRACK_UPDATE_PROJECT(Api.TRACK, "updateProject", "PUT", "/workspaces/{workspace_id}/projects/{project_id}"),
  TRACK_DELETE_PROJECT(Api.TRACK, "deleteProject", "DELETE", "/workspaces/{workspace_id}/projects/{project_id}"),
  TRACK_PATCH_PROJECTS(Api.TRACK, "patchProjects", "PATCH", "/workspaces/{workspace_id}/projects/{project_ids}"),
  TRACK_LIST_PROJECT_USERS(Api.TRACK, "listProjectUsers", "GET", "/workspaces/{workspace_id}/project_users"),
  TRACK_CREATE_PROJECT_USER(Api.TRACK, "createProjectUser", "POST", "/workspaces/{workspace_id}/project_users"),
  TRACK_UPDATE_PROJECT_USER(Api.TRACK, "updateProjectUser", "PUT",
      "/workspaces/{workspace_id}/project_users/{project_user_id}"),
  TRACK_DELETE_PROJECT_USER(Api.TRACK, "deleteProjectUser", "DELETE",
      "/workspaces/{workspace_id}/project_users/{project_user_id}"),
  TRACK_PATCH_PROJECT_USERS(Api.TRACK, "patchProjectUsers", "PATCH",
      "/workspaces/{workspace_id}/project_users/{project_user_ids}"),
  TRACK_GET_ME(Api.TRACK, "getMe", "GET", "/me"),
  TRACK_LIST_MY_WORKSPACES(Api.TRACK, "listMyWorkspaces", "GET", "/me/workspaces"),
  FOCUS_LIST_CLIENTS(Api.FOCUS, "listClients", "GET", "/workspaces/{workspace_id}/clients"),
  FOCUS_CREATE_CLIENT(Api.FOCUS, "createClient", "POST", "/workspaces/{workspace_id}/clients"),
  FOCUS_GET_CLIENT(Api.FOCUS, "getClient", "GET", "/workspaces/{workspace_id}/clients/{client_id}"),
  FOCUS_UPDATE_CLIENT(Api.FOCUS, "updateClient", "PUT", "/workspaces/{workspace_id}/clients/{client_id}"),
  FOCUS_DELETE_CLIENT(Api.FOCUS, "deleteClient", "DELETE", "/workspaces/{workspace_id}/clients/{client_id}"),
  FOCUS_RESTORE_CLIENT(Api.FOCUS, "restoreClient", "PATCH", "/workspaces/{workspace_id}/clients/{client_id}/restore");

  /** Which API an operation belongs to; the fake serves Track under {@code /api/v9}, Focus under {@code /api}. */
  public enum Api {
    TRACK("/api/v9"),
    FOCUS("/api");

    private final String basePath;

    Api(String basePath) {
      this.basePath = basePath;
    }

    /** The base path below the host, as in production. */
    public String basePath() {
      return basePath;
    }
  }

  private final Api api;
  private final String operationId;
  private final String method;
  private final String pathTemplate;

  TogglOperation(Api api, String operationId, String method, String pathTemplate) {
    this.api = api;
    this.operationId = operationId;
    this.method = method;
    this.pathTemplate = pathTemplate;
  }

  public Api api() {
    return api;
  }

  /** The spec's operationId, e.g. {@code createClient}. */
  public String operationId() {
    return operationId;
  }

  public String method() {
    return method;
  }

  /** The path below the API's base path, as the spec writes it. */
  public String pathTemplate() {
    return pathTemplate;
  }
}
