package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation.Api;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who a request comes from. Track: HTTP Basic with {@code <api_token>:api_token} or
 * {@code <email>:<password>}. Focus: {@code Bearer <api key>}, or Basic email and password.
 */
public final class Authenticator {

  /** The outcome: a user, or why there is none. */
  public static final class Result {
    public final FakeUser user;
    /** True when no credentials came at all (Toggl then adds {@code X-Authorization-Missing: true}). */
    public final boolean missing;

    private Result(FakeUser user, boolean missing) {
      this.user = user;
      this.missing = missing;
    }
  }

  private Authenticator() {
  }

  public static Result authenticate(Api api, String authorization, FakeState state) {
    if (authorization == null || authorization.isBlank()) {
      return new Result(null, true);
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return new Result(null, false);
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return new Result(null, false);
      }
      String name = decoded.substring(0, colon);
      String secret = decoded.substring(colon + 1);
      if (api == Api.TRACK && secret.equals("api_token")) {
        return new Result(state.userByApiToken(name), false);
      }
      return new Result(state.userByEmailAndPassword(name, secret), false);
    }
    if (api == Api.FOCUS && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return new Result(state.userByFocusApiKey(authorization.substring(7).trim()), false);
    }
    return new Result(null, false);
  }
}
