package dev.togglkit.testing.internal;

/** Tunables of the fake that are Toggl's numbers rather than test choices. */
public final class FakeSettings {

  /**
   * The longest client name Track accepts. The docs leave {@code {max_client_length}} unfilled;
   * 100 is an assumption (see README "What TogglFake does not model"), settable per fake.
   */
  public final int maxClientNameLength;

  /** Whether requests are checked against the spec ({@link RequestValidation}); off with {@code lenientRequests()}. */
  public final boolean validateRequests;

  public FakeSettings(int maxClientNameLength, boolean validateRequests) {
    this.maxClientNameLength = maxClientNameLength;
    this.validateRequests = validateRequests;
  }
}
