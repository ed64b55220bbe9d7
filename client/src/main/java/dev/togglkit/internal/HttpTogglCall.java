package dev.togglkit.internal;

import dev.togglkit.RequestOptions;
import dev.togglkit.TogglCall;
import dev.togglkit.TogglResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@link TogglCall} over OkHttp. The request (URL, headers, JSON body, and the
 * {@link retrofit2.Invocation} tag that names the operation) is built once, when the call is
 * made, before anything can be sent; a request that cannot be built (a body Moshi refuses) is
 * remembered and fails {@link #execute()} with an {@link IllegalArgumentException} naming the
 * operation and the field, and {@link #executeAsync()} with a future failed the same way.
 * {@link #describe()} and {@link #toString()} never build anything and never throw. Sending makes
 * exactly one OkHttp call and hands the response to {@link ResponseHandler}, so Retrofit's own
 * response parsing, which cannot tell a dropped connection from bad JSON, is never involved.
 */
final class HttpTogglCall<T> implements TogglCall<T> {

  /** What the call is; the request, or why it could not be built. */
  static final class Prepared {
    final Operation op;
    final Request request;
    final RuntimeException buildFailure;

    private Prepared(Operation op, Request request, RuntimeException buildFailure) {
      this.op = op;
      this.request = request;
      this.buildFailure = buildFailure;
    }

    /** Builds the request Retrofit describes, catching what refuses to build. */
    static Prepared of(retrofit2.Call<?> retrofitCall, Operation declared) {
      Request request;
      try {
        request = retrofitCall.request();
      } catch (RuntimeException refused) {
        return new Prepared(declared, null, refused);
      }
      return new Prepared(Operation.of(request, declared.baseUrl), request, null);
    }

    IllegalArgumentException buildFailure() {
      Throwable cause = buildFailure;
      // Retrofit wraps a converter's IOException as "Unable to create request."
      if (cause.getCause() != null && "Unable to create request.".equals(cause.getMessage())) {
        cause = cause.getCause();
      }
      return new IllegalArgumentException(op + ": cannot build the request: "
          + cause.getMessage(), buildFailure);
    }
  }

  private final Prepared prepared;
  private final okhttp3.Call.Factory http;
  private final ResponseHandler<T> handler;
  private final Failures failures;
  private final ClientState state;
  private final RequestOptions options;

  private okhttp3.Call rawCall;
  private boolean executed;
  private boolean canceled;

  HttpTogglCall(Prepared prepared, okhttp3.Call.Factory http, ResponseHandler<T> handler,
      Failures failures, ClientState state, RequestOptions options) {
    this.prepared = prepared;
    this.http = http;
    this.handler = handler;
    this.failures = failures;
    this.state = state;
    this.options = options;
  }

  @Override
  public T execute() {
    return send(handler::handle);
  }

  @Override
  public TogglResponse<T> executeWithResponse() {
    return send(this::withResponse);
  }

  @Override
  public CompletableFuture<T> executeAsync() {
    return sendAsync(handler::handle);
  }

  @Override
  public CompletableFuture<TogglResponse<T>> executeWithResponseAsync() {
    return sendAsync(this::withResponse);
  }

  /**
   * Decodes the body (or throws), then keeps the status and headers beside it. Received at the
   * instant its quota was parsed, so the response, the client's quota() and a quota exception
   * all read one clock once.
   */
  private TogglResponse<T> withResponse(CallContext call, Response response) {
    T body = handler.handle(call, response);
    Instant receivedAt = call.quotaObservedAt();
    return TogglResponse.of(response.code(), failures.headers(response.headers()), body,
        receivedAt != null ? receivedAt : state.clock().instant());
  }

  private <R> R send(BiFunction<CallContext, Response, R> onResponse) {
    CallContext call = new CallContext(prepared.op, options);
    okhttp3.Call raw = start(call);
    Response response;
    try {
      response = raw.execute();
    } catch (IOException e) {
      throw failures.io(call, e);
    } catch (RuntimeException e) {
      throw failures.unexpected(call, e);
    } finally {
      state.contexts().release(raw);
    }
    return onResponse.apply(call, response);
  }

  private <R> CompletableFuture<R> sendAsync(BiFunction<CallContext, Response, R> onResponse) {
    CallContext call = new CallContext(prepared.op, options);
    okhttp3.Call raw;
    try {
      raw = start(call);
    } catch (IllegalArgumentException unbuildable) {
      return CompletableFuture.failedFuture(unbuildable);
    }
    CompletableFuture<R> future = new CompletableFuture<R>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        // Future first: cancelling the HTTP call closes its socket, and the failure that follows
        // on OkHttp's thread would otherwise complete the future before it could be cancelled.
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        raw.cancel();
        return cancelled;
      }
    };
    raw.enqueue(new Callback() {
      @Override
      public void onFailure(okhttp3.Call failed, IOException e) {
        state.contexts().release(failed);
        future.completeExceptionally(failures.io(call, e));
      }

      @Override
      public void onResponse(okhttp3.Call answered, Response response) {
        state.contexts().release(answered);
        try {
          future.complete(onResponse.apply(call, response));
        } catch (RuntimeException e) {
          // handle() throws only TogglExceptions; unexpected() passes those through unchanged.
          future.completeExceptionally(failures.unexpected(call, e));
        }
      }
    });
    return future;
  }

  /**
   * Makes the one OkHttp call of this TogglCall; a TogglCall is single-use like the calls it
   * wraps. A request that could not be built fails here, before anything is sent.
   */
  private synchronized okhttp3.Call start(CallContext call) {
    if (executed) {
      throw new IllegalStateException(describe() + " was already executed; use copy() to send it again");
    }
    state.checkOpen(prepared.op);
    executed = true;
    if (prepared.buildFailure != null) {
      throw prepared.buildFailure();
    }
    rawCall = http.newCall(prepared.request);
    // Registered before it starts, so the interceptors find this call's options, count its
    // attempts and keep the quota of its last response.
    state.contexts().register(rawCall, call);
    if (options.callTimeout().isPresent()) {
      // Set before the call starts: OkHttp arms the whole-call timer when it is executed.
      rawCall.timeout().timeout(options.callTimeout().get().toMillis(), TimeUnit.MILLISECONDS);
    }
    if (canceled) {
      rawCall.cancel();
    }
    return rawCall;
  }

  @Override
  public TogglCall<T> copy() {
    // The request is immutable and its body replayable, so the copy shares it.
    return new HttpTogglCall<>(prepared, http, handler, failures, state, options);
  }

  @Override
  public TogglCall<T> withOptions(RequestOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null (use RequestOptions.none())");
    }
    return new HttpTogglCall<>(prepared, http, handler, failures, state, options);
  }

  @Override
  public synchronized void cancel() {
    canceled = true;
    if (rawCall != null) {
      rawCall.cancel();
    }
  }

  @Override
  public String describe() {
    return prepared.op.toString();
  }

  @Override
  public String toString() {
    return "TogglCall[" + describe() + "]";
  }
}
