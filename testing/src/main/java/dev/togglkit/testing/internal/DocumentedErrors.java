package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation;
import dev.togglkit.testing.TogglOperation.Api;

/**
 * The error response the spec documents for an operation and status, used when a test asks the fake
 * to fail a request with a given status. Statuses the spec does not document for the operation get
 * a generic body of the API's error shape.
 */
public final class DocumentedErrors {

  private DocumentedErrors() {
  }

  public static FakeResponse of(TogglOperation operation, int status, FakeRequest request) {
    if (operation.api() == Api.FOCUS) {
      switch (status) {
        case 400:
          return FocusErrors.invalidRequest();
        case 404:
          return FocusErrors.clientDoesNotExist();
        case 500:
          return FocusErrors.internalServerError();
        default:
          return FocusErrors.error(status, "error", Reasons.of(status));
      }
    }
    return TrackErrors.error(status, trackMessage(operation, status, request));
  }

  private static String trackMessage(TogglOperation operation, int status, FakeRequest request) {
    boolean clients = operation.pathTemplate().contains("/clients");
    switch (status) {
      case 400:
        switch (operation) {
          case TRACK_LIST_CLIENTS:
            return TrackErrors.CLIENT_STATUS_INVALID;
          case TRACK_CREATE_CLIENT:
          case TRACK_UPDATE_CLIENT:
            return TrackErrors.CLIENT_NAME_EMPTY;
          case TRACK_RESTORE_CLIENT:
            return TrackErrors.BAD_REQUEST;
          case TRACK_LIST_PROJECT_USERS:
          case TRACK_CREATE_PROJECT_USER:
          case TRACK_UPDATE_PROJECT_USER:
          case TRACK_DELETE_PROJECT_USER:
          case TRACK_PATCH_PROJECT_USERS:
            return TrackErrors.WORKSPACE_NOT_FOUND;
          default:
            return Reasons.of(status);
        }
      case 403:
        return clients ? TrackErrors.FORBIDDEN : TrackErrors.NO_ACCESS;
      case 404:
        if (operation == TogglOperation.TRACK_GET_ME) {
          return TrackErrors.USER_DATA_NOT_LOADED;
        }
        if (operation == TogglOperation.TRACK_UPDATE_CLIENT) {
          return TrackErrors.CLIENT_NOT_IN_WORKSPACE;
        }
        String clientId = request.pathParam("client_id");
        return clientId != null ? TrackErrors.clientNotFound(Long.parseLong(clientId)) : Reasons.of(status);
      case 500:
        return TrackErrors.SERVER_ERROR;
      default:
        return Reasons.of(status);
    }
  }
}
