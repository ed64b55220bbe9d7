package dev.togglkit.errors;

/** HTTP 400: the request was refused as malformed or invalid (a missing field, a name already taken, a bad filter); {@link #errorMessage()} says which. */
public class BadRequestException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ErrorDetails details) {
    super(details, "");
  }
}
