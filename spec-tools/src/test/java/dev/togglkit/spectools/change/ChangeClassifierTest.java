package dev.togglkit.spectools.change;

import static dev.togglkit.spectools.change.ChangeClass.ADDITIVE;
import static dev.togglkit.spectools.change.ChangeClass.JAVA_BREAKING;
import static dev.togglkit.spectools.change.ChangeClass.WIRE_BREAKING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each change pair ({@link ChangePairs}) is base.yaml with one kind of change; each must get exactly its class. */
class ChangeClassifierTest {

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("operation-added", ADDITIVE, "operation added"),
        Arguments.of("operation-removed", WIRE_BREAKING, "operation removed"),
        Arguments.of("optional-query-parameter-added", ADDITIVE, "optional query parameter `color` added"),
        Arguments.of("required-query-parameter-added", WIRE_BREAKING, "required query parameter `color` added"),
        Arguments.of("query-parameter-removed", JAVA_BREAKING, "query parameter `name` removed"),
        Arguments.of("query-parameter-now-required", WIRE_BREAKING, "query parameter `name` is now required"),
        Arguments.of("response-field-added", ADDITIVE, "model `Widget` field `pinned` added"),
        Arguments.of("response-field-removed", WIRE_BREAKING, "model `Widget` field `name` removed"),
        Arguments.of("response-field-type-changed", WIRE_BREAKING, "type changed from string to integer"),
        Arguments.of("response-field-format-changed", JAVA_BREAKING, "format changed from int32 to int64"),
        Arguments.of("response-field-now-nullable", WIRE_BREAKING, "may now be null"),
        Arguments.of("response-field-now-required", ADDITIVE, "model `Widget` field `name` is now required"),
        Arguments.of("response-field-now-required-read-only", JAVA_BREAKING,
            "model `Widget` field `id` is now required and read-only"),
        Arguments.of("request-field-now-required", WIRE_BREAKING, "field `size` is now required"),
        Arguments.of("optional-request-field-added", ADDITIVE, "model `WidgetPayload` field `color` added"),
        Arguments.of("request-field-removed", JAVA_BREAKING, "model `WidgetPayload` field `size` removed"),
        Arguments.of("enum-value-added", ADDITIVE, "enum value(s) [deleted] added"),
        Arguments.of("enum-value-removed", WIRE_BREAKING, "enum value(s) [archived] removed"),
        Arguments.of("status-added", ADDITIVE, "status 404 documented"),
        Arguments.of("status-removed", WIRE_BREAKING, "status 403 removed"),
        Arguments.of("operation-id-renamed", JAVA_BREAKING, "operationId `listWidgets` renamed to `listAllWidgets`"),
        Arguments.of("response-body-added", JAVA_BREAKING, "response 200 now has a body"),
        Arguments.of("paging-added", ADDITIVE, "x-togglkit-paging added"),
        Arguments.of("id-list-marked", JAVA_BREAKING, "query parameter `name` x-togglkit-id-list changed"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("pairs")
  void eachKindOfChangeGetsItsClass(String fixture, ChangeClass expected, String described) {
    List<SpecChange> changes = compare(fixture);

    assertFalse(changes.isEmpty(), fixture + ": no change found");
    Set<ChangeClass> classes = changes.stream().map(SpecChange::changeClass).collect(Collectors.toSet());
    assertEquals(Set.of(expected), classes, fixture + ": " + lines(changes));
    assertTrue(changes.stream().anyMatch(c -> c.description().contains(described)),
        fixture + ": expected a change saying '" + described + "', got " + lines(changes));
  }

  @Test
  void droppingPagingRemovesListAll() {
    List<SpecChange> changes = ChangeReport.compareFiles("fixture", ChangePairs.fixture("paging-added"),
        ChangePairs.fixture("base"));

    assertEquals(1, changes.size(), lines(changes));
    assertEquals(JAVA_BREAKING, changes.get(0).changeClass());
  }

  @Test
  void documentationOnlyEditsAreNoChange() {
    assertEquals(List.of(), compare("documentation-only"));
  }

  @Test
  void theSameFileHasNoChange() {
    assertEquals(List.of(),
        ChangeReport.compareFiles("fixture", ChangePairs.fixture("base"), ChangePairs.fixture("base")));
  }

  @Test
  void aChangeInAModelSharedByOperationsNamesEveryOperation() {
    List<SpecChange> changes = compare("response-field-added");

    Set<String> operations = new TreeSet<>();
    changes.forEach(c -> operations.add(c.operation()));
    assertEquals(Set.of("listWidgets (GET /workspaces/{workspace_id}/widgets)",
        "createWidget (POST /workspaces/{workspace_id}/widgets)"), operations);
    assertEquals(1, ChangesMarkdown.group(changes, ADDITIVE).size(), "one change, listed once");
  }

  private static List<SpecChange> compare(String fixture) {
    return ChangeReport.compareFiles("fixture", ChangePairs.fixture("base"), ChangePairs.fixture(fixture));
  }

  private static String lines(List<SpecChange> changes) {
    return changes.stream().map(SpecChange::line).collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
