package dev.togglkit.internal;

import dev.togglkit.HttpLogger;
import dev.togglkit.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends an idempotent request (GET, PUT, DELETE) again after 429, 502, 503, 504 or a connection
 * failure, within {@link RetryPolicy}'s bounds. POST and PATCH pass straight through: a POST that
 * timed out may already have created a client, and sending it again would create a second one.
 * The one exception is opt-in ({@link RetryPolicy#resendsWritesOn429()}): a POST or PATCH answered
 * 429 with a readable {@code Retry-After} that fits the budget is sent again, because Toggl's rate
 * limiter answers 429 before doing anything; a 429 without {@code Retry-After}, any other status
 * and any connection failure still end a write's call.
 *
 * <p>Each retry writes one line to the client's {@link HttpLogger} (when one is set): the call,
 * which attempt failed and why, and how long until the next one. It is an application interceptor,
 * so the whole sequence counts against OkHttp's call timeout and a cancelled call stops between
 * attempts. OkHttp's own connection-failure retry is switched off where the client is assembled,
 * so this is the only place that decides.
 */
final class RetryInterceptor implements Interceptor {

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;
  private final HttpLogger logger;
  private final Secrets secrets;
  private final CallContexts contexts;

  /** @param logger null when the client logs nothing */
  RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random,
      HttpLogger logger, Secrets secrets, CallContexts contexts) {
    this.contexts = contexts;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
    this.logger = logger;
    this.secrets = secrets;
  }

  /** The same client's retries under another policy (a call's own, from its RequestOptions). */
  RetryInterceptor withPolicy(RetryPolicy other) {
    return new RetryInterceptor(other, sleeper, clock, random, logger, secrets, contexts);
  }

  static boolean isIdempotent(String method) {
    return method.equals("GET") || method.equals("PUT") || method.equals("DELETE");
  }

  static boolean isRetryableStatus(int code) {
    return code == 429 || code == 502 || code == 503 || code == 504;
  }

  /**
   * Connection refused or reset, or the server closed before answering. Not timeouts or
   * cancellation (both surface as InterruptedIOException; the caller's time is already spent),
   * not an unknown host and not a TLS trust failure: those do not heal in a few seconds, and not
   * a {@link Tunnel}: a request togglkit refused to send, or a failure that is not I/O.
   */
  static boolean isRetryableFailure(IOException e) {
    return !(e instanceof InterruptedIOException
        || e instanceof UnknownHostException
        || e instanceof SSLHandshakeException
        || e instanceof SSLPeerUnverifiedException
        || e instanceof Tunnel);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = isIdempotent(request.method());
    if ((!idempotent && !policy.resendsWritesOn429()) || policy.maxRetries() == 0) {
      return chain.proceed(request);
    }
    int maxAttempts = policy.maxRetries() + 1;
    Duration waited = Duration.ZERO;
    for (int attempt = 0; ; attempt++) {
      boolean lastAttempt = attempt >= policy.maxRetries();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException failure) {
        if (!idempotent || lastAttempt || !isRetryableFailure(failure)
            || chain.call().isCanceled()) {
          throw failure;
        }
        Duration delay = backoff(attempt);
        if (exceedsBudget(waited, delay)) {
          throw failure;
        }
        logRetry(chain, attempt, maxAttempts, "failed: " + failure.getClass().getSimpleName()
            + (failure.getMessage() == null ? "" : " " + failure.getMessage()), delay);
        sleep(chain, delay, failure);
        waited = waited.plus(delay); // within the budget, so no overflow
        continue;
      }
      if (lastAttempt || !(idempotent ? isRetryableStatus(response.code()) : response.code() == 429)) {
        return response;
      }
      Duration delay;
      try {
        Duration asked = RetryAfter.parse(response.header("Retry-After"), clock);
        if (asked == null && !idempotent) {
          // A write is re-sent only when the server said when: without Retry-After, a 429 may
          // come from something other than the rate limiter, which proves nothing was done.
          return response;
        }
        delay = asked != null ? asked : backoff(attempt);
        if (exceedsBudget(waited, delay)) {
          // The server wants more time than we may spend: hand the error (and its Retry-After) over.
          return response;
        }
        logRetry(chain, attempt, maxAttempts, "answered HTTP " + response.code()
            + (asked != null ? " with Retry-After" : ""), delay);
      } catch (RuntimeException e) {
        // A logger may throw; a response must never outlive a failure unclosed.
        response.close();
        throw e;
      }
      response.close();
      sleep(chain, delay, null);
      waited = waited.plus(delay);
    }
  }

  /**
   * One line per retry, e.g. {@code retry: getClient GET /workspaces/1/clients/2 attempt 1/4
   * answered HTTP 503; attempt 2/4 in 1200 ms}.
   */
  private void logRetry(Chain chain, int attempt, int maxAttempts, String reason,
      Duration delay) {
    if (logger == null) {
      return;
    }
    logger.log(secrets.scrub("retry: " + contexts.of(chain).op + " attempt " + (attempt + 1)
        + "/" + maxAttempts + " " + reason + "; attempt " + (attempt + 2) + "/" + maxAttempts
        + " in " + HeaderNumbers.millisSaturated(delay) + " ms"));
  }

  /**
   * Whether waiting {@code delay} more would pass the budget. {@code waited} never exceeds the
   * budget, so the subtraction cannot overflow, and a Retry-After of any size compares safely.
   */
  private boolean exceedsBudget(Duration waited, Duration delay) {
    return delay.compareTo(policy.maxTotalWait().minus(waited)) > 0;
  }

  /** Exponential backoff, capped, with full jitter: uniformly random in [0, cap]. */
  Duration backoff(int attempt) {
    long base = HeaderNumbers.millisSaturated(policy.baseDelay());
    long cap = HeaderNumbers.millisSaturated(policy.maxDelay());
    // base * 2^attempt, saturated at cap before it could overflow.
    long exponential = attempt >= 62 || base > (cap >> attempt) ? cap : base << attempt;
    long millis = policy.jitter() ? (long) (random.getAsDouble() * exponential) : exponential;
    return Duration.ofMillis(millis);
  }

  private void sleep(Chain chain, Duration delay, IOException previous) throws IOException {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Tunnel interrupted = Tunnel.interrupted("interrupted while waiting to retry");
      if (previous != null) {
        interrupted.addSuppressed(previous);
      }
      throw interrupted;
    }
    if (chain.call().isCanceled()) {
      IOException canceled = new IOException("Canceled");
      if (previous != null) {
        canceled.addSuppressed(previous);
      }
      throw canceled;
    }
  }
}
