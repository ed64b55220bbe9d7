package dev.togglkit.contract.track;

import static dev.togglkit.contract.PactClients.RFC3339;
import static dev.togglkit.contract.track.TrackIds.CLIENT;
import static dev.togglkit.contract.track.TrackIds.WORKSPACE;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import java.time.OffsetDateTime;

/**
 * The Track client object as the client pacts expect it in responses. Shared by the client pact
 * classes so that every operation that answers with a client promises the same shape; type matchers
 * throughout, because a provider's ids, names and timestamps differ from these examples.
 */
final class TrackClientJson {

  static final long CREATOR = 5123456L;
  static final String NAME = "Acme Corp";
  static final String AT = "2024-05-16T08:42:10+00:00";

  private TrackClientJson() {
  }

  /** {@link #AT} as the client should decode it. */
  static OffsetDateTime at() {
    return OffsetDateTime.parse(AT);
  }

  /** A new JSON object holding an active client {@link TrackIds#CLIENT} of workspace {@link TrackIds#WORKSPACE}. */
  static PactDslJsonBody client(String name) {
    return clientFields(new PactDslJsonBody(), name, false);
  }

  /**
   * Adds the client fields to {@code body} (a fresh object, or the item template of an array).
   * The nullable fields the API leaves empty for a client without an integration are sent as null,
   * so the pact also records that the client tolerates nulls there.
   */
  static PactDslJsonBody clientFields(PactDslJsonBody body, String name, boolean archived) {
    return body
        .integerType("id", CLIENT)
        .integerType("wid", WORKSPACE)
        .stringType("name", name)
        .booleanType("archived", archived)
        .stringMatcher("at", RFC3339, AT)
        .integerType("creator_id", CREATOR)
        .stringType("external_reference", "crm-00042")
        .stringType("notes", "Invoiced quarterly")
        .nullValue("integration_ext_id")
        .nullValue("integration_ext_type")
        .nullValue("integration_provider")
        .eachLike("permissions", PactDslJsonRootValue.stringType("update"), 1)
        .integerType("total_count", 1L);
  }
}
