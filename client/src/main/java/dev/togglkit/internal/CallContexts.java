package dev.togglkit.internal;

import dev.togglkit.RequestOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;

/**
 * The {@link CallContext} of every call of one client that is in flight, found by the OkHttp call
 * an interceptor's chain belongs to. A map entry per call, not a tag on the request: tagging meant
 * copying every request (about a kilobyte per call, benchmarks/RESULTS.md), and OkHttp 4 calls
 * carry no tags of their own. {@link HttpTogglCall} registers a call before it starts and removes
 * it once OkHttp is done with it (returned, failed or called back).
 */
final class CallContexts {

  private final Map<okhttp3.Call, CallContext> inFlight = new ConcurrentHashMap<>();

  void register(okhttp3.Call call, CallContext context) {
    inFlight.put(call, context);
  }

  void release(okhttp3.Call call) {
    inFlight.remove(call);
  }

  /** The context of the chain's call; a stand-in for a call that is not a TogglCall's. */
  CallContext of(Interceptor.Chain chain) {
    CallContext context = inFlight.get(chain.call());
    return context != null ? context
        : new CallContext(Operation.unknown(chain.request()), RequestOptions.none());
  }

  /** How many calls are in flight; for tests, which check nothing is left behind. */
  int size() {
    return inFlight.size();
  }
}
