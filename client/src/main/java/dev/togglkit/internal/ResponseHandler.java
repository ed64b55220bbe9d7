package dev.togglkit.internal;

import dev.togglkit.errors.TogglException;
import dev.togglkit.internal.json.StrictUtf8;
import java.io.IOException;
import java.lang.reflect.Type;
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
 * Turns one HTTP response into the declared body or a typed {@link TogglException}.
 * The body is read in full before decoding, so a connection dropped mid-body is told apart from
 * a body that arrived whole but is not the JSON we expect. The response is closed on every path,
 * and every failure is built by {@link Failures}.
 */
final class ResponseHandler<T> {

  /** Error bodies are messages, not data: read at most this much of one. */
  static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final Type bodyType;
  private final Converter<ResponseBody, T> converter;
  private final Failures failures;

  ResponseHandler(Type bodyType, Converter<ResponseBody, T> converter, Failures failures) {
    this.bodyType = bodyType;
    this.converter = converter;
    this.failures = failures;
  }

  /** The body, or a TogglException; never another RuntimeException, and the response is closed. */
  T handle(CallContext op, Response response) {
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
      return decode(op, response, body);
    } catch (TogglException e) {
      throw e;
    } catch (RuntimeException e) {
      throw failures.unexpected(op, e);
    }
  }


  private RuntimeException error(CallContext op, Response response, ResponseBody body) {
    if (body == null) {
      return failures.status(op, response, "");
    }
    try {
      return failures.status(op, response, readBounded(body));
    } catch (IOException lostBody) {
      // The status is known, which is what the caller needs most; keep the read failure attached.
      return failures.withSuppressed(failures.status(op, response, ""), lostBody);
    }
  }

  private static String readBounded(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    source.request(MAX_ERROR_BODY_BYTES);
    Buffer buffer = source.getBuffer();
    long size = Math.min(buffer.size(), MAX_ERROR_BODY_BYTES);
    return buffer.clone().readString(size, charset(body.contentType()));
  }

  private T decode(CallContext op, Response response, ResponseBody body) {
    MediaType contentType = body.contentType();
    byte[] bytes;
    try {
      bytes = body.bytes();
    } catch (IOException e) {
      throw failures.io(op, e);
    }
    // The body as text is only needed for an exception: building it for every successful
    // response would copy each body once more (benchmarks/RESULTS.md, allocation per call).
    if (contentType != null && isMarkup(contentType)) {
      throw failures.decoding(op, response,
          "content type " + contentType + " is not JSON", text(bytes, contentType), null);
    }
    if (isBlank(bytes)) {
      throw failures.decoding(op, response,
          "empty body where JSON was expected", text(bytes, contentType), null);
    }
    // JSON is UTF-8 (RFC 8259); Okio would turn a malformed sequence into U+FFFD without a word.
    int malformedAt = StrictUtf8.firstMalformedByte(bytes);
    if (malformedAt >= 0) {
      throw failures.decoding(op, response,
          "malformed UTF-8 at byte " + malformedAt, text(bytes, contentType), null);
    }
    T value;
    try {
      value = converter.convert(ResponseBody.create(bytes, contentType));
    } catch (IOException | RuntimeException e) {
      // Moshi reports truncation as EOFException, bad syntax as JsonEncodingException and a
      // wrong shape or a duplicated key as JsonDataException; the caller gets one type for all.
      throw failures.decoding(op, response,
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
}
