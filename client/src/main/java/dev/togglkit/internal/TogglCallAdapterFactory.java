package dev.togglkit.internal;

import dev.togglkit.TogglCall;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Lets Retrofit interfaces return {@link TogglCall}: {@code execute()} gives the body or throws a
 * typed {@link dev.togglkit.TogglException}, {@code Void} operations give null, a null or absent
 * list body gives an empty list.
 */
public final class TogglCallAdapterFactory extends CallAdapter.Factory {

  private final Failures failures;
  private final ClientState state;

  /**
   * @param clock what {@code Retry-After} dates and quota resets are measured against
   * @param state what the client remembers between calls
   * @param secrets what to mask in everything an exception carries
   */
  TogglCallAdapterFactory(Clock clock, ClientState state, Secrets secrets) {
    this.failures = new Failures(clock, secrets);
    this.state = state;
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
    ResponseHandler<Object> handler =
        new ResponseHandler<>(bodyType, converter, failures);
    return new Adapter(bodyType, handler, retrofit, state);
  }

  private static final class Adapter implements CallAdapter<Object, TogglCall<Object>> {
    private final Type bodyType;
    private final ResponseHandler<Object> handler;
    private final Retrofit retrofit;
    private final ClientState state;

    Adapter(Type bodyType, ResponseHandler<Object> handler, Retrofit retrofit, ClientState state) {
      this.bodyType = bodyType;
      this.handler = handler;
      this.retrofit = retrofit;
      this.state = state;
    }

    @Override
    public Type responseType() {
      return bodyType;
    }

    @Override
    public TogglCall<Object> adapt(Call<Object> call) {
      return new HttpTogglCall<>(call, retrofit.callFactory(), retrofit.baseUrl(), handler, state);
    }
  }
}
