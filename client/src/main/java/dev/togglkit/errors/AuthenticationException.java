package dev.togglkit.errors;

/** HTTP 401: the credentials are missing, wrong or revoked. Check the API token (or email and password). */
public class AuthenticationException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorDetails details) {
    super(details, "");
  }
}
