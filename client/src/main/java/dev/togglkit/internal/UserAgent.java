package dev.togglkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code togglkit/<version>}, the version coming from a resource Maven fills in at build time. */
public final class UserAgent {

  static final String RESOURCE = "/dev/togglkit/togglkit.properties";
  static final String UNKNOWN_VERSION = "dev";

  private static final String VALUE = "togglkit/" + loadVersion();

  private UserAgent() {}

  /** The User-Agent header value, e.g. {@code togglkit/0.1.0}. */
  public static String value() {
    return VALUE;
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
