package dev.togglkit.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Stops OkHttp from sending a request again on its own. OkHttp 4's RetryAndFollowUpInterceptor
 * (below every application interceptor, so {@link RetryInterceptor} cannot see it) sends a second
 * request after: a redirect (300, 301, 302, 303, 307, 308), a 401 or 407 that an authenticator
 * answers, a 408 (only with retryOnConnectionFailure, which togglkit turns off), a 421 on a
 * coalesced HTTP/2 connection, and a 503 with {@code Retry-After: 0} (whatever the method, and
 * regardless of retryOnConnectionFailure). This guard enforces two rules over all of them:
 *
 * <ul>
 *   <li>a POST or PATCH goes out once: no follow-up of any kind;
 *   <li>re-sending the same request because the server asked (408, 503) is
 *       {@link RetryInterceptor}'s decision alone, for every method, so {@code RetryPolicy.none()}
 *       means no retry.
 * </ul>
 *
 * Redirects and authenticator answers of GET, PUT and DELETE still follow OkHttp's rules, which
 * drop {@code Authorization} when the target has another host, port or scheme.
 *
 * <p>How: the {@linkplain #application() application half} opens an attempt per call; the
 * {@linkplain #network() network half}, the last interceptor before the wire, keeps (a bounded
 * copy of) each response that could prompt a follow-up, and when OkHttp comes back with a
 * follow-up the rules forbid, it throws before a byte is written. The application half then
 * returns the kept response, so the caller sees the real status (a 503 becomes a
 * ServerException, a 307 a RedirectException). For a redirect of a POST or PATCH the network half
 * also hides {@code Location} from OkHttp, so it does not even connect to the target; the
 * application half puts it back.
 */
final class FollowUpGuard {

  /** Where the network half parks a redirect's Location so OkHttp does not follow it. */
  static final String WITHHELD_LOCATION = "X-Togglkit-Withheld-Location";

  /** A kept response body is an error body: {@link ResponseHandler} reads no more of one. */
  private static final long MAX_KEPT_BODY_BYTES = ResponseHandler.MAX_ERROR_BODY_BYTES;

  private final Map<okhttp3.Call, Attempt> attempts = new ConcurrentHashMap<>();

  /** Goes after every other application interceptor. */
  Interceptor application() {
    return new Application();
  }

  /** Goes after every other network interceptor, next to the wire. */
  Interceptor network() {
    return new Network();
  }

  /** The application half, a named class so the assembly's order can be checked by type. */
  final class Application implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      return aroundAttempt(chain);
    }
  }

  /** The network half. */
  final class Network implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      return beforeWire(chain);
    }
  }

  static boolean sendsOnce(String method) {
    return !RetryInterceptor.isIdempotent(method);
  }

  private static boolean isRedirect(int code) {
    return code == 300 || code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  /** Statuses after which OkHttp 4.12 may send another request. */
  private static boolean mayPromptFollowUp(int code) {
    return isRedirect(code) || code == 401 || code == 407 || code == 408 || code == 421
        || code == 503;
  }

  /**
   * Statuses after which OkHttp's follow-up is the same request again because the server asked
   * for it: that is a retry, and retries are RetryInterceptor's. (421 is not here: OkHttp
   * re-sends after it only when it had itself coalesced the request onto another host's HTTP/2
   * connection, and the server did not process it; for GET, PUT, DELETE that repair stays.)
   */
  private static boolean isResend(int code) {
    return code == 408 || code == 503;
  }

  private Response aroundAttempt(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    Attempt attempt = new Attempt(request.method());
    okhttp3.Call call = chain.call();
    attempts.put(call, attempt);
    try {
      return restoreLocation(chain.proceed(request));
    } catch (Tunnel tunnel) {
      if (!tunnel.is(Tunnel.Kind.FOLLOW_UP_REFUSED)) {
        throw tunnel;
      }
      return ((Kept) tunnel.kept()).response();
    } finally {
      attempts.remove(call, attempt);
    }
  }

  private static Response restoreLocation(Response response) {
    String location = response.header(WITHHELD_LOCATION);
    if (location == null) {
      return response;
    }
    return response.newBuilder().headers(move(response.headers(), WITHHELD_LOCATION, "Location"))
        .build();
  }

  /** Renames a header; unsafe-non-ASCII because a hostile Location need not be ASCII. */
  private static Headers move(Headers headers, String from, String to) {
    String value = headers.get(from);
    return headers.newBuilder().removeAll(from).addUnsafeNonAscii(to, value).build();
  }

  private Response beforeWire(Interceptor.Chain chain) throws IOException {
    Attempt attempt = attempts.get(chain.call());
    Request request = chain.request();
    if (attempt == null) {
      return chain.proceed(request);
    }
    Kept previous = attempt.previous;
    if (previous != null && (sendsOnce(attempt.method) || isResend(previous.response.code()))) {
      throw Tunnel.followUpRefused(previous.response.code(), previous);
    }
    Response response = chain.proceed(request);
    if (!mayPromptFollowUp(response.code())) {
      return response;
    }
    Kept kept = Kept.of(response);
    attempt.previous = kept;
    Response forOkHttp = kept.response();
    String location = forOkHttp.header("Location");
    if (sendsOnce(attempt.method) && isRedirect(forOkHttp.code()) && location != null) {
      forOkHttp = forOkHttp.newBuilder()
          .headers(move(forOkHttp.headers(), "Location", WITHHELD_LOCATION)).build();
    }
    return forOkHttp;
  }

  /** One pass of a call through OkHttp's follow-up loop. */
  private static final class Attempt {
    final String method;
    /** The last response that could prompt a follow-up; written and read on the call's thread. */
    Kept previous;

    Attempt(String method) {
      this.method = method;
    }
  }

  /** A response whose body was read (up to the bound) so it can be handed out again later. */
  private static final class Kept {
    final Response response;
    final byte[] body;
    final MediaType contentType;

    private Kept(Response response, byte[] body, MediaType contentType) {
      this.response = response;
      this.body = body;
      this.contentType = contentType;
    }

    static Kept of(Response response) throws IOException {
      try (ResponseBody original = response.body()) {
        if (original == null) {
          return new Kept(response, new byte[0], null);
        }
        BufferedSource source = original.source();
        source.request(MAX_KEPT_BODY_BYTES);
        long size = Math.min(source.getBuffer().size(), MAX_KEPT_BODY_BYTES);
        byte[] bytes = source.getBuffer().readByteArray(size);
        return new Kept(response, bytes, original.contentType());
      }
    }

    Response response() {
      return response.newBuilder().body(ResponseBody.create(body, contentType)).build();
    }
  }
}
