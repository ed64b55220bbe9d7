package dev.togglkit.contract.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * documented-statuses.csv, the one list of togglkit's operations and their documented statuses: one line
 * {@code document folder,operationId,status} per (operation, status) pair the doc pages document. Every count
 * and operationId set the tests and READMEs state is derived from it; adding an endpoint starts here.
 */
public final class DocumentedStatuses {

  /** Test resource holding the table. */
  public static final String RESOURCE = "/documented-statuses.csv";

  private final Set<String> pairs;

  private DocumentedStatuses(Set<String> pairs) {
    this.pairs = pairs;
  }

  /** Reads the table; fails naming the line for a malformed or duplicate one. */
  public static DocumentedStatuses read() {
    try (InputStream in = DocumentedStatuses.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test class path");
      }
      Set<String> pairs = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (!trimmed.matches("[a-z0-9-]+,[a-z][A-Za-z]+,[1-5][0-9][0-9]")) {
          throw new IllegalStateException(RESOURCE + ": line is not document,operationId,status: " + trimmed);
        }
        if (!pairs.add(trimmed)) {
          throw new IllegalStateException(RESOURCE + ": duplicate line " + trimmed);
        }
      }
      return new DocumentedStatuses(pairs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Every pair as {@code document,operationId,status}. */
  public Set<String> pairs() {
    return pairs;
  }

  /** The operationIds of one document (folder under spec/, e.g. {@code track-v9}), in table order. */
  public Set<String> operationIds(String document) {
    Set<String> ids = new LinkedHashSet<>();
    pairs.stream().map(pair -> pair.split(","))
        .filter(fields -> fields[0].equals(document))
        .forEach(fields -> ids.add(fields[1]));
    return ids;
  }

  /** Operations across all documents (the same operationId in two documents counts twice). */
  public int operationCount() {
    return (int) pairs.stream().map(pair -> pair.substring(0, pair.lastIndexOf(','))).distinct().count();
  }
}
