package dev.togglkit.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okio.Buffer;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Wraps the JSON request-body converter so a body Moshi refuses to write (a {@code NaN} rate, say)
 * fails with an {@link IllegalArgumentException} naming the field: Moshi's own message ("Numeric
 * values must be finite, but was NaN") does not say which. Only the failure path pays: the body
 * is written again to a scratch writer to learn the JSON path where writing stopped.
 */
final class FieldNamingBodyConverterFactory extends Converter.Factory {

  private final Moshi moshi;

  FieldNamingBodyConverterFactory(Moshi moshi) {
    this.moshi = moshi;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type,
      Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    Converter<Object, RequestBody> json =
        retrofit.nextRequestBodyConverter(this, type, parameterAnnotations, methodAnnotations);
    return value -> {
      try {
        return json.convert(value);
      } catch (RuntimeException refused) {
        throw new IllegalArgumentException("body field " + fieldOf(type, value) + ": "
            + refused.getMessage(), refused);
      }
    };
  }

  /** The JSON path, without Moshi's leading {@code $.}, where writing {@code value} fails. */
  private String fieldOf(Type type, Object value) {
    JsonAdapter<Object> adapter = moshi.adapter(type);
    JsonWriter writer = JsonWriter.of(new Buffer());
    try {
      adapter.toJson(writer, value);
    } catch (RuntimeException | java.io.IOException expected) {
      String path = writer.getPath();
      return path.startsWith("$.") ? path.substring(2) : path;
    }
    return "(unknown: writing it again succeeded)";
  }
}
