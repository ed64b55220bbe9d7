package dev.togglkit.testing.internal;

import dev.togglkit.gate.exchange.ExchangeFinding;
import dev.togglkit.gate.exchange.ExchangeRequest;
import dev.togglkit.gate.exchange.ExchangeValidator;
import dev.togglkit.testing.TogglOperation;
import dev.togglkit.testing.TogglOperation.Api;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Holds every request the fake receives to the spec it serves: the documents togglkit-client was generated from
 * and carries under {@code META-INF/togglkit/spec/}, judged with the contract gate's rules
 * ({@link ExchangeValidator}): path and query parameters (types, enums, undeclared query parameters), body
 * schema (types, undeclared fields) and content type. Credentials are the {@link Authenticator}'s: a request
 * without valid ones gets Toggl's 401, not a 400.
 *
 * <p>The documents are parsed once per JVM, when the first validating fake starts, and shared by every fake.
 */
public final class RequestValidation {

  private static final Map<Api, String> DOCUMENTS = Map.of(
      Api.TRACK, "META-INF/togglkit/spec/track-v9/openapi.yaml",
      Api.FOCUS, "META-INF/togglkit/spec/focus/openapi.yaml");
  private static final Map<Api, ExchangeValidator> VALIDATORS = new EnumMap<>(Api.class);

  private RequestValidation() {
  }

  /** What is wrong with {@code request} for an operation of {@code api}; empty when it is valid. */
  public static List<String> violations(Api api, FakeRequest request) {
    List<ExchangeFinding> findings = validator(api).validateRequest(new ExchangeRequest(request.method(),
        request.path(), request.rawQuery(), request.headers(), request.body()));
    List<String> violations = new ArrayList<>();
    for (ExchangeFinding finding : findings) {
      if (finding.kind() != ExchangeFinding.Kind.CREDENTIALS) {
        violations.add(finding.toString());
      }
    }
    return violations;
  }

  /**
   * The 400 a request with {@code violations} gets, in the API's error shape, naming each parameter or field:
   * Track's JSON string ({@code "Does not match the spec: query parameter 'state' is not documented"}); Focus's
   * {@code {error, error_description, trace_id}} with the operation's documented 400 code and message, followed by
   * the violations.
   */
  public static FakeResponse badRequest(TogglOperation operation, List<String> violations) {
    String detail = String.join("; ", violations);
    if (operation.api() == Api.FOCUS) {
      List<OperationTable.Message> documented = OperationTable.row(Api.FOCUS, operation.operationId()).messages(400);
      return documented.isEmpty()
          ? FocusErrors.error(400, "invalid_request", detail)
          : FocusErrors.error(400, documented.get(0).error, documented.get(0).text + ": " + detail);
    }
    return TrackErrors.error(400, "Does not match the spec: " + detail);
  }

  /** The validator for one API's document, parsed on first use. */
  public static synchronized ExchangeValidator validator(Api api) {
    return VALIDATORS.computeIfAbsent(api, a -> ExchangeValidator.loadResource(DOCUMENTS.get(a),
        RequestValidation.class.getClassLoader()));
  }
}
