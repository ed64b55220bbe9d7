package dev.togglkit.contract.provider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Interactions verified per provider in this JVM, for the one summary line. */
final class ProviderVerificationTally {

  private static final Map<String, AtomicInteger> VERIFIED = new ConcurrentHashMap<>();

  private ProviderVerificationTally() {
  }

  static void verified(String provider) {
    VERIFIED.computeIfAbsent(provider, p -> new AtomicInteger()).incrementAndGet();
  }

  static int verified() {
    return VERIFIED.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  static boolean any() {
    return !VERIFIED.isEmpty();
  }
}
