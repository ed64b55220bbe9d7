package dev.togglkit.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error messages read from the spec the fake serves (the copy inside togglkit-client,
 * {@code META-INF/togglkit/spec/}), so a message the spec documents is written once, in spec/.
 *
 * <p>Reads the first {@code value:} of a shared response file's {@code examples}; those files give each example
 * as a one-line plain scalar (spec/README.md), which is all this needs to understand of YAML.
 */
final class SpecExamples {

  private static final String SPEC_ROOT = "META-INF/togglkit/spec/";
  private static final Pattern FIRST_VALUE = Pattern.compile("(?m)^\\s+value:\\s*(.+?)\\s*$");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private SpecExamples() {
  }

  /** The first example message of {@code document/responses/<response>.yaml}, e.g. track-v9, PremiumFeatureRequired. */
  static String message(String document, String response) {
    return CACHE.computeIfAbsent(document + "/responses/" + response + ".yaml", SpecExamples::read);
  }

  private static String read(String file) {
    String resource = SPEC_ROOT + file;
    try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the spec inside togglkit-client has no " + resource);
      }
      Matcher value = FIRST_VALUE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!value.find()) {
        throw new IllegalStateException(resource + " has no example 'value:' line");
      }
      String text = value.group(1);
      boolean quoted = text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'"))
          && text.endsWith(text.substring(0, 1));
      return quoted ? text.substring(1, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
