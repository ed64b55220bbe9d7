package dev.togglkit.contract;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;

/**
 * Opens an interaction: method, path, provider state, description and the Authorization header the
 * API expects. Every interaction starts with these lines, so they are written once here. The caller
 * then adds any query or body and the response.
 */
public final class PactRequests {

  private PactRequests() {
  }

  /** A Track request with HTTP Basic credentials, the way {@link PactClients#track} sends them. */
  public static PactDslRequestWithPath trackRequest(PactDslWithProvider builder, String method, String path,
      String state, String description) {
    return request(builder, method, path, state, description)
        .matchHeader("Authorization", PactClients.BASIC_AUTH_PATTERN, PactClients.TRACK_AUTHORIZATION);
  }

  /** A Focus request with a Bearer token, the way {@link PactClients#focus} sends it. */
  public static PactDslRequestWithPath focusRequest(PactDslWithProvider builder, String method, String path,
      String state, String description) {
    return request(builder, method, path, state, description)
        .matchHeader("Authorization", PactClients.BEARER_AUTH_PATTERN, PactClients.FOCUS_AUTHORIZATION);
  }

  private static PactDslRequestWithPath request(PactDslWithProvider builder, String method, String path,
      String state, String description) {
    return builder
        .given(state)
        .uponReceiving(description)
        .method(method)
        .path(path);
  }
}
