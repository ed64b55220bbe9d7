package dev.togglkit.gate.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The compiled path patterns of operations, shared by every {@link CompiledSpec} in the JVM: a document compiled
 * again (each run of the gate, the plugin checking several modules, a test running the gate many times) reuses
 * the patterns of the templates it had before instead of compiling a regex per operation again. A
 * {@link Pattern} is immutable and thread-safe. Bounded, least recently used first out.
 */
final class PathPatterns {

  private static final int CAPACITY = 2048;
  private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
      return size() > CAPACITY;
    }
  };

  private PathPatterns() {
  }

  static Pattern compile(String regex, int flags) {
    String key = flags + ":" + regex;
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(key, k -> Pattern.compile(regex, flags));
    }
  }
}
