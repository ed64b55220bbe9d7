package dev.togglkit.testing.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/** A Toggl account the fake knows: its id and every credential that authenticates as it. */
public final class FakeUser {

  public final long id;
  public final String email;
  public final String password;
  public final Set<String> apiTokens = new LinkedHashSet<>();
  public final Set<String> focusApiKeys = new LinkedHashSet<>();

  public FakeUser(long id, String email, String password) {
    this.id = id;
    this.email = email;
    this.password = password;
  }
}
