package dev.togglkit.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import dev.togglkit.fixtures.Color;
import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.Thing;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TogglMoshiTest {

  private final JsonAdapter<Thing> things = TogglMoshi.get().adapter(Thing.class);

  @Test
  void offsetDateTimeAcceptsZuluAndOffsets() throws IOException {
    assertEquals(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.UTC),
        things.fromJson("{\"at\":\"2024-05-01T10:15:30Z\"}").at);
    assertEquals(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 123_000_000, ZoneOffset.ofHours(2)),
        things.fromJson("{\"at\":\"2024-05-01T10:15:30.123+02:00\"}").at);
    assertNull(things.fromJson("{\"at\":null}").at);
  }

  @Test
  void offsetDateTimeWritesIso8601() {
    Thing thing = new Thing();
    thing.at = OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.UTC);
    thing.day = LocalDate.of(2024, 2, 29);
    assertEquals("{\"at\":\"2024-05-01T10:15:30Z\",\"day\":\"2024-02-29\"}", things.toJson(thing));
  }

  @Test
  void timestampWithoutOffsetIsRefusedWithTheValue() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> things.fromJson("{\"at\":\"2024-05-01T10:15:30\"}"));
    assertTrue(e.getMessage().contains("'2024-05-01T10:15:30'"), e.getMessage());
  }

  @Test
  void localDateReadsIsoDates() throws IOException {
    assertEquals(LocalDate.of(2024, 2, 29), things.fromJson("{\"day\":\"2024-02-29\"}").day);
    assertThrows(JsonDataException.class, () -> things.fromJson("{\"day\":\"2024-02-30\"}"));
  }

  @Test
  void unknownEnumValueReadsAsUnknown() throws IOException {
    assertEquals(Color.UNKNOWN, things.fromJson("{\"color\":\"ultraviolet\"}").color);
    assertEquals(Color.DARK_BLUE, things.fromJson("{\"color\":\"dark-blue\"}").color);
    assertEquals(Color.UNKNOWN, things.fromJson("{\"color\":\"DARK_BLUE\"}").color,
        "wire names come from @Json, not from Java constant names");
    assertNull(things.fromJson("{\"color\":null}").color);
  }

  @Test
  void knownEnumValuesWriteTheirWireName() {
    NewThing body = new NewThing("a", 1L);
    body.color = Color.DARK_BLUE;
    assertEquals("{\"color\":\"dark-blue\",\"name\":\"a\",\"workspace_id\":1}",
        TogglMoshi.get().adapter(NewThing.class).toJson(body));
  }

  @Test
  void writingUnknownIsRefusedNamingTheEnum() {
    NewThing body = new NewThing("a", 1L);
    body.color = Color.UNKNOWN;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TogglMoshi.get().adapter(NewThing.class).toJson(body));
    assertTrue(e.getMessage().startsWith("Color.UNKNOWN cannot be sent"), e.getMessage());
  }

  @Test
  void enumsWithoutUnknownStayStrict() {
    assertThrows(JsonDataException.class, () -> things.fromJson("{\"strictness\":\"medium\"}"));
  }

  @Test
  void int64BeyondDoublePrecisionRoundTrips() throws IOException {
    long big = (1L << 53) + 1;
    Thing thing = things.fromJson("{\"id\":" + big + ",\"workspace_id\":" + Long.MAX_VALUE + "}");
    assertEquals(big, thing.id);
    assertEquals(Long.MAX_VALUE, thing.workspaceId);
    assertEquals("{\"id\":9007199254740993,\"workspace_id\":9223372036854775807}", things.toJson(thing));
  }

  @Test
  void unknownFieldsAreIgnored() throws IOException {
    Thing thing = things.fromJson("{\"id\":1,\"brand_new\":{\"deep\":[1,2]},\"cid\":5}");
    assertEquals(1L, thing.id);
  }
}
