package dev.togglkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * {@code togglkit/<version>}, the version coming from a resource Maven fills in at build time, after
 * the application's own product token when the builder was given {@code appInfo(name, version)}.
 */
public final class UserAgent {

  static final String RESOURCE = "/dev/togglkit/togglkit.properties";
  static final String UNKNOWN_VERSION = "dev";

  private static final String VALUE = "togglkit/" + loadVersion();

  private UserAgent() {}

  /** The User-Agent header value, e.g. {@code togglkit/0.1.0}. */
  public static String value() {
    return VALUE;
  }

  /**
   * {@code <name>/<version> togglkit/<togglkit's version>}: the application's product token
   * first, as RFC 9110 orders them (most significant first).
   *
   * @throws IllegalArgumentException naming the argument when it is not a token
   */
  public static String withApplication(String name, String version) {
    return token("appInfo name", name) + "/" + token("appInfo version", version) + " " + VALUE;
  }

  /**
   * An RFC 9110 token: visible ASCII except the separators; no spaces, no control characters. Also
   * checks the names of extra headers ({@code RequestOptions.Builder.header}).
   *
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code what} when {@code value} is null, empty or not a token
   */
  public static String token(String what, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be null or empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(what + " must be a token (visible ASCII, no spaces or"
            + " separators such as / ( ) ; :), found " + describe(c) + " at index " + i);
      }
    }
    return value;
  }

  private static String describe(char c) {
    return c > ' ' && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }

  static String loadVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return UNKNOWN_VERSION;
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").trim();
      // An unfiltered resource (e.g. run from an IDE without Maven) still holds the placeholder.
      return version.isEmpty() || version.contains("${") ? UNKNOWN_VERSION : version;
    } catch (IOException unreadable) {
      // The version only decorates the User-Agent; a client must not fail to start over it.
      return UNKNOWN_VERSION;
    }
  }
}
