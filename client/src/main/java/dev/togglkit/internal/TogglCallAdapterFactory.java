package dev.togglkit.internal;

import dev.togglkit.RequestOptions;
import dev.togglkit.TogglCall;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Lets Retrofit interfaces return {@link TogglCall}: {@code execute()} gives the body or throws a
 * typed {@link dev.togglkit.errors.TogglException}, {@code Void} operations give null, a null or
 * absent list body gives an empty list. Retrofit only builds the request (through
 * {@link RequestCapture}); the call is sent on {@code http}, once.
 */
final class TogglCallAdapterFactory extends CallAdapter.Factory {

  private final Failures failures;
  private final ClientState state;
  private final okhttp3.Call.Factory http;

  /**
   * @param failures builds every exception, with the client's secrets masked
   * @param state what the client remembers between calls
   * @param http the client that sends the calls
   */
  TogglCallAdapterFactory(Failures failures, ClientState state, okhttp3.Call.Factory http) {
    this.failures = failures;
    this.state = state;
    this.http = http;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != TogglCall.class) {
      return null;
    }
    if (!(returnType instanceof ParameterizedType)) {
      throw new IllegalArgumentException(
          "TogglCall return type must name its body type, e.g. TogglCall<Client> or TogglCall<Void>");
    }
    Type bodyType = getParameterUpperBound(0, (ParameterizedType) returnType);
    Converter<ResponseBody, Object> converter = bodyType == Void.class
        ? null
        : retrofit.responseBodyConverter(bodyType, annotations);
    ResponseHandler<Object> handler = new ResponseHandler<>(bodyType, converter, failures);
    return new Adapter(bodyType, handler, declared(annotations, retrofit.baseUrl()));
  }

  /** The operation as its annotations declare it, for a call whose request cannot be built. */
  private static Operation declared(Annotation[] annotations, HttpUrl baseUrl) {
    String id = "request";
    String method = "?";
    String path = "?";
    for (Annotation annotation : annotations) {
      if (annotation instanceof TogglOperation) {
        id = ((TogglOperation) annotation).value();
      } else if (annotation instanceof retrofit2.http.GET) {
        method = "GET";
        path = ((retrofit2.http.GET) annotation).value();
      } else if (annotation instanceof retrofit2.http.POST) {
        method = "POST";
        path = ((retrofit2.http.POST) annotation).value();
      } else if (annotation instanceof retrofit2.http.PUT) {
        method = "PUT";
        path = ((retrofit2.http.PUT) annotation).value();
      } else if (annotation instanceof retrofit2.http.PATCH) {
        method = "PATCH";
        path = ((retrofit2.http.PATCH) annotation).value();
      } else if (annotation instanceof retrofit2.http.DELETE) {
        method = "DELETE";
        path = ((retrofit2.http.DELETE) annotation).value();
      }
    }
    return new Operation(id, method, path.startsWith("/") ? path : "/" + path, baseUrl);
  }

  private final class Adapter implements CallAdapter<Object, TogglCall<Object>> {
    private final Type bodyType;
    private final ResponseHandler<Object> handler;
    private final Operation declared;

    Adapter(Type bodyType, ResponseHandler<Object> handler, Operation declared) {
      this.bodyType = bodyType;
      this.handler = handler;
      this.declared = declared;
    }

    @Override
    public Type responseType() {
      return bodyType;
    }

    @Override
    public TogglCall<Object> adapt(Call<Object> call) {
      return new HttpTogglCall<>(HttpTogglCall.Prepared.of(call, declared), http, handler,
          failures, state, RequestOptions.none());
    }
  }
}
