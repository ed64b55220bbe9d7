package dev.togglkit.internal;

import dev.togglkit.Quota;
import java.io.IOException;

/**
 * The one way a failure that is not I/O travels through OkHttp, whose interceptors and callbacks
 * pass only {@link IOException}s (anything else would escape onto OkHttp's thread in an async
 * call). Its {@link Kind} says what it carries; {@link Failures#io} is the one place that turns a
 * tunnel leaving OkHttp into a {@link dev.togglkit.errors.TogglException}. Two kinds never leave
 * OkHttp: {@link Kind#FOLLOW_UP_REFUSED} and {@link Kind#DEAD_CONNECTION} are caught by the
 * application half of the guard whose network half threw them (a dead connection leaves only
 * when every try found one, as the I/O failure it then is).
 */
final class Tunnel extends IOException {
  private static final long serialVersionUID = 1L;

  enum Kind {
    /** A RuntimeException thrown below the outermost interceptor (the cause). */
    UNEXPECTED,
    /** Not sent: the remembered quota is used up ({@link #quota()}). */
    QUOTA_REFUSED,
    /** Not sent: the rate limiter's next slot lies beyond what is left of the call timeout. */
    PACING_TIMEOUT,
    /** The thread was interrupted while togglkit waited (for a retry or the rate limiter). */
    INTERRUPTED,
    /** FollowUpGuard refused OkHttp's follow-up; carries the response that prompted it. */
    FOLLOW_UP_REFUSED,
    /** LiveConnectionCheck found the pooled connection dead before writing a byte. */
    DEAD_CONNECTION
  }

  final Kind kind;
  private final transient Object payload;

  private Tunnel(Kind kind, String message, Throwable cause, Object payload) {
    super(message, cause);
    this.kind = kind;
    this.payload = payload;
  }

  static Tunnel unexpected(RuntimeException cause) {
    return new Tunnel(Kind.UNEXPECTED, "runtime failure on the call path", cause, null);
  }

  static Tunnel quotaRefused(Quota quota) {
    return new Tunnel(Kind.QUOTA_REFUSED,
        "not sent: the quota is used up until " + quota.resetsAt().orElse(null), null, quota);
  }

  static Tunnel pacingTimeout(String message) {
    return new Tunnel(Kind.PACING_TIMEOUT, message, null, null);
  }

  static Tunnel interrupted(String message) {
    return new Tunnel(Kind.INTERRUPTED, message, null, null);
  }

  static Tunnel followUpRefused(int status, Object kept) {
    return new Tunnel(Kind.FOLLOW_UP_REFUSED,
        "refused to send a follow-up after HTTP " + status, null, kept);
  }

  static Tunnel deadConnection() {
    return new Tunnel(Kind.DEAD_CONNECTION,
        "the pooled connection was closed by the server; the request was not sent on it", null, null);
  }

  /**
   * The plain I/O failure a caller sees as the cause of a {@code TogglIoException}: the tunnel's
   * message, stack trace and suppressed failures on a JDK type (an interruption or a timeout is an
   * InterruptedIOException), so no internal type shows in a cause chain or a message.
   */
  IOException asIoException() {
    IOException plain = kind == Kind.PACING_TIMEOUT || kind == Kind.INTERRUPTED
        ? new java.io.InterruptedIOException(getMessage())
        : new IOException(getMessage(), getCause());
    plain.setStackTrace(getStackTrace());
    for (Throwable suppressed : getSuppressed()) {
      plain.addSuppressed(suppressed);
    }
    return plain;
  }

  boolean is(Kind expected) {
    return kind == expected;
  }

  /** The remembered quota of a {@link Kind#QUOTA_REFUSED} tunnel. */
  Quota quota() {
    return (Quota) payload;
  }

  /** What a {@link Kind#FOLLOW_UP_REFUSED} tunnel carries, for FollowUpGuard alone. */
  Object kept() {
    return payload;
  }
}
