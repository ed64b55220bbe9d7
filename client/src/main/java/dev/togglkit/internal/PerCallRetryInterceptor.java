package dev.togglkit.internal;

import dev.togglkit.HttpLogger;
import dev.togglkit.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Retries with the client's {@link RetryPolicy}, or with the one a call's
 * {@link dev.togglkit.RequestOptions} names: a {@link RetryInterceptor} for that policy is made for
 * the call (a few fields; the sleeper, clock and jitter source stay the client's).
 */
final class PerCallRetryInterceptor implements Interceptor {

  private final RetryInterceptor clientDefault;
  private final CallContexts contexts;

  /** @param logger null when the client logs nothing */
  PerCallRetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random,
      HttpLogger logger, Secrets secrets, CallContexts contexts) {
    this.contexts = contexts;
    this.clientDefault = new RetryInterceptor(policy, sleeper, clock, random, logger, secrets, contexts);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Optional<RetryPolicy> own = contexts.of(chain).options.retryPolicy();
    RetryInterceptor retry = own.isPresent() ? clientDefault.withPolicy(own.get()) : clientDefault;
    return retry.intercept(chain);
  }
}
