package dev.togglkit.internal;

import dev.togglkit.TogglDecodingException;
import dev.togglkit.TogglIoException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Converter;

/**
 * Turns one HTTP response into the declared body or a typed {@link dev.togglkit.TogglException}.
 * The body is read in full before decoding, so a connection dropped mid-body is told apart from
 * a body that arrived whole but is not the JSON we expect.
 */
final class ResponseHandler<T> {

  /** Error bodies are messages, not data: read at most this much of one. */
  static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final Type bodyType;
  private final Converter<ResponseBody, T> converter;
  private final ApiExceptionFactory errors;

  ResponseHandler(Type bodyType, Converter<ResponseBody, T> converter, ApiExceptionFactory errors) {
    this.bodyType = bodyType;
    this.converter = converter;
    this.errors = errors;
  }

  T handle(Operation op, Response response) {
    try (ResponseBody body = response.body()) {
      if (!response.isSuccessful()) {
        throw error(op, response, body);
      }
      if (bodyType == Void.class) {
        return null;
      }
      if (response.code() == 204 || response.code() == 205 || body == null) {
        return emptyValue();
      }
      return decode(op, response.code(), body);
    }
  }

  private RuntimeException error(Operation op, Response response, ResponseBody body) {
    if (body == null) {
      return errors.create(op, response, "");
    }
    try {
      return errors.create(op, response, readBounded(body));
    } catch (IOException lostBody) {
      // The status is known, which is what the caller needs most; keep the read failure attached.
      RuntimeException exception = errors.create(op, response, "");
      exception.addSuppressed(lostBody);
      return exception;
    }
  }

  private static String readBounded(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    source.request(MAX_ERROR_BODY_BYTES);
    Buffer buffer = source.getBuffer();
    long size = Math.min(buffer.size(), MAX_ERROR_BODY_BYTES);
    return buffer.clone().readString(size, charset(body.contentType()));
  }

  private T decode(Operation op, int code, ResponseBody body) {
    MediaType contentType = body.contentType();
    byte[] bytes;
    try {
      bytes = body.bytes();
    } catch (IOException e) {
      throw ioFailure(op, e);
    }
    // The body as text is only needed for an exception: building it for every successful
    // response would copy each body once more (benchmarks/RESULTS.md, allocation per call).
    if (contentType != null && isMarkup(contentType)) {
      throw new TogglDecodingException(op.id, op.method, op.path, code,
          "content type " + contentType + " is not JSON", text(bytes, contentType), null);
    }
    if (isBlank(bytes)) {
      throw new TogglDecodingException(op.id, op.method, op.path, code,
          "empty body where JSON was expected", text(bytes, contentType), null);
    }
    T value;
    try {
      value = converter.convert(ResponseBody.create(bytes, contentType));
    } catch (IOException | RuntimeException e) {
      // Moshi reports truncation as EOFException, bad syntax as JsonEncodingException and a
      // wrong shape as JsonDataException; the caller gets one type for all three.
      throw new TogglDecodingException(op.id, op.method, op.path, code,
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          text(bytes, contentType), e);
    }
    return value == null ? emptyValue() : value;
  }

  private static String text(byte[] bytes, MediaType contentType) {
    return new String(bytes, charset(contentType));
  }

  /** True when the body holds nothing but whitespace (what String.trim() would remove). */
  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      // Bytes of a multi-byte UTF-8 character are negative, so they count as content.
      if (b < 0 || b > ' ') {
        return false;
      }
    }
    return true;
  }

  /** Toggl has answered {@code null} for an empty list: read it, and an absent body, as []. */
  @SuppressWarnings("unchecked")
  private T emptyValue() {
    Class<?> raw = com.squareup.moshi.Types.getRawType(bodyType);
    if (raw == List.class || raw == Collection.class) {
      return (T) Collections.emptyList();
    }
    return null;
  }

  private static boolean isMarkup(MediaType type) {
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return subtype.equals("html") || subtype.contains("xml");
  }

  private static Charset charset(MediaType type) {
    return type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
  }

  /** Wraps a wire failure, telling a timeout apart from a refused or dropped connection. */
  static TogglIoException ioFailure(Operation op, IOException e) {
    boolean timeout = e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException
            && e.getMessage() != null && e.getMessage().contains("timeout"));
    return new TogglIoException(op.id, op.method, op.path, timeout, e);
  }
}
