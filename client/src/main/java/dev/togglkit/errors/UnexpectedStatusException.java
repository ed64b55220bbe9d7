package dev.togglkit.errors;

/** An error status that has no more specific type here (e.g. 405, 409, 410, 422). */
public class UnexpectedStatusException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  UnexpectedStatusException(ErrorDetails details) {
    super(details, "");
  }
}
