package dev.togglkit.contract.track;

import static dev.togglkit.contract.PactClients.jsonString;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.core.model.V4Pact;
import dev.togglkit.testing.TogglOperation.Api;
import dev.togglkit.testing.internal.OperationTable;
import java.util.Map;

/**
 * Track error responses: the documented messages the scenarios use, read from the operation table generated from
 * spec/ (the example names are the spec's), and the response every Track error has (a JSON string body).
 */
final class TrackErrors {

  static final String FORBIDDEN = message("forbidden");
  static final String NO_ACCESS = message("noAccess");
  static final String SERVER_ERROR = message("internalServerError");
  static final String CLIENT_NOT_FOUND = message("clientNotFound", "client_id", TrackIds.CLIENT);
  static final String CLIENT_NAME_EMPTY = message("clientNameEmpty");
  static final String CLIENT_STATUS_INVALID = message("clientStatusInvalid");
  static final String CLIENT_NOT_IN_WORKSPACE = message("clientNotInWorkspace");
  static final String BAD_REQUEST = message("badRequest");
  static final String PROJECT_USER_NOT_FOUND = message("projectUserNotFound");
  static final String TOO_MANY_PROJECT_IDS_MESSAGE = message("tooManyProjectIds");
  static final String INVALID_USER_ID = message("invalidUserId");
  static final String MISSING_DATA = message("missingData");
  /** A premium-only field on a free plan (createProject, updateProject; CURATION C-42). */
  static final String PREMIUM_ONLY_COLOR = message("customColor");
  static final String USER_DATA_NOT_LOADED = message("userDataNotLoaded");

  private TrackErrors() {
  }

  /** The spec's message {@code name}, a {@code {placeholder}} filled with {@code value}. */
  private static String message(String name, String placeholder, long value) {
    return OperationTable.message(Api.TRACK, name).fill(Map.of(placeholder, Long.toString(value)));
  }

  private static String message(String name) {
    return OperationTable.message(Api.TRACK, name).text;
  }

  /** Completes {@code request} with {@code status} and the documented {@code message} as a JSON string. */
  static V4Pact respondWithError(PactDslRequestWithPath request, int status, String message) {
    return request
        .willRespondWith()
        .status(status)
        .body(jsonString(message), "application/json")
        .toPact(V4Pact.class);
  }
}
