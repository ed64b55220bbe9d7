package dev.togglkit.errors;

import java.util.Optional;

/**
 * HTTP 3xx that togglkit did not follow. A POST or PATCH is never sent a second time, so a
 * redirect of one (including 307 and 308, which ask for the same request at another URL) ends
 * here with the {@link #location()} it named; whether to send it there is the caller's decision.
 * A GET, PUT or DELETE is redirected by OkHttp unless its client was built with
 * {@code followRedirects(false)}, or the target is not an HTTP URL; then it ends here too.
 */
public class RedirectException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  RedirectException(ErrorDetails details) {
    super(details, details.header("Location")
        .map(location -> "; redirected to " + location + ", not followed")
        .orElse("; no Location header"));
  }

  /** The {@code Location} header as received (credentials masked); empty when absent. */
  public Optional<String> location() {
    return details().header("Location");
  }
}
