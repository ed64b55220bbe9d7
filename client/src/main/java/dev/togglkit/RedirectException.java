package dev.togglkit;

import org.jspecify.annotations.Nullable;
/**
 * HTTP 3xx that togglkit did not follow. A POST or PATCH is never sent a second time, so a
 * redirect of one (including 307 and 308, which ask for the same request at another URL) ends
 * here with the {@link #location()} it named; whether to send it there is the caller's decision.
 * A GET, PUT or DELETE is redirected by OkHttp unless its client was built with
 * {@code followRedirects(false)}, or the target is not an HTTP URL; then it ends here too.
 */
public class RedirectException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String location;

  /**
   * See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)};
   * {@code location} is the {@code Location} header (credentials masked), or null when absent.
   */
  public RedirectException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String bodySnippet, @Nullable String location) {
    super(operation, method, path, statusCode, errorMessage, requestId, bodySnippet);
    this.location = location;
  }

  @Override
  public String getMessage() {
    return super.getMessage() + (location == null
        ? "; no Location header"
        : "; redirected to " + location + ", not followed");
  }

  /** The {@code Location} header as received (credentials masked), or null when absent. */
  public @Nullable String location() {
    return location;
  }
}
