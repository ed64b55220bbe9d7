package dev.togglkit.testing;

import dev.togglkit.testing.internal.OperationTable;
import java.util.Locale;

/**
 * The 26 operations the fake serves, named by API and the spec's operationId ({@code TRACK_CREATE_CLIENT} is
 * Track's {@code createClient}). Faults can target one ({@code fake.faults().failNext(TogglOperation.TRACK_CREATE_CLIENT,
 * 1, 500)}) and every {@link ReceivedRequest} says which one it was. Method and path template come from the
 * operation table generated from spec/; a constant the spec does not have fails when this class loads.
 */
public enum TogglOperation {
  TRACK_LIST_CLIENTS,
  TRACK_CREATE_CLIENT,
  TRACK_GET_CLIENT,
  TRACK_UPDATE_CLIENT,
  TRACK_DELETE_CLIENT,
  TRACK_ARCHIVE_CLIENT,
  TRACK_RESTORE_CLIENT,
  TRACK_LIST_PROJECTS,
  TRACK_CREATE_PROJECT,
  TRACK_GET_PROJECT,
  TRACK_UPDATE_PROJECT,
  TRACK_DELETE_PROJECT,
  TRACK_PATCH_PROJECTS,
  TRACK_LIST_PROJECT_USERS,
  TRACK_CREATE_PROJECT_USER,
  TRACK_UPDATE_PROJECT_USER,
  TRACK_DELETE_PROJECT_USER,
  TRACK_PATCH_PROJECT_USERS,
  TRACK_GET_ME,
  TRACK_LIST_MY_WORKSPACES,
  FOCUS_LIST_CLIENTS,
  FOCUS_CREATE_CLIENT,
  FOCUS_GET_CLIENT,
  FOCUS_UPDATE_CLIENT,
  FOCUS_DELETE_CLIENT,
  FOCUS_RESTORE_CLIENT;

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

  TogglOperation() {
    // TRACK_LIST_PROJECT_USERS -> Api.TRACK, listProjectUsers
    String[] words = name().toLowerCase(Locale.ROOT).split("_");
    this.api = Api.valueOf(words[0].toUpperCase(Locale.ROOT));
    StringBuilder id = new StringBuilder(words[1]);
    for (int i = 2; i < words.length; i++) {
      id.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    this.operationId = id.toString();
    OperationTable.Row row = OperationTable.row(api, operationId);
    this.method = row.method;
    this.pathTemplate = row.path;
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
