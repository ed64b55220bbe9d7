package dev.togglkit.internal;

import dev.togglkit.Quota;
import dev.togglkit.errors.ErrorDetails;
import dev.togglkit.errors.TogglApiException;
import dev.togglkit.errors.TogglDecodingException;
import dev.togglkit.errors.TogglException;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.errors.TogglUnexpectedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Response;

/**
 * The one place where a failed call becomes a {@link TogglException}: it gathers the call's
 * {@link ErrorDetails} (operation, attempts, and the response's status, message, request id,
 * snippet, headers, quota and {@code Retry-After}), picks the type for a status
 * ({@link TogglApiException#of}), an I/O failure, a {@link Tunnel}, an undecodable body or an
 * unexpected runtime failure, bounds the body snippet, and masks the client's credentials
 * ({@link Secrets}) in every text it hands to an exception: parsed message, snippet, headers, a
 * decoder's problem, and the messages of the causes. The exception classes only store what they
 * are given.
 */
final class Failures {

  /** How much of a body an exception keeps: enough to recognise it, too little to dump data. */
  static final int SNIPPET_LENGTH = 200;

  static final String REQUEST_ID = "X-Toggl-Request-Id";

  private final Clock clock;
  private final Secrets secrets;

  Failures(Clock clock, Secrets secrets) {
    this.clock = clock;
    this.secrets = secrets;
  }

  /** The exception for a non-2xx response whose body (read up to a bound) is {@code body}. */
  TogglApiException status(CallContext call, Response response, String body) {
    String clean = secrets.scrub(body == null ? "" : body);
    // Scrubbed again once parsed: a JSON escape the raw text hid may be undone by parsing.
    String message = secrets.scrub(ErrorBodies.message(clean));
    ErrorDetails details = responseDetails(call, response)
        .errorMessage(message)
        .bodySnippet(snippet(clean))
        .retryAfter(response.code() == 429
            ? RetryAfter.parse(response.header("Retry-After"), clock)
            : null)
        .build();
    return TogglApiException.of(details);
  }

  /** The call and what its last response said; the quota as parsed when it arrived. */
  private ErrorDetails.Builder responseDetails(CallContext call, Response response) {
    return details(call)
        .statusCode(response.code())
        .requestId(secrets.scrub(response.header(REQUEST_ID)))
        .headers(headers(response.headers()))
        .quota(call.quota());
  }

  private static ErrorDetails.Builder details(CallContext call) {
    Operation op = call.op;
    return ErrorDetails.builder(op.id, op.method, op.path)
        .attempts(call.attempts())
        .baseUrl(op.baseUrl == null ? null : op.baseUrl.toString());
  }

  /**
   * Names as sent (OkHttp's toMultimap would lower-case them), values in order, with the client's
   * credentials masked in them like everything else derived from a response.
   */
  Map<String, List<String>> headers(Headers headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      map.computeIfAbsent(headers.name(i), name -> new ArrayList<>(1))
          .add(secrets.scrub(headers.value(i)));
    }
    return map;
  }

  /** A 2xx body that is not what the operation declares. */
  TogglDecodingException decoding(
      CallContext call, Response response, String problem, String body, Throwable cause) {
    return TogglDecodingException.of(
        responseDetails(call, response).bodySnippet(snippet(secrets.scrub(body))).build(),
        secrets.scrub(problem), scrubbed(cause));
  }

  /**
   * A failure that left OkHttp: a {@link Tunnel} is unwrapped here and only here; otherwise a wire
   * failure, told apart by type: a timeout is a {@link SocketTimeoutException} (connect, read,
   * write) or OkHttp's whole-call {@link InterruptedIOException} (togglkit's own interruptions
   * and the rate limiter's refusal travel as tunnels, and a thread interrupt leaves the flag set).
   */
  TogglException io(CallContext call, IOException e) {
    if (e instanceof Tunnel) {
      Tunnel tunnel = (Tunnel) e;
      switch (tunnel.kind) {
        case UNEXPECTED:
          return unexpected(call, tunnel.getCause());
        case QUOTA_REFUSED:
          return quotaRefused(call, tunnel.quota());
        case PACING_TIMEOUT:
          return TogglIoException.of(details(call).build(), true, tunnel.asIoException());
        default:
          return TogglIoException.of(details(call).build(), false,
              (IOException) scrubbed(tunnel.asIoException()));
      }
    }
    boolean timeout = e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && !Thread.currentThread().isInterrupted());
    return TogglIoException.of(details(call).build(), timeout, (IOException) scrubbed(e));
  }

  /**
   * Not sent: the remembered quota (the very value {@code quota()} of the client returns) said 0
   * remain; the status is the 402 the request would have drawn.
   */
  private TogglException quotaRefused(CallContext call, Quota quota) {
    return TogglApiException.of(details(call).attempts(0).statusCode(402).quota(quota).build());
  }

  /** Anything else that went wrong on the call path; a TogglException passes through as is. */
  TogglException unexpected(CallContext call, Throwable e) {
    if (e instanceof TogglException) {
      return (TogglException) e;
    }
    return TogglUnexpectedException.of(details(call).build(), scrubbed(e));
  }

  /** Adds a failure that happened while building {@code exception}, scrubbed like its cause. */
  <E extends TogglException> E withSuppressed(E exception, Throwable suppressed) {
    exception.addSuppressed(scrubbed(suppressed));
    return exception;
  }

  static String snippet(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= SNIPPET_LENGTH ? body : body.substring(0, SNIPPET_LENGTH);
  }

  /**
   * {@code e} itself when no message in its chain holds a secret; otherwise a stand-in with the
   * same class name, masked message, stack trace and (scrubbed) cause, because an exception's
   * message cannot be changed after the fact.
   */
  Throwable scrubbed(Throwable e) {
    if (e == null || !carriesSecret(e)) {
      return e;
    }
    ScrubbedException copy = new ScrubbedException(
        e.getClass().getName() + ": " + secrets.scrub(e.getMessage()), scrubbed(e.getCause()));
    copy.setStackTrace(e.getStackTrace());
    for (Throwable suppressed : e.getSuppressed()) {
      copy.addSuppressed(scrubbed(suppressed));
    }
    return copy;
  }

  private boolean carriesSecret(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (secrets.appearsIn(t.getMessage())) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (carriesSecret(suppressed)) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Stands in for a failure whose message held a credential. An IOException, so it can be the
   * cause of a {@link TogglIoException} too.
   */
  static final class ScrubbedException extends IOException {
    private static final long serialVersionUID = 1L;

    ScrubbedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
