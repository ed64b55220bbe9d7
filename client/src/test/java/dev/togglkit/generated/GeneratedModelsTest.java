package dev.togglkit.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import com.squareup.moshi.Types;
import dev.togglkit.IdList;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.api.ProjectsApi;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.ClientPayload;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectActiveFilter;
import dev.togglkit.track.model.ProjectPatchOperation;
import dev.togglkit.track.model.ProjectStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks that the generated models carry what Moshi needs on its own: wire names, exact int64
 * values and enum wire values, with nothing but a plain Moshi and a local date-time adapter.
 */
class GeneratedModelsTest {

  /** Moshi has no java.time support; the real adapters live in the hand-written layer. */
  static final class JavaTimeAdapters {
    @ToJson
    String toJson(OffsetDateTime value) {
      return value.toString();
    }

    @FromJson
    OffsetDateTime fromJson(String value) {
      return OffsetDateTime.parse(value);
    }

    @ToJson
    String toJson(LocalDate value) {
      return value.toString();
    }

    @FromJson
    LocalDate localDateFromJson(String value) {
      return LocalDate.parse(value);
    }
  }

  private final Moshi moshi = new Moshi.Builder().add(new JavaTimeAdapters()).build();

  @Test
  void readsSnakeCaseWireNamesAndInt64BeyondDoublePrecision() throws Exception {
    // 2^53 + 1 is the first integer a double cannot hold; Long must keep it exactly.
    String json = "{\"id\":9007199254740993,\"wid\":1234567,\"name\":\"Acme\",\"creator_id\":42,"
        + "\"at\":\"2024-05-01T10:15:30+02:00\",\"notes\":null,\"an_unknown_field\":1}";

    Client client = moshi.adapter(Client.class).fromJson(json);

    assertEquals(9007199254740993L, client.getId());
    assertEquals(1234567L, client.getWid());
    assertEquals(42L, client.getCreatorId());
    assertEquals("Acme", client.getName());
    assertEquals(OffsetDateTime.parse("2024-05-01T10:15:30+02:00"), client.getAt());
    assertNull(client.getNotes());
  }

  @Test
  void writesSnakeCaseWireNamesAndOmitsUnsetFields() {
    Project project = new Project().workspaceId(9007199254740993L).clientId(7L).isPrivate(true);

    String json = moshi.adapter(Project.class).toJson(project);

    assertEquals("{\"client_id\":7,\"is_private\":true,\"workspace_id\":9007199254740993}", json);
  }

  @Test
  void roundTripKeepsEveryValue() throws Exception {
    Project original = new Project().id(Long.MAX_VALUE).name("Website").status(ProjectStatus.ARCHIVED)
        .createdAt(OffsetDateTime.parse("2020-01-02T03:04:05Z")).recurringParameters(Map.of("period", "monthly"));
    JsonAdapter<Project> adapter = moshi.adapter(Project.class);

    Project copy = adapter.fromJson(adapter.toJson(original));

    assertEquals(original.getId(), copy.getId());
    assertEquals(original.getName(), copy.getName());
    assertEquals(original.getStatus(), copy.getStatus());
    assertEquals(original.getCreatedAt(), copy.getCreatedAt());
    assertEquals(original.getRecurringParameters(), copy.getRecurringParameters());
  }

  @Test
  void enumConstantsUseTheirWireValues() throws Exception {
    ProjectPatchOperation operation = new ProjectPatchOperation()
        .op(ProjectPatchOperation.OpEnum.REPLACE).path("/billable").value(true);

    assertEquals("{\"op\":\"replace\",\"path\":\"/billable\",\"value\":true}",
        moshi.adapter(ProjectPatchOperation.class).toJson(operation));
    assertEquals(ProjectStatus.ARCHIVED, moshi.adapter(ProjectStatus.class).fromJson("\"archived\""));
    assertEquals("archived", ProjectStatus.ARCHIVED.toString());
  }

  @Test
  void everyEnumEndsWithUnknownThatHasNoWireValue() {
    ProjectStatus[] constants = ProjectStatus.values();
    assertEquals(ProjectStatus.UNKNOWN, constants[constants.length - 1]);
    assertNull(ProjectStatus.UNKNOWN.getValue());
    assertEquals(ProjectStatus.UNKNOWN, ProjectStatus.fromValue("some-future-status"));
    assertEquals(ProjectStatus.ACTIVE, ProjectStatus.fromValue("active"));
  }

  @Test
  void plainMoshiRejectsAnUnknownEnumValue() {
    // Tolerating unknown values is the hand-written adapter factory's job; without it Moshi throws.
    assertThrows(JsonDataException.class,
        () -> moshi.adapter(ProjectStatus.class).fromJson("\"some-future-status\""));
  }

  @Test
  void readsAListOfModels() throws Exception {
    JsonAdapter<List<Client>> adapter = moshi.adapter(Types.newParameterizedType(List.class, Client.class));

    List<Client> clients = adapter.fromJson("[{\"id\":1,\"name\":\"A\"},{\"id\":2,\"name\":\"B\"}]");

    assertEquals(List.of(new Client().id(1L).name("A"), new Client().id(2L).name("B")), clients);
  }

  @Test
  void equalsAndToStringFollowTheValues() {
    assertEquals(new Client().id(1L).name("A"), new Client().id(1L).name("A"));
    assertFalse(new Client().id(1L).equals(new Client().id(2L)));
    assertTrue(new Client().name("Acme").toString().contains("name=Acme"));
  }

  @Test
  void paramsAreImmutableValuesThatPrintOnlyWhatWasSet() {
    ListProjectsParams.Builder builder = ListProjectsParams.builder()
        .active(ProjectActiveFilter.BOTH).clientIds(IdList.of(1, 2)).perPage(200).billable(null);
    ListProjectsParams params = builder.build();
    builder.perPage(10);

    assertEquals(200, params.perPage());
    assertEquals(params, params.toBuilder().build());
    assertEquals(params.hashCode(), params.toBuilder().build().hashCode());
    assertFalse(params.equals(params.toBuilder().name("x").build()));
    assertEquals("ListProjectsParams{active=both, client_ids=1,2, per_page=200}", params.toString());
  }

  @Test
  void listParamsAreCopied() {
    List<String> order = new java.util.ArrayList<>(List.of("name"));
    dev.togglkit.focus.api.FocusListClientsParams params =
        dev.togglkit.focus.api.FocusListClientsParams.builder().orderBy(order).build();
    order.add("id");

    assertEquals(List.of("name"), params.orderBy());
    assertThrows(UnsupportedOperationException.class, () -> params.orderBy().add("id"));
  }

  @Test
  void bulkEditsAreBuiltWithTypedValues() throws Exception {
    List<dev.togglkit.track.model.ProjectUserPatchOperation> body =
        dev.togglkit.track.model.ProjectUserPatchOperation.changes().manager(true).rate(12.5).removeLaborCost().build();

    JsonAdapter<List<dev.togglkit.track.model.ProjectUserPatchOperation>> adapter = moshi.adapter(
        Types.newParameterizedType(List.class, dev.togglkit.track.model.ProjectUserPatchOperation.class));
    assertEquals("[{\"op\":\"replace\",\"path\":\"/manager\",\"value\":true},"
        + "{\"op\":\"replace\",\"path\":\"/rate\",\"value\":12.5},"
        + "{\"op\":\"remove\",\"path\":\"/labor_cost\"}]", adapter.toJson(body));
    assertThrows(UnsupportedOperationException.class, () -> body.add(null));
    assertThrows(IllegalStateException.class,
        () -> dev.togglkit.track.model.ProjectUserPatchOperation.changes().build());
  }
}
