package dev.togglkit.testing;

import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;

/**
 * The one place that builds togglkit clients for a fake, so a change of the client's builder API
 * touches only this file.
 */
final class FakeClients {

  private FakeClients() {
  }

  static TogglTrack track(TogglFake fake) {
    return TogglTrack.builder().apiToken(fake.apiToken()).baseUrl(fake.trackBaseUrl()).build();
  }

  static TogglFocus focus(TogglFake fake) {
    return TogglFocus.builder().apiKey(fake.focusApiKey()).baseUrl(fake.focusBaseUrl()).build();
  }
}
