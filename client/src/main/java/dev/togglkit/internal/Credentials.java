package dev.togglkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * The secret a client authenticates with, already turned into its {@code Authorization} header.
 * Checked when created, so a missing token fails before any request, and never printed:
 * {@link #toString()} shows only which kind it is.
 */
public final class Credentials {

  private final String kind;
  private final String authorization;
  private final List<String> secrets;

  private Credentials(String kind, String authorization, String... secrets) {
    this.kind = kind;
    this.authorization = authorization;
    this.secrets = Collections.unmodifiableList(Arrays.asList(secrets));
  }

  /** Track API token: HTTP Basic with the token as user and the literal {@code api_token} as password. */
  public static Credentials apiToken(String token) {
    String checked = required("apiToken", token).trim();
    String pair = checked + ":api_token";
    return new Credentials("apiToken", "Basic " + base64(pair), checked, pair, base64(pair));
  }

  /** HTTP Basic with a Toggl account's email and password. */
  public static Credentials emailAndPassword(String email, String password) {
    String checkedEmail = required("email", email).trim();
    if (checkedEmail.indexOf(':') >= 0) {
      throw new IllegalArgumentException("email must not contain ':' (HTTP Basic cannot carry it)");
    }
    String checkedPassword = required("password", password);
    String pair = checkedEmail + ":" + checkedPassword;
    return new Credentials("email+password", "Basic " + base64(pair),
        checkedPassword, pair, base64(pair));
  }

  /** An API key sent as {@code Authorization: Bearer <key>} (Toggl Focus). */
  public static Credentials bearer(String name, String key) {
    String checked = required(name, key).trim();
    return new Credentials(name, "Bearer " + checked, checked);
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

  private static String base64(String pair) {
    return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** The value of the {@code Authorization} header. Secret: never log it. */
  public String authorizationHeader() {
    return authorization;
  }

  /**
   * Every secret value these credentials put on the wire, as sent: the token, password or key,
   * the {@code user:password} pair and its Base64. The {@code Authorization} value contains the
   * last one, so scrubbing these covers it. Secret: only {@link Secrets} may read them.
   */
  List<String> secretValues() {
    return secrets;
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
