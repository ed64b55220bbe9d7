package dev.togglkit.contract.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.contract.conformance.CurationEntries;
import dev.togglkit.contract.conformance.SpecDocuments;
import dev.togglkit.gate.ApiSpec;
import dev.togglkit.gate.exchange.ExchangeValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reality checks the spec: every real Toggl answer kept under {@code spec/evidence/} must validate strictly against
 * the operation and status it answers, except for the differences listed in {@link #CURATED}, each with the
 * CURATION entry that decided it. A new recording the spec cannot explain fails the build, naming the field or
 * status.
 */
class RealTrafficTest {

  /** Differences the spec keeps on purpose. Each names the CURATION entry that says why. */
  static final List<CuratedDifference> CURATED = List.of(
      // The real API answers the deleted id; documenting it would make deleteProject return Long (Java-breaking).
      new CuratedDifference("deleteProject", 200, "response body not documented", "C-43"));

  private static List<EvidenceRecord> records;
  private static RealTrafficCheck check;

  @BeforeAll
  static void load() {
    records = EvidenceRecord.readAll(SpecDocuments.specDir().resolve("evidence"));
    Map<String, ApiSpec> specs = Map.of(
        SpecDocuments.TRACK_V9.folder(), ApiSpec.load(SpecDocuments.TRACK_V9.root()),
        SpecDocuments.FOCUS.folder(), ApiSpec.load(SpecDocuments.FOCUS.root()));
    Map<String, ExchangeValidator> validators = Map.of(
        SpecDocuments.TRACK_V9.folder(), ExchangeValidator.load(SpecDocuments.TRACK_V9.root()),
        SpecDocuments.FOCUS.folder(), ExchangeValidator.load(SpecDocuments.FOCUS.root()));
    check = new RealTrafficCheck(specs, validators, CURATED);
  }

  @Test
  void everyRecordedAnswerIsExplainedByTheSpec() {
    List<RealTrafficCheck.Finding> findings = check.check(records);
    List<RealTrafficCheck.Finding> unexplained = findings.stream().filter(f -> !f.explained()).toList();
    long sources = records.stream().map(EvidenceRecord::repository).distinct().count();

    RealTrafficSummary.record("real traffic: " + records.size() + " recorded responses from " + sources
        + " sources, " + unexplained.size() + " unexplained");
    assertTrue(unexplained.isEmpty(), () -> "recorded Toggl answers the spec does not explain (document them in "
        + "spec/ or add a CURATION entry and a CuratedDifference):\n  " + unexplained.stream()
        .map(Object::toString).collect(Collectors.joining("\n  ")));
  }

  @Test
  void everyCuratedDifferenceNamesAnEntryAndIsStillNeeded() {
    List<RealTrafficCheck.Finding> findings = check.check(records);
    for (CuratedDifference curated : CURATED) {
      assertTrue(CurationEntries.ofSpec().contains(curated.curationEntry()),
          () -> curated + " names no entry of spec/CURATION.md");
      assertTrue(findings.stream().anyMatch(f -> curated.curationEntry().equals(f.explainedBy())),
          () -> curated + " explains no recorded answer any more: remove it");
    }
  }

  @Test
  void anUnknownFieldInARecordingFailsNamingTheField() {
    EvidenceRecord update = record("updateProject", 200);
    String withInventedField = update.body().strip().replaceFirst("^\\{", "{\"invented_field\":1,");

    List<RealTrafficCheck.Finding> findings = check.check(List.of(update.withBody(withInventedField)));

    assertFalse(findings.isEmpty());
    assertTrue(findings.stream().noneMatch(RealTrafficCheck.Finding::explained));
    assertTrue(findings.stream().anyMatch(f -> f.text().contains("invented_field")), findings::toString);
  }

  @Test
  void anUnknownFieldInsideAListFailsNamingTheField() {
    EvidenceRecord list = record("listClients", 200);
    String withInventedField = list.body().replaceFirst("\\{", "{\"invented_field\":\"x\",");

    List<RealTrafficCheck.Finding> findings = check.check(List.of(list.withBody(withInventedField)));

    assertTrue(findings.stream().anyMatch(f -> f.text().contains("invented_field")), findings::toString);
  }

  @Test
  void anUndocumentedStatusFailsNamingTheStatus() {
    EvidenceRecord premium = record("updateProject", 402);

    List<RealTrafficCheck.Finding> findings = check.check(List.of(premium.withStatus(418)));

    assertEquals(1, findings.size(), findings::toString);
    assertFalse(findings.get(0).explained());
    assertTrue(findings.get(0).text().contains("status 418 is not documented for updateProject"),
        findings::toString);
  }

  @Test
  void aWrongTypeFailsNamingTheField() {
    EvidenceRecord get = record("getProject", 200);
    String idAsString = get.body().replaceFirst("\"id\":(\\d+)", "\"id\":\"$1\"");

    List<RealTrafficCheck.Finding> findings = check.check(List.of(get.withBody(idAsString)));

    assertTrue(findings.stream().anyMatch(f -> f.text().contains("/id")), findings::toString);
  }

  @Test
  void aCuratedDifferenceExplainsOnlyItsOwnOperationAndStatus() {
    EvidenceRecord delete = record("deleteProject", 200);
    List<RealTrafficCheck.Finding> findings = new ArrayList<>(check.check(List.of(delete)));
    assertFalse(findings.isEmpty(), "the recorded delete body differs from the spec (the curated difference)");
    assertTrue(findings.stream().allMatch(RealTrafficCheck.Finding::explained), findings::toString);

    // The same body as deleteProject's 403: the curation names the 200 only, so it explains nothing there.
    List<RealTrafficCheck.Finding> asOtherStatus = check.check(List.of(delete.withStatus(403)));
    assertFalse(asOtherStatus.isEmpty(), "the delete body is not a documented 403 body");
    assertTrue(asOtherStatus.stream().noneMatch(RealTrafficCheck.Finding::explained), asOtherStatus::toString);
  }

  private static EvidenceRecord record(String operation, int status) {
    return records.stream()
        .filter(r -> r.operation().equals(operation) && r.status() == status)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no recording of " + operation + " " + status + " in spec/evidence"));
  }
}
