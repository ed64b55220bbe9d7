package dev.togglkit.contract.track;

/**
 * The ids the Track pacts share: provider states name them ("workspace 1234567 has client 3456789"),
 * so every class must use the same ones.
 */
final class TrackIds {

  static final long WORKSPACE = 1234567L;
  static final long CLIENT = 3456789L;
  static final long PROJECT = 202700150L;
  static final long OTHER_PROJECT = 204301830L;

  private TrackIds() {
  }
}
