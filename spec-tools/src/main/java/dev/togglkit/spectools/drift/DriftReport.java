package dev.togglkit.spectools.drift;

import dev.togglkit.spectools.CurationLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The Markdown report of a drift check: drift first, then what CURATION.md explains, then uncovered operations. */
public final class DriftReport {

  private DriftReport() {
  }

  public static String markdown(DriftResult result, String upstream, String spec, CurationLog curation) {
    StringBuilder md = new StringBuilder();
    md.append("# Upstream drift\n\n");
    md.append("- Upstream: `").append(upstream).append("`\n");
    md.append("- Spec: `").append(spec).append("`\n");
    md.append("- Result: ").append(result.summaryLine()).append("\n\n");
    md.append("A difference is **curated** when the spec element carries `x-togglkit-curation` naming a CURATION.md ")
        .append("entry (for something only upstream has: the parent element's entry names it); otherwise it is ")
        .append("**drift**.\n\n");

    List<Difference> drift = result.drift();
    md.append("## Drift (").append(drift.size()).append(")\n\n");
    if (drift.isEmpty()) {
      md.append("None.\n\n");
    } else {
      table(md, drift, true);
    }

    List<Difference> curated = result.curated();
    md.append("## Curated (").append(curated.size()).append(")\n\n");
    if (curated.isEmpty()) {
      md.append("None.\n\n");
    } else {
      table(md, curated, false);
      md.append("Entries used:\n\n");
      TreeSet<String> used = new TreeSet<>();
      curated.forEach(d -> used.addAll(d.entries()));
      used.forEach(id -> md.append("- ").append(curation.title(id)).append('\n'));
      md.append('\n');
    }

    md.append("## Upstream operations on the same resources, not in the spec (").append(result.uncovered().size())
        .append(")\n\n");
    if (result.uncovered().isEmpty()) {
      md.append("None.\n");
    } else {
      for (OperationShape op : result.uncovered()) {
        md.append("- `").append(op.method()).append(' ').append(op.path()).append('`');
        if (op.operationId() != null) {
          md.append(" (").append(op.operationId()).append(')');
        }
        md.append('\n');
      }
    }
    return md.toString();
  }

  /** One row per distinct difference; a model shared by several operations shows up once, naming them all. */
  private static void table(StringBuilder md, List<Difference> differences, boolean drift) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Difference d : differences) {
      String last;
      if (drift) {
        last = d.unknown().isEmpty() ? "" : "marker names no entry: " + String.join(", ", new TreeSet<>(d.unknown()));
      } else {
        last = String.join(", ", new TreeSet<>(d.entries()));
      }
      String row = " | " + cell(d.element()) + " | " + d.kind().label() + " | " + cell(d.upstream()) + " | "
          + cell(d.ours()) + " | " + last + " |";
      rows.computeIfAbsent(row, k -> new ArrayList<>()).add(cell(d.operation()));
    }
    md.append("| operations | element | difference | upstream | ours | ").append(drift ? "note" : "entries")
        .append(" |\n|---|---|---|---|---|---|\n");
    rows.forEach((row, operations) -> md.append("| ").append(String.join("<br>", operations)).append(row).append('\n'));
    md.append('\n');
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
