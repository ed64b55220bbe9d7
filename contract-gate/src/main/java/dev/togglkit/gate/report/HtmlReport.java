package dev.togglkit.gate.report;

import dev.togglkit.gate.DocumentedOperation;
import dev.togglkit.gate.Finding;
import dev.togglkit.gate.GateResult;
import dev.togglkit.gate.SpecStatusCoverage;
import java.util.List;

/** index.html: the same content as report.md, as one self-contained page. */
final class HtmlReport {

  private HtmlReport() {
  }

  static String render(GateResult result) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>togglkit contract gate</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}")
        .append("td,th{border:1px solid #999;padding:.3em .6em;text-align:left}")
        .append(".covered{background:#cfc}.missing{background:#fcc}.undocumented{background:#fc9}")
        .append("code{font-size:.95em}\n</style>\n</head>\n<body>\n")
        .append("<h1>Contract gate report</h1>\n<p><code>").append(escape(result.summaryLine()))
        .append("</code></p>\n<p>Pact files: ").append(result.pactFiles())
        .append(", interactions: ").append(result.interactions()).append(".</p>\n");
    SpecStatusCoverage coverage = result.coverage();
    for (String provider : MarkdownReport.providers(coverage)) {
      List<String> statuses = coverage.statusColumns(provider);
      html.append("<h2>").append(escape(provider)).append("</h2>\n<table>\n<tr><th>operation</th>")
          .append("<th>method and path</th>");
      statuses.forEach(status -> html.append("<th>").append(escape(status)).append("</th>"));
      html.append("</tr>\n");
      for (DocumentedOperation operation : coverage.operations()) {
        if (!operation.provider().equals(provider)) {
          continue;
        }
        html.append("<tr><td>").append(escape(operation.operationId())).append("</td><td><code>")
            .append(escape(operation.method() + " " + operation.path())).append("</code></td>");
        for (String status : statuses) {
          SpecStatusCoverage.Cell cell = coverage.cell(operation, status);
          html.append("<td class=\"").append(cell.name().toLowerCase(java.util.Locale.ROOT)).append("\">")
              .append(escape(cell.label())).append("</td>");
        }
        html.append("</tr>\n");
      }
      html.append("</table>\n");
    }
    List<Finding> findings = result.allFindings();
    html.append("<h2>Findings (").append(findings.size()).append(")</h2>\n");
    if (findings.isEmpty()) {
      html.append("<p>None.</p>\n");
    } else {
      html.append("<table>\n<tr><th>kind</th><th>provider</th><th>operation</th><th>location</th>")
          .append("<th>message</th><th>pact file</th><th>interaction</th></tr>\n");
      for (Finding finding : findings) {
        html.append("<tr>");
        for (String cell : List.of(finding.kind().name(), finding.provider(), finding.operationId(),
            finding.location(), finding.message(), finding.pactFile(), finding.interaction())) {
          html.append("<td>").append(escape(cell)).append("</td>");
        }
        html.append("</tr>\n");
      }
      html.append("</table>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
