package dev.togglkit.testing.internal;

/**
 * Track's documented error messages, exactly as spec/track-v9 gives them, and the response every
 * Track error is: the message as a JSON string.
 */
public final class TrackErrors {

  public static final String FORBIDDEN = "Forbidden";
  public static final String NO_ACCESS = "User does not have access to this resource.";
  public static final String SERVER_ERROR = "Internal Server Error";
  public static final String CLIENT_STATUS_INVALID = "Client status is invalid";
  public static final String CLIENT_NAME_EMPTY = "Client name cannot be empty";
  public static final String CLIENT_NOT_IN_WORKSPACE = "Client doesn't exist in the workspace.";
  public static final String BAD_REQUEST = "Bad Request";
  public static final String USER_DATA_NOT_LOADED = "could not load user data";
  public static final String WORKSPACE_NOT_FOUND = "Workspace not found";
  public static final String TOO_MANY_PROJECT_IDS = "project_ids cannot exceed 200 elements.";
  public static final String INVALID_PROJECT_ID = "Invalid project_id";
  public static final String INVALID_USER_ID = "Invalid user_id";
  public static final String MISSING_DATA = "Missing data";
  public static final String PROJECT_USER_NOT_FOUND = "Project user not found/accessible";
  /** A bulk edit's per-id failure for a project the caller cannot change. */
  public static final String PROJECT_NOT_FOUND = "Project not found/accessible";

  private TrackErrors() {
  }

  /** "No client with ID {client_id} was found". */
  public static String clientNotFound(long clientId) {
    return "No client with ID " + clientId + " was found";
  }

  /** "Client name maximum length is {max_client_length}". */
  public static String clientNameTooLong(int maxLength) {
    return "Client name maximum length is " + maxLength;
  }

  public static FakeResponse error(int status, String message) {
    return FakeResponse.json(status, message);
  }
}
