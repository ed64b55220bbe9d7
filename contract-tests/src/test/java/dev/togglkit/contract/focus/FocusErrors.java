package dev.togglkit.contract.focus;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.core.model.V4Pact;
import dev.togglkit.testing.TogglOperation.Api;
import dev.togglkit.testing.internal.OperationTable;

/**
 * Focus error responses as spec/focus/schemas/ErrorResponse.yaml and spec/focus/responses/*.yaml give
 * them, read from the generated operation table: the error code and message exactly (the client surfaces the message to the user), the trace
 * id by type because it differs per request.
 */
final class FocusErrors {

  /** A documented error: {@code code} goes in {@code error}, {@code message} in {@code error_description}. */
  record Documented(String code, String message) {
  }

  /** The documented 400 body. */
  static final Documented INVALID_REQUEST = documented("invalidRequest");
  /** The documented 404 body. */
  static final Documented CLIENT_DOES_NOT_EXIST = documented("clientDoesNotExist");
  /** The documented 500 body. */
  static final Documented INTERNAL_SERVER_ERROR = documented("internalServerError");

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  private FocusErrors() {
  }

  /** The spec's error {@code name}, from the operation table generated from spec/focus. */
  private static Documented documented(String name) {
    OperationTable.Message m = OperationTable.message(Api.FOCUS, name);
    return new Documented(m.error, m.text);
  }

  /** Completes {@code request} with {@code status} and the documented {@code error} body. */
  static V4Pact respondWithError(PactDslRequestWithPath request, int status, Documented error) {
    return request
        .willRespondWith()
        .status(status)
        .body(new PactDslJsonBody()
            .stringValue("error", error.code())
            .stringValue("error_description", error.message())
            .stringType("trace_id", TRACE_ID))
        .toPact(V4Pact.class);
  }
}
