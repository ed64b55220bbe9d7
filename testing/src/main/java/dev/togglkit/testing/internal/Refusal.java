package dev.togglkit.testing.internal;

/**
 * A handler's early answer: thrown by the {@link Call} helpers that check a workspace, a permission or that a
 * record exists, and turned into its response by the server. One line per check in the handlers instead of the
 * same three-line preamble in each.
 */
public final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient FakeResponse response;

  Refusal(FakeResponse response) {
    super(null, null, false, false);
    this.response = response;
  }

  public FakeResponse response() {
    return response;
  }
}
