package dev.togglkit;

/** HTTP 404: the workspace, client or project does not exist, or is not visible to these credentials. */
public class NotFoundException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)}. */
  public NotFoundException(String operation, String method, String path, int statusCode,
      String errorMessage, String requestId, String body) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
  }
}
