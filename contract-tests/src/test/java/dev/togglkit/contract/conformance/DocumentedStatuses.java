package dev.togglkit.contract.conformance;

import dev.togglkit.testing.TogglOperation.Api;
import dev.togglkit.testing.internal.OperationTable;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * togglkit's operations and their documented statuses, as the operation table generated from spec/ into the client
 * jar lists them ({@code META-INF/togglkit/operations/<document>.json}): one pair
 * {@code document folder,operationId,status} per (operation, status) the spec documents. Every count and
 * operationId set the tests and READMEs state is derived from it; there is no hand-written list to keep in step.
 */
public final class DocumentedStatuses {

  /** Where the pairs come from, for messages. */
  public static final String SOURCE = "the generated operation table (META-INF/togglkit/operations/)";

  private static final Map<Api, String> FOLDERS = Map.of(Api.TRACK, "track-v9", Api.FOCUS, "focus");

  private final Set<String> pairs;

  private DocumentedStatuses(Set<String> pairs) {
    this.pairs = pairs;
  }

  /** Reads the table. */
  public static DocumentedStatuses read() {
    Set<String> pairs = new TreeSet<>();
    for (Api api : Api.values()) {
      for (OperationTable.Row row : OperationTable.rows(api)) {
        row.statuses.keySet().forEach(status -> pairs.add(FOLDERS.get(api) + "," + row.operationId + "," + status));
      }
    }
    return new DocumentedStatuses(pairs);
  }

  /** Every pair as {@code document,operationId,status}. */
  public Set<String> pairs() {
    return pairs;
  }

  /** The operationIds of one document (folder under spec/, e.g. {@code track-v9}). */
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
