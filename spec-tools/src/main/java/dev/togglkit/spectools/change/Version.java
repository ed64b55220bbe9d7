package dev.togglkit.spectools.change;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code major.minor.patch} version, as in the pom ({@code -SNAPSHOT} and other qualifiers ignored). */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

  private static final Pattern FORM = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)(?:[-.].*)?$");

  public static Version parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("version '" + text + "' is not major.minor.patch");
    }
    return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /** The smallest version a release with changes of this class needs; 0.x bumps minor for breaking changes. */
  public Version next(ChangeClass worst) {
    if (worst == null) {
      return this;
    }
    if (worst.breaking()) {
      return major == 0 ? new Version(0, minor + 1, 0) : new Version(major + 1, 0, 0);
    }
    return major == 0 ? new Version(0, minor, patch + 1) : new Version(major, minor + 1, 0);
  }

  @Override
  public int compareTo(Version other) {
    if (major != other.major) {
      return Integer.compare(major, other.major);
    }
    if (minor != other.minor) {
      return Integer.compare(minor, other.minor);
    }
    return Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
