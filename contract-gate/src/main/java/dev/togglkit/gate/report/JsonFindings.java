package dev.togglkit.gate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.togglkit.gate.Finding;
import dev.togglkit.gate.GateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --format json}: one JSON object per line per finding (README lists the fields), then one summary
 * object, for CI tools.
 */
public final class JsonFindings {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFindings() {
  }

  public static List<String> lines(GateResult result) {
    List<String> lines = new ArrayList<>();
    List<Finding> findings = result.allFindings();
    for (Finding finding : findings) {
      ObjectNode node = JSON.createObjectNode();
      node.put("type", "finding");
      node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
      node.put("kind", finding.kind().name());
      node.put("code", finding.code());
      node.put("pactFile", finding.pactFile());
      if (finding.interactionIndex() >= 0) {
        node.put("interactionIndex", finding.interactionIndex());
      } else {
        node.putNull("interactionIndex");
      }
      node.put("interaction", finding.interaction());
      node.put("provider", finding.provider());
      node.put("operation", finding.operationId());
      node.put("location", finding.location());
      node.put("specLocation", finding.specLocation());
      node.put("message", finding.message());
      lines.add(node.toString());
    }
    ObjectNode summary = JSON.createObjectNode();
    summary.put("type", "summary");
    summary.put("passed", result.passed());
    summary.put("policy", result.policy().label());
    summary.put("pactFiles", result.pactFiles());
    summary.put("interactions", result.interactions());
    // Every error line above, missing coverage included (as the Maven plugin counts them).
    summary.put("errors", findings.stream().filter(Finding::isError).count());
    summary.put("warnings", findings.stream().filter(finding -> !finding.isError()).count());
    summary.put("skippedInteractions", result.skippedInteractions());
    summary.put("skippedPacts", result.skippedPacts());
    summary.put("summary", result.summaryLine());
    lines.add(summary.toString());
    return lines;
  }
}
