package dev.togglkit.gate.report;

import dev.togglkit.gate.DocumentedOperation;
import dev.togglkit.gate.Finding;
import dev.togglkit.gate.GateResult;
import dev.togglkit.gate.SpecStatusCoverage;
import java.util.List;

/** report.md: the operations × statuses matrix per provider, then every finding. */
final class MarkdownReport {

  private MarkdownReport() {
  }

  static String render(GateResult result) {
    StringBuilder md = new StringBuilder();
    md.append("# Contract gate report\n\n");
    md.append("`").append(result.summaryLine()).append("`\n\n");
    md.append("Pact files: ").append(result.pactFiles())
        .append(", interactions: ").append(result.interactions()).append(".\n\n");
    md.append("Cells: **covered** = a pact interaction exercises the documented status; **missing** = "
        + "documented, no interaction; **not documented, but exercised** = an interaction uses a status "
        + "the spec does not document; empty = neither.\n");
    SpecStatusCoverage coverage = result.coverage();
    for (String provider : providers(coverage)) {
      List<String> statuses = coverage.statusColumns(provider);
      md.append("\n## ").append(provider).append("\n\n| operation | method and path |");
      statuses.forEach(status -> md.append(' ').append(status).append(" |"));
      md.append("\n|---|---|");
      statuses.forEach(status -> md.append("---|"));
      md.append('\n');
      for (DocumentedOperation operation : coverage.operations()) {
        if (!operation.provider().equals(provider)) {
          continue;
        }
        md.append("| ").append(operation.operationId()).append(" | `").append(operation.method()).append(' ')
            .append(operation.path()).append("` |");
        statuses.forEach(status -> md.append(' ')
            .append(coverage.cell(operation, status).label()).append(" |"));
        md.append('\n');
      }
    }
    List<Finding> findings = result.allFindings();
    md.append("\n## Findings (").append(findings.size()).append(")\n\n");
    if (findings.isEmpty()) {
      md.append("None.\n");
    }
    for (Finding finding : findings) {
      md.append("- **").append(finding.kind()).append("** ").append(finding.provider()).append(' ')
          .append(finding.operationId()).append(" `").append(escape(finding.location())).append("`: ")
          .append(escape(finding.message())).append(" (pact `").append(finding.pactFile())
          .append("`, interaction '").append(escape(finding.interaction())).append("')\n");
    }
    return md.toString();
  }

  static List<String> providers(SpecStatusCoverage coverage) {
    return coverage.operations().stream().map(DocumentedOperation::provider).distinct().toList();
  }

  /** Keeps a message from breaking the Markdown around it. */
  private static String escape(String text) {
    return text.replace("`", "'").replace("\n", " ").replace("|", "\\|");
  }
}
