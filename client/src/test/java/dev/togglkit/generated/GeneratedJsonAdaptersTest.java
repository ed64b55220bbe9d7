package dev.togglkit.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.togglkit.internal.json.TogglMoshi;
import dev.togglkit.track.model.BulkPatchResult;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectCurrentPeriod;
import dev.togglkit.track.model.ProjectPatchOperation;
import dev.togglkit.track.model.ProjectStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code <Model>JsonAdapter}s (generator-templates/modelJsonAdapter.mustache): Moshi
 * must pick them instead of its reflective adapter, and they must keep every JSON rule the
 * reflective one had together with TogglMoshi's own adapters.
 */
class GeneratedJsonAdaptersTest {

  private final Moshi moshi = TogglMoshi.get();

  @Test
  void moshiUsesTheGeneratedAdapterForEveryKindOfModel() {
    for (Class<?> model : List.of(Client.class, Project.class, ProjectCurrentPeriod.class,
        ProjectPatchOperation.class, BulkPatchResult.class,
        dev.togglkit.focus.model.Client.class)) {
      assertEquals("GeneratedJsonAdapter(" + model.getSimpleName() + ").nullSafe()",
          moshi.adapter(model).toString(), model.getName());
    }
  }

  @Test
  void readsNestedModelsEnumsDatesAndListsThroughPropertyAdapters() throws IOException {
    Project project = moshi.adapter(Project.class).fromJson("{\"id\":9007199254740993,"
        + "\"status\":\"archived\",\"current_period\":{\"start_date\":\"2024-05-01\"},"
        + "\"created_at\":\"2024-01-02T10:00:00+02:00\"}");

    assertEquals(9007199254740993L, project.getId());
    assertEquals(ProjectStatus.ARCHIVED, project.getStatus());
    assertEquals(LocalDate.of(2024, 5, 1), project.getCurrentPeriod().getStartDate());
    assertEquals(7200, project.getCreatedAt().getOffset().getTotalSeconds());

    BulkPatchResult result = moshi.adapter(BulkPatchResult.class)
        .fromJson("{\"success\":[1,9007199254740993],\"failure\":[]}");
    assertEquals(List.of(1L, 9007199254740993L), result.getSuccess());
    assertEquals(List.of(), result.getFailure());
  }

  @Test
  void unknownNamesAreSkippedWhateverTheirShapeAndUnknownEnumValuesReadAsUnknown()
      throws IOException {
    Project project = moshi.adapter(Project.class).fromJson("{\"new_object\":{\"a\":[1,{}]},"
        + "\"name\":\"Web\",\"new_list\":[null,\"x\"],\"status\":\"paused\",\"new_null\":null}");

    assertEquals("Web", project.getName());
    assertEquals(ProjectStatus.UNKNOWN, project.getStatus());
  }

  @Test
  void inlineEnumsUseTheTolerantFactoryToo() throws IOException {
    ProjectPatchOperation op = moshi.adapter(ProjectPatchOperation.class)
        .fromJson("{\"op\":\"merge\",\"path\":\"/active\",\"value\":false}");

    assertEquals(ProjectPatchOperation.OpEnum.UNKNOWN, op.getOp());
    assertEquals(Boolean.FALSE, op.getValue());
  }

  @Test
  void jsonNullReadsAsNullAndNullPropertiesAreLeftOutWhenWriting() throws IOException {
    Client client = moshi.adapter(Client.class).fromJson("{\"id\":1,\"notes\":null,\"name\":null}");
    assertNull(client.getNotes());
    assertNull(client.getName());

    assertEquals("{\"id\":1}", moshi.adapter(Client.class).toJson(client));
    assertEquals("{\"archived\":null,\"at\":null,\"creator_id\":null,\"external_reference\":null,"
            + "\"id\":1,\"integration_ext_id\":null,\"integration_ext_type\":null,"
            + "\"integration_provider\":null,\"name\":null,\"notes\":null,\"permissions\":null,"
            + "\"total_count\":null,\"wid\":null}",
        moshi.adapter(Client.class).serializeNulls().toJson(client));
  }

  @Test
  void writesWireNamesAndRefusesUnknownEnumConstants() {
    JsonAdapter<ProjectPatchOperation> adapter = moshi.adapter(ProjectPatchOperation.class);
    assertEquals("{\"op\":\"replace\",\"path\":\"/active\",\"value\":true}", adapter.toJson(
        new ProjectPatchOperation().op(ProjectPatchOperation.OpEnum.REPLACE).path("/active").value(true)));

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> adapter.toJson(new ProjectPatchOperation().op(ProjectPatchOperation.OpEnum.UNKNOWN)));
    assertEquals(true, refused.getMessage().contains("OpEnum.UNKNOWN cannot be sent"));
  }

  @Test
  void wrongTypesFailWithThePathOfTheValue() {
    JsonAdapter<List<Project>> adapter =
        moshi.adapter(Types.newParameterizedType(List.class, Project.class));

    JsonDataException wrong = assertThrows(JsonDataException.class,
        () -> adapter.fromJson("[{\"id\":1},{\"id\":\"two\"}]"));
    assertEquals(true, wrong.getMessage().contains("$[1].id"), wrong.getMessage());
  }
}
