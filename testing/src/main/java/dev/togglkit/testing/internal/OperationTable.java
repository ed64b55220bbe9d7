package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operation table generated from spec/ into togglkit-client's jar ({@code META-INF/togglkit/operations/
 * <document>.json}, from generator-templates/operationTable.mustache): per operation its method, path template,
 * documented statuses with their documented messages, and paging; per bulk-edit schema its patchable fields. The
 * fake's routing, documented errors and patch rules, and the contract tests' error texts read it; nothing else
 * lists operations or messages.
 */
public final class OperationTable {

  /** One operation as the spec declares it. */
  public static final class Row {
    public final Api api;
    public final String operationId;
    public final String method;
    /** The path below the API's base path, as the spec writes it, e.g. {@code /workspaces/{workspace_id}/clients}. */
    public final String path;
    /** The page size {@code x-togglkit-paging} gives, or null for an operation that does not page. */
    public final Integer pageSize;
    /** Documented status to its documented messages, in spec order. */
    public final Map<Integer, List<Message>> statuses;

    Row(Api api, Map<String, Object> json) {
      this.api = api;
      this.operationId = (String) json.get("operationId");
      this.method = (String) json.get("method");
      this.path = (String) json.get("path");
      @SuppressWarnings("unchecked")
      Map<String, Object> paging = (Map<String, Object>) json.get("paging");
      this.pageSize = paging == null ? null : ((Number) paging.get("pageSize")).intValue();
      Map<Integer, List<Message>> byStatus = new LinkedHashMap<>();
      for (Object item : (List<?>) json.get("statuses")) {
        Map<?, ?> status = (Map<?, ?>) item;
        List<Message> messages = new ArrayList<>();
        for (Object m : (List<?>) status.get("messages")) {
          messages.add(new Message((Map<?, ?>) m));
        }
        byStatus.put(((Number) status.get("status")).intValue(), List.copyOf(messages));
      }
      this.statuses = Collections.unmodifiableMap(byStatus);
    }

    /** The documented messages for {@code status}; empty when the status is undocumented or has no body. */
    public List<Message> messages(int status) {
      return statuses.getOrDefault(status, List.of());
    }

    /**
     * The documented message named {@code name} (its key under the response's {@code examples}).
     *
     * @throws IllegalStateException when the operation documents no such message for the status: a handler
     *     answering a message the spec does not have is a bug in the fake
     */
    public Message message(int status, String name) {
      for (Message m : messages(status)) {
        if (m.name.equals(name)) {
          return m;
        }
      }
      throw new IllegalStateException(operationId + " documents no " + status + " message named '" + name
          + "'; it documents " + messages(status));
    }

    @Override
    public String toString() {
      return operationId + " " + method + " " + path;
    }
  }

  /** One documented error message: the example's name, its text ({@code {placeholders}} kept), Focus's code. */
  public static final class Message {
    public final String name;
    /** The documented text, {@code {placeholders}} kept, e.g. a message naming {@code {client_id}}. */
    public final String text;
    /** Focus's {@code error} code, e.g. {@code not_found}; null for Track. */
    public final String error;
    /** The spec's example of the body as sent (Track), placeholders filled in; null for Focus. */
    public final String example;

    Message(Map<?, ?> json) {
      this.name = (String) json.get("name");
      this.text = (String) json.get("message");
      this.error = (String) json.get("error");
      this.example = (String) json.get("example");
    }

    /** The text with each {@code {name}} replaced from {@code values}; a placeholder without a value stays. */
    public String fill(Map<String, String> values) {
      String filled = text;
      for (Map.Entry<String, String> e : values.entrySet()) {
        filled = filled.replace("{" + e.getKey() + "}", e.getValue());
      }
      return filled;
    }

    /** Whether the text has a {@code {placeholder}}. */
    public boolean isTemplate() {
      return text.contains("{");
    }

    @Override
    public String toString() {
      return name + "=" + text;
    }
  }

  private static final Map<Api, String> RESOURCES = Map.of(
      Api.TRACK, "META-INF/togglkit/operations/track-v9.json",
      Api.FOCUS, "META-INF/togglkit/operations/focus.json");
  private static final Map<Api, Map<String, Row>> ROWS = new EnumMap<>(Api.class);
  private static final Map<Api, Map<String, Map<String, Set<String>>>> PATCH_FIELDS = new EnumMap<>(Api.class);

  static {
    for (Api api : Api.values()) {
      load(api);
    }
  }

  private OperationTable() {
  }

  /** Every operation of {@code api}, in the table's order. */
  public static List<Row> rows(Api api) {
    return List.copyOf(ROWS.get(api).values());
  }

  /**
   * One operation.
   *
   * @throws IllegalArgumentException when the spec has no such operation
   */
  public static Row row(Api api, String operationId) {
    Row row = ROWS.get(api).get(operationId);
    if (row == null) {
      throw new IllegalArgumentException("the " + api + " spec has no operation " + operationId + "; it has "
          + ROWS.get(api).keySet());
    }
    return row;
  }

  /**
   * A documented message by its example name, wherever {@code api}'s document uses it (shared responses use the
   * same name everywhere).
   *
   * @throws IllegalArgumentException when no operation documents a message of that name
   */
  public static Message message(Api api, String name) {
    for (Row row : ROWS.get(api).values()) {
      for (List<Message> messages : row.statuses.values()) {
        for (Message m : messages) {
          if (m.name.equals(name)) {
            return m;
          }
        }
      }
    }
    throw new IllegalArgumentException("the " + api + " spec documents no message named '" + name + "'");
  }

  /**
   * The fields a bulk edit with {@code schema}'s operations may change ({@code x-togglkit-patch-fields}, every
   * JSON type); empty when the schema declares none.
   */
  public static Set<String> patchFields(Api api, String schema) {
    Set<String> fields = new LinkedHashSet<>();
    PATCH_FIELDS.get(api).getOrDefault(schema, Map.of()).forEach((group, names) -> {
      if (!group.equals("removable")) {
        fields.addAll(names);
      }
    });
    return Collections.unmodifiableSet(fields);
  }

  /** The fields of {@code schema}'s bulk edit that {@code remove} may clear ({@code removable}); empty when none. */
  public static Set<String> removableFields(Api api, String schema) {
    return PATCH_FIELDS.get(api).getOrDefault(schema, Map.of()).getOrDefault("removable", Set.of());
  }

  @SuppressWarnings("unchecked")
  private static void load(Api api) {
    String resource = RESOURCES.get(api);
    Map<String, Object> table;
    try (InputStream in = OperationTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the class path: togglkit-client generates it");
      }
      table = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Object item : (List<?>) table.get("operations")) {
      Row row = new Row(api, (Map<String, Object>) item);
      rows.put(row.operationId, row);
    }
    ROWS.put(api, Collections.unmodifiableMap(rows));
    Map<String, Map<String, Set<String>>> patch = new LinkedHashMap<>();
    ((Map<String, Object>) table.get("patchFields")).forEach((schema, groups) -> {
      if (groups != null) {
        Map<String, Set<String>> byGroup = new LinkedHashMap<>();
        ((Map<String, List<String>>) groups).forEach((group, names) ->
            byGroup.put(group, Collections.unmodifiableSet(new LinkedHashSet<>(names))));
        patch.put(schema, Collections.unmodifiableMap(byGroup));
      }
    });
    PATCH_FIELDS.put(api, patch);
  }
}
