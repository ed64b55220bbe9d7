package dev.togglkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.togglkit.errors.TogglApiException;
import org.junit.jupiter.api.function.Executable;

/**
 * The check every unhappy-path pact test makes: the client threw the typed exception for the status,
 * carrying the status code and the documented message it parsed from the body.
 */
public final class ApiErrors {

  private ApiErrors() {
  }

  /**
   * Asserts that {@code call} throws {@code type} with {@code status}, the documented {@code message}
   * and the spec's {@code operation} id; returns the exception for any further check.
   */
  public static <T extends TogglApiException> T assertApiError(Class<T> type, int status, String message,
      String operation, Executable call) {
    T error = assertApiError(type, status, message, call);
    assertEquals(operation, error.operation(), "operation");
    return error;
  }

  /** As {@link #assertApiError(Class, int, String, String, Executable)}, without the operation check. */
  public static <T extends TogglApiException> T assertApiError(Class<T> type, int status, String message,
      Executable call) {
    T error = assertThrows(type, call);
    assertEquals(status, error.statusCode(), "status code");
    assertEquals(message, error.errorMessage().orElse(null), "documented message");
    return error;
  }
}
