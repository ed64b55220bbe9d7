package dev.togglkit.errors;

/** HTTP 403: the credentials are valid but may not do this (not an admin of the workspace, say). */
public class ForbiddenException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(ErrorDetails details) {
    super(details, "");
  }
}
