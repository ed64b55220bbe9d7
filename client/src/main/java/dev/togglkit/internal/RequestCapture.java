package dev.togglkit.internal;

import java.io.IOException;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * The {@code Call.Factory} Retrofit is given: Retrofit builds a request by asking its call factory
 * for a call, and with the real OkHttpClient that made a second OkHttp call per request, never
 * executed, which a user's {@code EventListener} still saw. This factory only holds the request
 * Retrofit built; {@link HttpTogglCall} makes the one real call from it.
 */
final class RequestCapture implements okhttp3.Call.Factory {

  @Override
  public okhttp3.Call newCall(Request request) {
    return new Captured(request);
  }

  /** A request wrapped as a call that cannot be sent. */
  private static final class Captured implements okhttp3.Call {
    private final Request request;

    Captured(Request request) {
      this.request = request;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response execute() throws IOException {
      throw new UnsupportedOperationException("a captured request is sent by HttpTogglCall");
    }

    @Override
    public void enqueue(Callback responseCallback) {
      throw new UnsupportedOperationException("a captured request is sent by HttpTogglCall");
    }

    @Override
    public void cancel() {
      // Nothing is in flight.
    }

    @Override
    public boolean isExecuted() {
      return false;
    }

    @Override
    public boolean isCanceled() {
      return false;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public okhttp3.Call clone() {
      return new Captured(request);
    }
  }
}
