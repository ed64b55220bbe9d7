package dev.togglkit.internal;

import dev.togglkit.RequestOptions;
import dev.togglkit.TogglCall;
import dev.togglkit.TogglException;
import dev.togglkit.TogglResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@link TogglCall} over OkHttp. Retrofit builds the request (URL, headers, JSON body, and the
 * {@link retrofit2.Invocation} tag that names the operation); this class sends it and hands the
 * response to {@link ResponseHandler}, so Retrofit's own response parsing, which cannot tell a
 * dropped connection from bad JSON, is never involved.
 */
final class HttpTogglCall<T> implements TogglCall<T> {

  private final retrofit2.Call<?> retrofitCall;
  private final okhttp3.Call.Factory callFactory;
  private final HttpUrl baseUrl;
  private final ResponseHandler<T> handler;
  private final ClientState state;
  private final RequestOptions options;

  private okhttp3.Call rawCall;
  private boolean executed;
  private boolean canceled;

  HttpTogglCall(retrofit2.Call<?> retrofitCall, okhttp3.Call.Factory callFactory, HttpUrl baseUrl,
      ResponseHandler<T> handler, ClientState state) {
    this(retrofitCall, callFactory, baseUrl, handler, state, RequestOptions.none());
  }

  private HttpTogglCall(retrofit2.Call<?> retrofitCall, okhttp3.Call.Factory callFactory,
      HttpUrl baseUrl, ResponseHandler<T> handler, ClientState state, RequestOptions options) {
    this.retrofitCall = retrofitCall;
    this.callFactory = callFactory;
    this.baseUrl = baseUrl;
    this.handler = handler;
    this.state = state;
    this.options = options;
  }

  @Override
  public T execute() {
    return send((op, response) -> handler.handle(op, response));
  }

  @Override
  public TogglResponse<T> executeWithResponse() {
    return send(this::withResponse);
  }

  @Override
  public CompletableFuture<T> executeAsync() {
    return sendAsync((op, response) -> handler.handle(op, response));
  }

  @Override
  public CompletableFuture<TogglResponse<T>> executeWithResponseAsync() {
    return sendAsync(this::withResponse);
  }

  /** Decodes the body (or throws), then keeps the status and headers beside it. */
  private TogglResponse<T> withResponse(Operation op, Response response) {
    T body = handler.handle(op, response);
    return TogglResponse.of(response.code(), headers(response.headers()), body, state.clock().instant());
  }

  /**
   * Names as sent (OkHttp's toMultimap would lower-case them), values in order, with the client's
   * credentials masked in them like everything else derived from a response.
   */
  private Map<String, List<String>> headers(Headers headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      map.computeIfAbsent(headers.name(i), name -> new ArrayList<>(1))
          .add(handler.headerValue(headers.value(i)));
    }
    return map;
  }

  private <R> R send(BiFunction<Operation, Response, R> onResponse) {
    okhttp3.Call call = start();
    Operation op = Operation.of(call.request(), baseUrl);
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw failure(op, e);
    } catch (RuntimeException e) {
      throw handler.failure(op, e);
    }
    return onResponse.apply(op, response);
  }

  private <R> CompletableFuture<R> sendAsync(BiFunction<Operation, Response, R> onResponse) {
    okhttp3.Call call = start();
    Operation op = Operation.of(call.request(), baseUrl);
    CompletableFuture<R> future = new CompletableFuture<R>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        // Future first: cancelling the HTTP call closes its socket, and the failure that follows
        // on OkHttp's thread would otherwise complete the future before it could be cancelled.
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        call.cancel();
        return cancelled;
      }
    };
    call.enqueue(new Callback() {
      @Override
      public void onFailure(okhttp3.Call failed, IOException e) {
        future.completeExceptionally(failure(op, e));
      }

      @Override
      public void onResponse(okhttp3.Call answered, Response response) {
        try {
          future.complete(onResponse.apply(op, response));
        } catch (RuntimeException e) {
          // handle() throws only TogglExceptions; failure() passes those through unchanged.
          future.completeExceptionally(handler.failure(op, e));
        }
      }
    });
    return future;
  }

  /** A request the pacing layer refused to send, or a failure on the wire. */
  private TogglException failure(Operation op, IOException e) {
    if (e instanceof QuotaRefusal) {
      return ((QuotaRefusal) e).toException(op, state.clock().instant());
    }
    return handler.failure(op, e);
  }

  /** Builds the OkHttp call once; a TogglCall is single-use like the calls it wraps. */
  private synchronized okhttp3.Call start() {
    if (executed) {
      throw new IllegalStateException(describe() + " was already executed; use copy() to send it again");
    }
    state.checkOpen(describe());
    executed = true;
    Request request = retrofitCall.request();
    if (options != RequestOptions.none() || state.paced()) {
      // The context rides along as a tag, so the interceptors can read this call's options and
      // the limiter its start; a plain call on an unpaced client skips the copy.
      request = request.newBuilder().tag(CallContext.class, new CallContext(options)).build();
    }
    rawCall = callFactory.newCall(request);
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
    return new HttpTogglCall<>(retrofitCall.clone(), callFactory, baseUrl, handler, state, options);
  }

  @Override
  public TogglCall<T> withOptions(RequestOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null (use RequestOptions.none())");
    }
    return new HttpTogglCall<>(retrofitCall.clone(), callFactory, baseUrl, handler, state, options);
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
    Request request = retrofitCall.request();
    return Operation.of(request, baseUrl).toString();
  }

  @Override
  public String toString() {
    return "TogglCall[" + describe() + "]";
  }
}
