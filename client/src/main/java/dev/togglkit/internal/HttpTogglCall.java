package dev.togglkit.internal;

import dev.togglkit.TogglCall;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Callback;
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

  private okhttp3.Call rawCall;
  private boolean executed;
  private boolean canceled;

  HttpTogglCall(retrofit2.Call<?> retrofitCall, okhttp3.Call.Factory callFactory, HttpUrl baseUrl,
      ResponseHandler<T> handler) {
    this.retrofitCall = retrofitCall;
    this.callFactory = callFactory;
    this.baseUrl = baseUrl;
    this.handler = handler;
  }

  @Override
  public T execute() {
    okhttp3.Call call = start();
    Operation op = Operation.of(call.request(), baseUrl);
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw handler.failure(op, e);
    } catch (RuntimeException e) {
      throw handler.failure(op, e);
    }
    return handler.handle(op, response);
  }

  @Override
  public CompletableFuture<T> executeAsync() {
    okhttp3.Call call = start();
    Operation op = Operation.of(call.request(), baseUrl);
    CompletableFuture<T> future = new CompletableFuture<T>() {
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
        future.completeExceptionally(handler.failure(op, e));
      }

      @Override
      public void onResponse(okhttp3.Call answered, Response response) {
        try {
          future.complete(handler.handle(op, response));
        } catch (RuntimeException e) {
          // handle() throws only TogglExceptions; failure() passes those through unchanged.
          future.completeExceptionally(handler.failure(op, e));
        }
      }
    });
    return future;
  }

  /** Builds the OkHttp call once; a TogglCall is single-use like the calls it wraps. */
  private synchronized okhttp3.Call start() {
    if (executed) {
      throw new IllegalStateException(describe() + " was already executed; use copy() to send it again");
    }
    executed = true;
    rawCall = callFactory.newCall(retrofitCall.request());
    if (canceled) {
      rawCall.cancel();
    }
    return rawCall;
  }

  @Override
  public TogglCall<T> copy() {
    return new HttpTogglCall<>(retrofitCall.clone(), callFactory, baseUrl, handler);
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
