package dev.togglkit.contract.track;

import static dev.togglkit.contract.PactClients.jsonString;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.core.model.V4Pact;

/**
 * Track error responses: the documented messages more than one scenario uses, exactly as the spec's
 * examples give them, and the response every Track error has (a JSON string body).
 */
final class TrackErrors {

  static final String FORBIDDEN = "Forbidden";
  static final String NO_ACCESS = "User does not have access to this resource.";
  static final String SERVER_ERROR = "Internal Server Error";
  static final String CLIENT_NOT_FOUND = "No client with ID 3456789 was found";
  static final String CLIENT_NAME_EMPTY = "Client name cannot be empty";
  static final String PROJECT_USER_NOT_FOUND = "Project user not found/accessible";

  private TrackErrors() {
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
