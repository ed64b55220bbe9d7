package dev.togglkit.contract.track;

import static dev.togglkit.contract.track.TrackIds.CLIENT;
import static dev.togglkit.contract.track.TrackIds.WORKSPACE;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import dev.togglkit.contract.PactClients;

/**
 * Response bodies shared by the project and project-user pact tests. Several operations answer with
 * the same Project or ProjectUser shape; building it in one place keeps the matchers (which values
 * are matched by type, which by format) the same in every interaction.
 */
final class ProjectBodies {

  /**
   * An RFC 3339 timestamp as Toggl writes it ({@code 2024-05-16T08:42:10+00:00}), also allowing
   * {@code Z} and fractional seconds: the provider may send any of them, the client must read all.
   * The same format as {@link PactClients#RFC3339}, anchored as these pacts have always written it.
   */
  static final String DATE_TIME = "^" + PactClients.RFC3339 + "$";
  /** A calendar date, {@code 2024-05-01}. */
  static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";
  /** A hex colour, {@code #06aaf5}. */
  static final String COLOR = "^#[0-9a-fA-F]{6}$";

  private ProjectBodies() {
  }

  /**
   * Adds the fields of an active, billable project with a client and a current period to
   * {@code body}; the caller adds or overrides nothing, so what a test asserts is what is here.
   */
  static PactDslJsonBody activeProject(PactDslJsonBody body, long id, String name) {
    return body
        .integerType("id", id)
        .integerType("workspace_id", WORKSPACE)
        .integerType("wid", WORKSPACE)
        .integerType("client_id", CLIENT)
        .integerType("cid", CLIENT)
        .stringType("name", name)
        .booleanType("active", true)
        .stringValue("status", "active")
        .booleanType("billable", true)
        .booleanType("is_private", true)
        .booleanType("template", false)
        .booleanType("recurring", false)
        .booleanType("auto_estimates", false)
        .stringMatcher("color", COLOR, "#06aaf5")
        .stringType("currency", "EUR")
        .integerType("estimated_hours", 40L)
        .integerType("actual_hours", 12L)
        .stringMatcher("created_at", DATE_TIME, "2024-01-02T10:00:00+00:00")
        .stringMatcher("at", DATE_TIME, "2024-05-16T08:42:10+00:00")
        .stringMatcher("rate_last_updated", DATE_TIME, "2024-03-01T00:00:00+00:00")
        .nullValue("server_deleted_at")
        .object("current_period")
          .stringMatcher("start_date", DATE, "2024-05-01")
          .stringMatcher("end_date", DATE, "2024-05-31")
          .closeObject()
        .asBody();
  }

  /** Adds the fields of a project user (a direct member, not through a group) to {@code body}. */
  static PactDslJsonBody projectUser(PactDslJsonBody body, long id, long projectId, long userId,
      boolean manager, double laborCost) {
    return body
        .integerType("id", id)
        .integerType("workspace_id", WORKSPACE)
        .integerType("project_id", projectId)
        .integerType("user_id", userId)
        .booleanValue("manager", manager)
        .decimalType("labor_cost", laborCost)
        .nullValue("group_id")
        .nullValue("gid")
        .stringMatcher("at", DATE_TIME, "2024-05-16T08:42:10+00:00")
        .stringMatcher("rate_last_updated", DATE_TIME, "2024-03-01T00:00:00+00:00");
  }
}
