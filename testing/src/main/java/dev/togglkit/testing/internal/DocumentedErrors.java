package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation;
import dev.togglkit.testing.TogglOperation.Api;
import java.util.List;
import java.util.Map;

/**
 * Error answers as the spec documents them, from the generated operation table: Track's message as a JSON string,
 * Focus's {@code {error, error_description, trace_id}}. A handler names the message by its example name in the
 * spec; a test's planned fault gets the operation's first documented message for the status.
 */
public final class DocumentedErrors {

  private DocumentedErrors() {
  }

  /**
   * The answer to a planned fault: the first documented message for the status that needs no value the fake
   * lacks, else the first one with the request's path parameters filled in; an undocumented status gets the
   * status's reason phrase in the API's error shape.
   */
  public static FakeResponse of(TogglOperation operation, int status, FakeRequest request) {
    List<OperationTable.Message> messages = OperationTable.row(operation.api(), operation.operationId())
        .messages(status);
    if (messages.isEmpty()) {
      return operation.api() == Api.FOCUS
          ? FocusErrors.error(status, "error", Reasons.of(status))
          : TrackErrors.error(status, Reasons.of(status));
    }
    OperationTable.Message chosen = messages.get(0);
    for (OperationTable.Message m : messages) {
      if (!m.isTemplate()) {
        chosen = m;
        break;
      }
    }
    return answer(operation.api(), status, chosen, request.pathParams());
  }

  /**
   * The 400 for a body or path parameter the fake cannot read (only with lenient requests: validation refuses them
   * first): Track's generic "Bad Request", Focus's documented invalid request. Not {@link #of}, whose first
   * documented 400 names some other problem (e.g. createClient's blank name).
   */
  public static FakeResponse unreadable(TogglOperation operation) {
    if (operation.api() == Api.FOCUS) {
      return answer(Api.FOCUS, 400, OperationTable.message(Api.FOCUS, "invalidRequest"), Map.of());
    }
    return TrackErrors.error(400, Reasons.of(400));
  }

  /** The documented message {@code name} of {@code operation}'s {@code status}, placeholders filled from values. */
  public static FakeResponse named(TogglOperation operation, int status, String name, Map<String, String> values) {
    OperationTable.Message m = OperationTable.row(operation.api(), operation.operationId()).message(status, name);
    return answer(operation.api(), status, m, values);
  }

  private static FakeResponse answer(Api api, int status, OperationTable.Message m, Map<String, String> values) {
    return api == Api.FOCUS
        ? FocusErrors.error(status, m.error, m.fill(values))
        : TrackErrors.error(status, m.fill(values));
  }
}
