package dev.togglkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The secret a client authenticates with, already turned into its {@code Authorization} header.
 * Checked when created, so a missing token fails before any request, and never printed:
 * {@link #toString()} shows only which kind it is.
 */
public final class Credentials {

  private final String kind;
  private final String authorization;

  private Credentials(String kind, String authorization) {
    this.kind = kind;
    this.authorization = authorization;
  }

  /** Track API token: HTTP Basic with the token as user and the literal {@code api_token} as password. */
  public static Credentials apiToken(String token) {
    String checked = required("apiToken", token).trim();
    return new Credentials("apiToken", basic(checked, "api_token"));
  }

  /** HTTP Basic with a Toggl account's email and password. */
  public static Credentials emailAndPassword(String email, String password) {
    String checkedEmail = required("email", email).trim();
    if (checkedEmail.indexOf(':') >= 0) {
      throw new IllegalArgumentException("email must not contain ':' (HTTP Basic cannot carry it)");
    }
    String checkedPassword = required("password", password);
    return new Credentials("email+password", basic(checkedEmail, checkedPassword));
  }

  /** An API key sent as {@code Authorization: Bearer <key>} (Toggl Focus). */
  public static Credentials bearer(String name, String key) {
    String checked = required(name, key).trim();
    return new Credentials(name, "Bearer " + checked);
  }

  private static String required(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  private static String basic(String user, String password) {
    byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair);
  }

  /** The value of the {@code Authorization} header. Secret: never log it. */
  public String authorizationHeader() {
    return authorization;
  }

  /** Which kind of credentials these are, e.g. {@code apiToken}; safe to print. */
  public String kind() {
    return kind;
  }

  @Override
  public String toString() {
    return "Credentials[" + kind + "=****]";
  }
}
