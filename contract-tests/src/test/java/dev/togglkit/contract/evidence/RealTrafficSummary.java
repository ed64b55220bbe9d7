package dev.togglkit.contract.evidence;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the {@code real traffic: ...} line when the test plan ends. Printed from inside the test, the line went
 * to whichever test surefire believed was running on that thread: with test classes running side by side it once
 * landed in a Pact test's report and never reached the build log. The listener prints after every test is done.
 */
public final class RealTrafficSummary implements TestExecutionListener {

  private static final AtomicReference<String> LINE = new AtomicReference<>();

  /** The summary of the recorded answers, printed when the plan ends. */
  static void record(String line) {
    LINE.set(line);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    String line = LINE.getAndSet(null);
    if (line != null) {
      System.out.println(line);
    }
  }
}
