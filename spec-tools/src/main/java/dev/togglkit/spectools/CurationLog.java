package dev.togglkit.spectools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of spec/CURATION.md: each {@code ## C-nn title} heading and the text up to the next heading.
 * The drift check needs the text too: a departure where our spec has no element to carry a marker (a field
 * Toggl's Swagger has and we leave out) is curated only when an entry on the parent element names it.
 */
public final class CurationLog {

  private static final Pattern HEADING = Pattern.compile("(?m)^## (C-\\d{2})\\b.*$");

  private final Map<String, String> entries;

  private CurationLog(Map<String, String> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** Reads a curation file; fails naming the file when it cannot be read or defines an entry twice. */
  public static CurationLog read(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read curation file " + file, e);
    }
  }

  static CurationLog parse(String text, String source) {
    Map<String, String> entries = new LinkedHashMap<>();
    Matcher m = HEADING.matcher(text);
    String id = null;
    int start = 0;
    while (m.find()) {
      if (id != null) {
        entries.put(id, text.substring(start, m.start()));
      }
      id = m.group(1);
      if (entries.containsKey(id)) {
        throw new IllegalStateException(source + " defines " + id + " twice");
      }
      start = m.start();
    }
    if (id != null) {
      entries.put(id, text.substring(start));
    }
    return new CurationLog(entries);
  }

  public boolean has(String id) {
    return entries.containsKey(id);
  }

  public int size() {
    return entries.size();
  }

  /** The entry's title line without the {@code ## } prefix, e.g. {@code C-01 GET projects: ...}. */
  public String title(String id) {
    String text = entries.get(id);
    if (text == null) {
      return id;
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).substring(3).trim();
  }

  /** Whether the entry's text names {@code word} (e.g. a field or parameter name, or a status code). */
  public boolean mentions(String id, String word) {
    String text = entries.get(id);
    return text != null && Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word) + "(?![A-Za-z0-9_])")
        .matcher(text).find();
  }
}
