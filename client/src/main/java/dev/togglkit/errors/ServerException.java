package dev.togglkit.errors;

/** HTTP 5xx: Toggl failed. Idempotent requests (GET, PUT, DELETE) on 502, 503 and 504 have already been retried within the {@link dev.togglkit.RetryPolicy} budget; a POST or PATCH never is. */
public class ServerException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  ServerException(ErrorDetails details) {
    super(details, "");
  }
}
