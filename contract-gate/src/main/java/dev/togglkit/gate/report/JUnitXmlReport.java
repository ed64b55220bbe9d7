package dev.togglkit.gate.report;

import dev.togglkit.gate.DocumentedOperation;
import dev.togglkit.gate.Finding;
import dev.togglkit.gate.GateResult;
import dev.togglkit.gate.PactDocument;
import dev.togglkit.gate.PactInteraction;
import dev.togglkit.gate.SpecStatusCoverage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * TEST-contract-gate.xml: the gate in the JUnit XML format every CI server reads, so findings show up as failed
 * tests. One test case per pact interaction (failed when the validator found an error in it; its warnings in
 * {@code system-out}), one per pact file
 * that had a finding of its own (unreadable, unknown provider), one per spec document with defects no interaction
 * reached (its warnings in {@code system-out}), and one per documented (operation, status) pair:
 * failed when it has no interaction and coverage is required, skipped when coverage is not required.
 */
final class JUnitXmlReport {

  private JUnitXmlReport() {
  }

  private record Case(String className, String name, List<Finding> failures, String skipped,
                      List<Finding> warnings) {
    Case(String className, String name, List<Finding> failures, String skipped) {
      this(className, name, failures, skipped, List.of());
    }
  }

  static String render(GateResult result) {
    Map<String, List<Finding>> byInteraction = group(result.violations());
    Map<String, List<Finding>> warningsByInteraction = group(result.warnings());
    List<Case> cases = new ArrayList<>();
    for (PactDocument pact : result.pacts()) {
      String file = pact.file().getFileName().toString();
      for (PactInteraction interaction : pact.interactions()) {
        String key = file + "\n" + interaction.index();
        List<Finding> failures = byInteraction.remove(key);
        List<Finding> warnings = warningsByInteraction.remove(key);
        cases.add(new Case("pact." + file, "#" + interaction.index() + " " + interaction.description(),
            failures == null ? List.of() : failures, null, warnings == null ? List.of() : warnings));
      }
    }
    // Findings about a whole file (unreadable, unknown provider), about a spec alone (its defects) or not matched
    // to an interaction above.
    Set<String> leftovers = new LinkedHashSet<>(byInteraction.keySet());
    leftovers.addAll(warningsByInteraction.keySet());
    for (String key : leftovers) {
      List<Finding> failures = byInteraction.getOrDefault(key, List.of());
      List<Finding> warnings = warningsByInteraction.getOrDefault(key, List.of());
      Finding first = failures.isEmpty() ? warnings.get(0) : failures.get(0);
      boolean specAlone = first.pactFile().equals("-");
      cases.add(new Case(specAlone ? "spec." + first.provider() : "pact." + first.pactFile(),
          !first.interaction().equals("-") ? first.interaction() : specAlone ? "spec document" : "pact file",
          failures, null, warnings));
    }
    SpecStatusCoverage coverage = result.coverage();
    for (DocumentedOperation operation : coverage.operations()) {
      for (String status : operation.statuses()) {
        boolean missing = coverage.cell(operation, status) == SpecStatusCoverage.Cell.MISSING;
        String name = operation.operationId() + " " + status;
        String className = "coverage." + operation.provider();
        if (!missing) {
          cases.add(new Case(className, name, List.of(), null));
        } else if (result.coverageRequired()) {
          cases.add(new Case(className, name, coverage.missingCoverage().stream()
              .filter(finding -> finding.provider().equals(operation.provider())
                  && finding.operationId().equals(operation.operationId())
                  && finding.location().equals("responses." + status))
              .toList(), null));
        } else {
          cases.add(new Case(className, name, List.of(), "no interaction; coverage not required"));
        }
      }
    }
    long failed = cases.stream().filter(c -> !c.failures().isEmpty()).count();
    long skipped = cases.stream().filter(c -> c.skipped() != null).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"contract gate\" tests=\"").append(cases.size()).append("\" failures=\"")
        .append(failed).append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
    xml.append("  <properties>\n    <property name=\"summary\" value=\"").append(escape(result.summaryLine()))
        .append("\"/>\n  </properties>\n");
    for (Case testCase : cases) {
      xml.append("  <testcase classname=\"").append(escape(testCase.className())).append("\" name=\"")
          .append(escape(testCase.name())).append('"');
      if (testCase.failures().isEmpty() && testCase.skipped() == null && testCase.warnings().isEmpty()) {
        xml.append("/>\n");
        continue;
      }
      xml.append(">\n");
      if (!testCase.warnings().isEmpty()) {
        xml.append("    <system-out>").append(escape(testCase.warnings().stream().map(Finding::describe)
            .collect(Collectors.joining("\n")))).append("</system-out>\n");
      }
      if (testCase.failures().isEmpty() && testCase.skipped() == null) {
        xml.append("  </testcase>\n");
        continue;
      }
      if (testCase.skipped() != null) {
        xml.append("    <skipped message=\"").append(escape(testCase.skipped())).append("\"/>\n");
      } else {
        Finding first = testCase.failures().get(0);
        xml.append("    <failure type=\"").append(first.kind()).append("\" message=\"")
            .append(escape(first.operationId() + " [" + first.location() + "] " + first.message())).append("\">")
            .append(escape(testCase.failures().stream().map(Finding::describe).collect(Collectors.joining("\n"))))
            .append("</failure>\n");
      }
      xml.append("  </testcase>\n");
    }
    return xml.append("</testsuite>\n").toString();
  }

  private static Map<String, List<Finding>> group(List<Finding> findings) {
    Map<String, List<Finding>> byInteraction = new LinkedHashMap<>();
    for (Finding finding : findings) {
      // A finding about a spec alone has no pact file: one group per provider.
      String key = finding.pactFile().equals("-") ? "-\n" + finding.provider()
          : finding.pactFile() + "\n" + finding.interactionIndex();
      byInteraction.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
    }
    return byInteraction;
  }

  /** XML attribute and text escaping; drops the control characters XML 1.0 cannot carry. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("&#10;");
        case '\t', '\r' -> out.append(' ');
        default -> {
          if (c >= 0x20) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
