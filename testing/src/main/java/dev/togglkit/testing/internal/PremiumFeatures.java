package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation.Api;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a free-plan workspace may not ask for when it creates or updates a project, and the 402 Toggl answers
 * (spec: responses/PremiumFeatureRequired, its example {@code customColor}, read from the operation table;
 * CURATION C-42): a custom colour.
 */
final class PremiumFeatures {

  /**
   * The colours a free plan offers (Toggl's basic project palette). Recorded: {@code #d94182} accepted and
   * {@code #FFFFFF} refused on a free plan (spec/evidence/mcordell-toggl_rb/update-project-*.yaml).
   */
  static final Set<String> FREE_COLOURS = Set.of("#0b83d9", "#9e5bd9", "#d94182", "#e36a00", "#bf7000",
      "#2da608", "#06a893", "#c9806b", "#465bb3", "#990099", "#c7af14", "#566614", "#d92b2b", "#525266");

  private PremiumFeatures() {
  }

  /** The 402 for a premium-only field in {@code body}, or {@code null} when the workspace may have it. */
  static FakeResponse refusal(Workspace ws, Map<String, Object> body) {
    if (ws.premium) {
      return null;
    }
    Object color = body.get("color");
    if (color instanceof String && !FREE_COLOURS.contains(((String) color).toLowerCase(Locale.ROOT))) {
      return TrackErrors.error(402, OperationTable.message(Api.TRACK, "customColor").text);
    }
    return null;
  }
}
