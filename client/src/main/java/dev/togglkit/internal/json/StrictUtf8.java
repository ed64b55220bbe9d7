package dev.togglkit.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629: shortest form, no surrogates, nothing above
 * U+10FFFF). Okio and Moshi decode a malformed sequence as U+FFFD without a word, so a corrupted
 * name would arrive silently changed; the client refuses such a body instead. Runs of ASCII, most
 * of any JSON body, are skipped eight bytes at a time.
 */
public final class StrictUtf8 {

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private StrictUtf8() {}

  /** The index of the first byte of the first malformed sequence, or -1 when all is well-formed. */
  public static int firstMalformedByte(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      if (i + 8 <= n && (word(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length < 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  private static long word(byte[] bytes, int i) {
    return (long) LONGS.get(bytes, i);
  }

  /** Length of the well-formed multi-byte sequence at {@code i}, or -1 (Unicode Table 3-7). */
  private static int sequenceLength(byte[] bytes, int i) {
    int b0 = bytes[i] & 0xff;
    int n = bytes.length;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
      return i + 1 < n && isContinuation(bytes[i + 1]) ? 2 : -1;
    }
    if (b0 >= 0xe0 && b0 <= 0xef) {
      if (i + 2 >= n) {
        return -1;
      }
      int b1 = bytes[i + 1] & 0xff;
      int low = b0 == 0xe0 ? 0xa0 : 0x80;
      int high = b0 == 0xed ? 0x9f : 0xbf; // 0xED 0xA0..0xBF would be a UTF-16 surrogate
      return b1 >= low && b1 <= high && isContinuation(bytes[i + 2]) ? 3 : -1;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
      if (i + 3 >= n) {
        return -1;
      }
      int b1 = bytes[i + 1] & 0xff;
      int low = b0 == 0xf0 ? 0x90 : 0x80;
      int high = b0 == 0xf4 ? 0x8f : 0xbf; // beyond U+10FFFF otherwise
      return b1 >= low && b1 <= high && isContinuation(bytes[i + 2])
          && isContinuation(bytes[i + 3]) ? 4 : -1;
    }
    return -1; // a stray continuation byte, an overlong lead (C0, C1) or F5..FF
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xc0) == 0x80;
  }
}
