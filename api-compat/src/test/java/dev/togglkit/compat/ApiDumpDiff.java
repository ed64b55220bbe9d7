package dev.togglkit.compat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What changed between a committed API dump and the API the build produced, as {@code +}/{@code -} lines. */
final class ApiDumpDiff {

  final List<String> added;
  final List<String> removed;

  private ApiDumpDiff(List<String> added, List<String> removed) {
    this.added = added;
    this.removed = removed;
  }

  static ApiDumpDiff between(List<String> committed, List<String> actual) {
    Set<String> before = new LinkedHashSet<>(committed);
    Set<String> after = new LinkedHashSet<>(actual);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    after.stream().filter(line -> !before.contains(line)).forEach(added::add);
    before.stream().filter(line -> !after.contains(line)).forEach(removed::add);
    return new ApiDumpDiff(added, removed);
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }

  /** {@code - removed line} then {@code + added line}, one per line, at most {@code limit} of them. */
  String describe(int limit) {
    List<String> lines = new ArrayList<>();
    removed.forEach(line -> lines.add("- " + line));
    added.forEach(line -> lines.add("+ " + line));
    StringBuilder text = new StringBuilder();
    lines.stream().limit(limit).forEach(line -> text.append("\n  ").append(line));
    if (lines.size() > limit) {
      text.append("\n  ... and ").append(lines.size() - limit).append(" more");
    }
    return text.toString();
  }
}
