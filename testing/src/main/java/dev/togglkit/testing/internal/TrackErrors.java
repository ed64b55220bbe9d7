package dev.togglkit.testing.internal;

/**
 * The response every Track error is: the message as a JSON string. Messages the spec documents come from the
 * operation table ({@link DocumentedErrors}); only answers outside the spec (402, 429, 404 for an unknown path)
 * name their text where they are made.
 */
public final class TrackErrors {

  private TrackErrors() {
  }

  public static FakeResponse error(int status, String message) {
    return FakeResponse.json(status, message);
  }
}
