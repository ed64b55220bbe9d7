package dev.togglkit;

import org.jspecify.annotations.Nullable;
/** HTTP 404: the workspace, client or project does not exist, or is not visible to these credentials. */
public class NotFoundException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String origin;

  /** See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)}. */
  public NotFoundException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body) {
    this(operation, method, path, statusCode, errorMessage, requestId, body, null);
  }

  /**
   * As above, with a note on where the 404 came from when it was not Toggl's API.
   *
   * @param origin e.g. "this 404 did not come from Toggl's API ...", appended to the message; null
   *     for a 404 from Toggl
   */
  public NotFoundException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body, @Nullable String origin) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
    this.origin = origin;
  }

  @Override
  public String getMessage() {
    return origin == null ? super.getMessage() : super.getMessage() + "; " + origin;
  }

  /**
   * False when the 404 did not come from Toggl's API: no {@code X-Toggl-Request-Id} header and a
   * body that is not JSON (a web server's "404 page not found"), which usually means a wrong base
   * URL; the message then says so and names the base URL.
   */
  public boolean isFromToggl() {
    return origin == null;
  }
}
