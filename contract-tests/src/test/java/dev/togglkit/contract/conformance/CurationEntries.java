package dev.togglkit.contract.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The entry ids spec/CURATION.md defines: every heading of the form {@code ## C-nn ...}. */
public final class CurationEntries {

  private static final Pattern HEADING = Pattern.compile("(?m)^## (C-\\d{2})\\b");

  private CurationEntries() {
  }

  /** The entries of spec/CURATION.md. */
  public static Set<String> ofSpec() {
    return read(SpecDocuments.specDir().resolve("CURATION.md"));
  }

  /** The entries of any curation file; fails naming the file when it cannot be read. */
  public static Set<String> read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read curation file " + file, e);
    }
    Set<String> entries = new TreeSet<>();
    Matcher m = HEADING.matcher(text);
    while (m.find()) {
      if (!entries.add(m.group(1))) {
        throw new IllegalStateException(file + " defines " + m.group(1) + " twice");
      }
    }
    return entries;
  }
}
