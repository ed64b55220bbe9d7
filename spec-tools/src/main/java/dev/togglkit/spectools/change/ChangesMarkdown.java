package dev.togglkit.spectools.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CHANGES.md: the changes grouped by class, each change once with the operations it touches. */
public final class ChangesMarkdown {

  private ChangesMarkdown() {
  }

  public static String render(String baseline, List<SpecChange> changes, Verdict verdict) {
    StringBuilder md = new StringBuilder();
    md.append("## Unreleased — spec changes since ").append(baseline).append("\n\n");
    md.append("Semver verdict: ").append(verdict.text()).append(".\n\n");
    if (changes.isEmpty()) {
      md.append("No API changes.\n");
      return md.toString();
    }
    for (ChangeClass c : ChangeClass.values()) {
      Map<String, List<String>> grouped = group(changes, c);
      if (grouped.isEmpty()) {
        continue;
      }
      md.append("### ").append(heading(c)).append(" (").append(grouped.size()).append(")\n\n");
      grouped.forEach((what, ops) -> md.append("- ").append(what).append(" — ").append(String.join(", ", ops))
          .append('\n'));
      md.append('\n');
    }
    return md.toString();
  }

  /** Distinct changes (document + description), each with the operations it appears in. */
  public static Map<String, List<String>> group(List<SpecChange> changes, ChangeClass c) {
    Map<String, List<String>> grouped = new LinkedHashMap<>();
    for (SpecChange change : changes) {
      if (change.changeClass() == c) {
        grouped.computeIfAbsent(change.document() + ": " + change.description(), k -> new java.util.ArrayList<>())
            .add("`" + change.operation() + "`");
      }
    }
    return grouped;
  }

  private static String heading(ChangeClass c) {
    return switch (c) {
      case WIRE_BREAKING -> "Breaking on the wire";
      case JAVA_BREAKING -> "Breaking in Java";
      case ADDITIVE -> "Added";
    };
  }
}
