package dev.togglkit.internal;

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
 *
 * <p>It is an application interceptor, so the whole sequence counts against OkHttp's call timeout
 * and a cancelled call stops between attempts. OkHttp's own connection-failure retry is switched
 * off where the client is assembled, so this is the only place that decides.
 */
final class RetryInterceptor implements Interceptor {

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
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
   * not an unknown host and not a TLS trust failure: those do not heal in a few seconds.
   */
  static boolean isRetryableFailure(IOException e) {
    return !(e instanceof InterruptedIOException
        || e instanceof UnknownHostException
        || e instanceof SSLHandshakeException
        || e instanceof SSLPeerUnverifiedException
        // Not sent at all: the quota is used up, and retrying within seconds cannot change that.
        || e instanceof QuotaRefusal);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isIdempotent(request.method()) || policy.maxRetries() == 0) {
      return chain.proceed(request);
    }
    Duration waited = Duration.ZERO;
    for (int attempt = 0; ; attempt++) {
      boolean lastAttempt = attempt >= policy.maxRetries();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException failure) {
        if (lastAttempt || !isRetryableFailure(failure) || chain.call().isCanceled()) {
          throw failure;
        }
        Duration delay = backoff(attempt);
        if (exceedsBudget(waited, delay)) {
          throw failure;
        }
        sleep(chain, delay, failure);
        waited = waited.plus(delay); // within the budget, so no overflow
        continue;
      }
      if (lastAttempt || !isRetryableStatus(response.code())) {
        return response;
      }
      Duration delay;
      try {
        Duration asked = RetryAfter.parse(response.header("Retry-After"), clock);
        delay = asked != null ? asked : backoff(attempt);
      } catch (RuntimeException e) {
        // Nothing here should throw, but a response must never outlive a failure unclosed.
        response.close();
        throw e;
      }
      if (exceedsBudget(waited, delay)) {
        // The server wants more time than we may spend: hand the error (and its Retry-After) over.
        return response;
      }
      response.close();
      sleep(chain, delay, null);
      waited = waited.plus(delay);
    }
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
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting to retry");
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
