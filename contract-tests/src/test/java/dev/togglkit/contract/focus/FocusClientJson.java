package dev.togglkit.contract.focus;

import static dev.togglkit.contract.PactClients.RFC3339;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import java.time.OffsetDateTime;

/**
 * The Focus client object as the Focus client pacts expect it in responses. Type matchers where a
 * provider's values differ from these examples; the error bodies are in {@link FocusErrors}.
 */
final class FocusClientJson {

  static final long WORKSPACE = 1234567L;
  static final long CLIENT = 3456789L;
  static final long USER = 5123456L;
  static final String CREATED_AT = "2025-01-10T09:30:00Z";
  static final String UPDATED_AT = "2025-01-11T10:00:00Z";

  private FocusClientJson() {
  }

  static OffsetDateTime createdAt() {
    return OffsetDateTime.parse(CREATED_AT);
  }

  /** A new JSON object holding active client {@link #CLIENT} of workspace {@link #WORKSPACE}. */
  static PactDslJsonBody client(String name) {
    return clientFields(new PactDslJsonBody(), name);
  }

  /**
   * Adds the fields of an active client to {@code body} (a fresh object or an array's item template);
   * {@code deleted_at} is null while a client is active, so the pact records that the client accepts it.
   */
  static PactDslJsonBody clientFields(PactDslJsonBody body, String name) {
    return body
        .integerType("id", CLIENT)
        .stringType("name", name)
        .booleanType("active", true)
        .integerType("workspace_id", WORKSPACE)
        .integerType("toggl_user_id", USER)
        .stringMatcher("created_at", RFC3339, CREATED_AT)
        .stringMatcher("updated_at", RFC3339, UPDATED_AT)
        .nullValue("deleted_at");
  }
}
