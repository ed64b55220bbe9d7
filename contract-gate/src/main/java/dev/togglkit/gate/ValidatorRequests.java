package dev.togglkit.gate;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a pact interaction's request and response into the validator's model, field by field. */
final class ValidatorRequests {

  private ValidatorRequests() {
  }

  static Request.Method method(PactRequest request) {
    try {
      return Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown HTTP method '" + request.method() + "'", e);
    }
  }

  /** The path without any query string (a V2 pact may carry one in the path). */
  static String pathOnly(PactRequest request) {
    int question = request.path().indexOf('?');
    return question < 0 ? request.path() : request.path().substring(0, question);
  }

  static SimpleRequest request(PactRequest request) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(method(request), pathOnly(request));
    request.query().forEach(builder::withQueryParam);
    request.headers().forEach(builder::withHeader);
    request.body().ifPresent(body -> builder.withBody(body, StandardCharsets.UTF_8));
    return builder.build();
  }

  static SimpleResponse response(PactResponse response) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
    response.headers().forEach(builder::withHeader);
    response.body().ifPresent(body -> builder.withBody(body, StandardCharsets.UTF_8));
    return builder.build();
  }
}
