package dev.togglkit.internal;

import dev.togglkit.AuthenticationException;
import dev.togglkit.BadRequestException;
import dev.togglkit.ForbiddenException;
import dev.togglkit.PremiumFeatureException;
import dev.togglkit.QuotaExceededException;
import dev.togglkit.RateLimitException;
import dev.togglkit.RedirectException;
import dev.togglkit.ServerException;
import dev.togglkit.TogglApiException;
import dev.togglkit.TogglDecodingException;
import dev.togglkit.TogglException;
import dev.togglkit.TogglIoException;
import dev.togglkit.TogglUnexpectedException;
import dev.togglkit.UnexpectedStatusException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Response;

/**
 * The one place where a failed call becomes a {@link TogglException}: it picks the type for a
 * status, an I/O failure, an undecodable body or an unexpected runtime failure, bounds the body
 * snippet, and masks the client's credentials ({@link Secrets}) in every text it hands to an
 * exception: parsed message, snippet, quoted headers, a decoder's problem, and the messages of the
 * causes. The exception classes only store what they are given.
 */
final class Failures {

  /** How much of a body an exception keeps: enough to recognise it, too little to dump data. */
  static final int SNIPPET_LENGTH = 200;

  static final String REQUEST_ID = "X-Toggl-Request-Id";
  static final String QUOTA_REMAINING = "X-Toggl-Quota-Remaining";
  static final String QUOTA_RESETS_IN = "X-Toggl-Quota-Resets-In";

  private final Clock clock;
  private final Secrets secrets;

  Failures(Clock clock, Secrets secrets) {
    this.clock = clock;
    this.secrets = secrets;
  }

  /** The exception for a non-2xx response whose body (read up to a bound) is {@code body}. */
  TogglApiException status(Operation op, Response response, String body) {
    int code = response.code();
    String clean = secrets.scrub(body == null ? "" : body);
    // Scrubbed again once parsed: a JSON escape the raw text hid may be undone by parsing.
    String message = secrets.scrub(ErrorBodies.message(clean));
    String snippet = snippet(clean);
    String requestId = secrets.scrub(response.header(REQUEST_ID));
    String id = op.id;
    String method = op.method;
    String path = op.path;
    switch (code) {
      case 400:
        return new BadRequestException(id, method, path, code, message, requestId, snippet);
      case 401:
        return new AuthenticationException(id, method, path, code, message, requestId, snippet);
      case 402:
        return paymentRequired(op, response, message, requestId, snippet);
      case 403:
        return new ForbiddenException(id, method, path, code, message, requestId, snippet);
      case 404:
        return NotFoundResponses.create(op, response, message, requestId, snippet);
      case 429:
        Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
        return new RateLimitException(id, method, path, code, message, requestId, snippet,
            retryAfter);
      default:
        if (code >= 300 && code <= 399) {
          return new RedirectException(id, method, path, code, message, requestId, snippet,
              secrets.scrub(response.header("Location")));
        }
        if (code >= 500 && code <= 599) {
          return new ServerException(id, method, path, code, message, requestId, snippet);
        }
        return new UnexpectedStatusException(id, method, path, code, message, requestId, snippet);
    }
  }

  /** 402 means "quota used up" when quota headers are present, "premium feature" otherwise. */
  private TogglApiException paymentRequired(
      Operation op, Response response, String message, String requestId, String snippet) {
    String remainingHeader = response.header(QUOTA_REMAINING);
    String resetsInHeader = response.header(QUOTA_RESETS_IN);
    if (remainingHeader == null && resetsInHeader == null) {
      return new PremiumFeatureException(
          op.id, op.method, op.path, 402, message, requestId, snippet);
    }
    Long remaining = QuotaHeaders.wholeNumber(remainingHeader);
    Long resetsInSeconds = QuotaHeaders.wholeNumber(resetsInHeader);
    Duration resetsIn = resetsInSeconds == null ? null : Duration.ofSeconds(resetsInSeconds);
    Instant receivedAt = response.receivedResponseAtMillis() > 0
        ? Instant.ofEpochMilli(response.receivedResponseAtMillis())
        : clock.instant();
    Instant resetsAt = resetsIn == null ? null : HeaderNumbers.plusSaturated(receivedAt, resetsIn);
    return new QuotaExceededException(op.id, op.method, op.path, 402, message, requestId, snippet,
        remaining, resetsIn, resetsAt);
  }

  /** A 2xx body that is not what the operation declares. */
  TogglDecodingException decoding(
      Operation op, int code, String problem, String body, Throwable cause) {
    return new TogglDecodingException(op.id, op.method, op.path, code, secrets.scrub(problem),
        snippet(secrets.scrub(body)), scrubbed(cause));
  }

  /**
   * A wire failure, telling a timeout apart from a refused or dropped connection; a runtime
   * failure that an interceptor threw arrives here wrapped by {@link UnexpectedFailureInterceptor}.
   */
  TogglException io(Operation op, IOException e) {
    if (e instanceof UnexpectedFailureInterceptor.Wrapped) {
      return unexpected(op, e.getCause());
    }
    boolean timeout = e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException
            && e.getMessage() != null && e.getMessage().contains("timeout"));
    return new TogglIoException(op.id, op.method, op.path, timeout, (IOException) scrubbed(e));
  }

  /** Anything else that went wrong on the call path; a TogglException passes through as is. */
  TogglException unexpected(Operation op, Throwable e) {
    if (e instanceof TogglException) {
      return (TogglException) e;
    }
    Throwable cause = scrubbed(e);
    return new TogglUnexpectedException(op.id, op.method, op.path,
        cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
  }

  /** Adds a failure that happened while building {@code exception}, scrubbed like its cause. */
  <E extends TogglException> E withSuppressed(E exception, Throwable suppressed) {
    exception.addSuppressed(scrubbed(suppressed));
    return exception;
  }

  /**
   * A header value of a successful response with the secrets masked: a {@code TogglResponse}
   * shows headers and the request id, and a server may echo credentials in any of them.
   */
  String headerValue(String value) {
    return secrets.scrub(value);
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
