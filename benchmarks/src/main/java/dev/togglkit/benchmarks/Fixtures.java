package dev.togglkit.benchmarks;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import okio.Buffer;

/**
 * Deterministic response bodies shaped like Toggl's: the same bytes on every run and every
 * machine, so figures from different runs describe the same work. Written with Moshi's
 * {@link JsonWriter} (nulls kept) so they are valid JSON by construction, independent of the
 * adapters under test.
 */
final class Fixtures {

  /** Clients in the list-clients response. */
  static final int CLIENT_COUNT = 100;

  /** Projects in the decoding benchmark's array. */
  static final int PROJECT_COUNT = 10_000;

  static final long WORKSPACE_ID = 1_234_567L;

  private static final OffsetDateTime EPOCH = OffsetDateTime.of(2024, 1, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final String[] STATUSES = {"active", "archived", "upcoming", "ended", "deleted"};
  private static final String[] COLORS = {"#06aaf5", "#c56bff", "#ea468d", "#fb8b14", "#2da608"};

  private Fixtures() {}

  /** A JSON array of {@link #CLIENT_COUNT} clients, as {@code GET workspaces/{id}/clients} answers. */
  static byte[] clientsJson() {
    Buffer out = new Buffer();
    try (JsonWriter json = JsonWriter.of(out)) {
      json.setSerializeNulls(true);
      json.beginArray();
      for (int i = 0; i < CLIENT_COUNT; i++) {
        json.beginObject();
        json.name("id").value(3_456_789L + i);
        json.name("wid").value(WORKSPACE_ID);
        json.name("archived").value(i % 7 == 0);
        json.name("name").value("Client " + i + " GmbH & Co. KG");
        json.name("at").value(timestamp(i, 0));
        json.name("creator_id").value(5_123_456L);
        json.name("external_reference").value(i % 3 == 0 ? "crm-" + i : null);
        json.name("integration_ext_id").nullValue();
        json.name("integration_ext_type").nullValue();
        json.name("integration_provider").nullValue();
        json.name("notes").value(i % 2 == 0 ? "Invoiced quarterly; contact via the portal" : null);
        json.name("permissions").beginArray().value("update").value("delete").endArray();
        json.name("total_count").value(CLIENT_COUNT);
        json.endObject();
      }
      json.endArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to a memory buffer cannot fail", e);
    }
    return out.readByteArray();
  }

  /** A JSON array of {@link #PROJECT_COUNT} projects with every field the spec's Project has. */
  static byte[] projectsJson() {
    Buffer out = new Buffer();
    try (JsonWriter json = JsonWriter.of(out)) {
      json.setSerializeNulls(true);
      json.beginArray();
      for (int i = 0; i < PROJECT_COUNT; i++) {
        writeProject(json, i);
      }
      json.endArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to a memory buffer cannot fail", e);
    }
    return out.readByteArray();
  }

  /**
   * A JSON array of the projects numbered {@code from} to {@code from + count - 1}, the same
   * projects {@link #projectsJson()} writes at those positions: one page of a paged listing.
   */
  static byte[] projectsJson(int from, int count) {
    Buffer out = new Buffer();
    try (JsonWriter json = JsonWriter.of(out)) {
      json.setSerializeNulls(true);
      json.beginArray();
      for (int i = from; i < from + count; i++) {
        writeProject(json, i);
      }
      json.endArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to a memory buffer cannot fail", e);
    }
    return out.readByteArray();
  }

  /** The id {@link #projectsJson()} gives the project at position {@code i}. */
  static long projectId(int i) {
    return 202_700_150L + i;
  }

  private static void writeProject(JsonWriter json, int i) throws IOException {
    boolean hasClient = i % 4 != 0;
    boolean recurring = i % 10 == 0;
    boolean pro = i % 3 == 0;
    json.beginObject();
    json.name("id").value(projectId(i));
    json.name("workspace_id").value(WORKSPACE_ID);
    json.name("wid").value(WORKSPACE_ID);
    json.name("client_id").value(hasClient ? Long.valueOf(3_456_789L + i % 100) : null);
    json.name("cid").value(hasClient ? Long.valueOf(3_456_789L + i % 100) : null);
    json.name("name").value("Website relaunch " + i + " – phase " + (i % 5 + 1));
    json.name("is_private").value(i % 2 == 0);
    json.name("active").value(i % 5 != 1);
    json.name("at").value(timestamp(i, 30));
    json.name("created_at").value(timestamp(i, 0));
    json.name("server_deleted_at").value(i % 5 == 4 ? timestamp(i, 60) : null);
    json.name("color").value(COLORS[i % COLORS.length]);
    json.name("billable").value(pro ? Boolean.TRUE : null);
    json.name("template").value(i % 50 == 0);
    json.name("auto_estimates").value(pro ? Boolean.FALSE : null);
    json.name("estimated_hours").value(pro ? Long.valueOf(40 + i % 200) : null);
    json.name("estimated_seconds").value(pro ? Long.valueOf((40 + i % 200) * 3600L) : null);
    json.name("rate_last_updated").value(pro ? timestamp(i, 10) : null);
    json.name("recurring").value(recurring);
    json.name("recurring_parameters").value((String) null);
    if (recurring) {
      json.name("current_period").beginObject()
          .name("start_date").value("2024-05-01")
          .name("end_date").value("2024-05-31")
          .endObject();
    } else {
      json.name("current_period").nullValue();
    }
    json.name("template_id").value(i % 50 == 1 ? Long.valueOf(202_687_559L) : null);
    json.name("currency").value(pro ? "EUR" : null);
    json.name("actual_hours").value(pro ? Long.valueOf(i % 120) : null);
    json.name("actual_seconds").value(pro ? Long.valueOf(i % 120 * 3600L + i % 60) : null);
    json.name("foreign_id").value(i % 20 == 0 ? "pipe-" + i : null);
    json.name("status").value(STATUSES[i % STATUSES.length]);
    json.endObject();
  }

  /** Toggl's own timestamp shape: seconds and a numeric offset, {@code 2024-01-02T10:00:00+00:00}. */
  private static String timestamp(int i, int plusDays) {
    return TIMESTAMP.format(EPOCH.plusMinutes(37L * i).plusSeconds(i % 60).plusDays(plusDays));
  }
}
