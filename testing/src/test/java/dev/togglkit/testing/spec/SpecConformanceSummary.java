package dev.togglkit.testing.spec;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints the fake's spec-validation line once all tests have run. */
public final class SpecConformanceSummary implements TestExecutionListener {

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    SpecConformance spec = SpecConformance.get();
    System.out.println("TogglFake spec validation: " + spec.checked() + " responses checked, "
        + spec.findings().size() + " findings (" + spec.skipped()
        + " answers outside the spec by design: 401/402/429/5xx the operation does not document, dropped, unknown paths, "
        + spec.invalidRequests() + " 400s to requests sent against the spec on purpose)");
  }
}
