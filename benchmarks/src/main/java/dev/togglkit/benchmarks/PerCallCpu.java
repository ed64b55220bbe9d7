package dev.togglkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The CPU time the calling thread spends per {@link ListClientsBenchmark} call, togglkit against
 * the hand-written OkHttp + Moshi call. A synchronous OkHttp call does its work (interceptors,
 * writing the request, reading and decoding the response) on the calling thread, and thread CPU
 * time leaves out the time the thread waits for a core, so this figure holds up on a loaded machine
 * where wall-clock ratios do not. It leaves out the server (another thread) and GC threads.
 *
 * <p>Blocks of calls alternate between the sides (A B B A ...) after a warm-up; prints the median
 * CPU microseconds per call of each side and their ratio. Arguments: {@code --blocks K} (20),
 * {@code --calls N} per block (500), {@code --warmup W} calls per side (20,000). Run with
 * {@code benchmarks/percall-cpu.sh}.
 */
public final class PerCallCpu {

  private PerCallCpu() {}

  private interface Side {
    Object call() throws IOException;
  }

  public static void main(String[] args) throws IOException {
    int blocks = 20;
    int calls = 500;
    int warmup = 20_000;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--blocks": blocks = Integer.parseInt(value); break;
        case "--calls": calls = Integer.parseInt(value); break;
        case "--warmup": warmup = Integer.parseInt(value); break;
        default: throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    ListClientsBenchmark bench = new ListClientsBenchmark();
    bench.start();
    try {
      Side togglkit = bench::togglkit;
      Side handWritten = bench::handWritten;
      for (int i = 0; i < warmup; i++) {
        togglkit.call();
        handWritten.call();
      }
      List<Double> ours = new ArrayList<>();
      List<Double> theirs = new ArrayList<>();
      for (int b = 0; b < blocks; b++) {
        boolean oursFirst = b % 2 == 0;
        (oursFirst ? ours : theirs).add(cpuMicrosPerCall(threads, oursFirst ? togglkit : handWritten, calls));
        (oursFirst ? theirs : ours).add(cpuMicrosPerCall(threads, oursFirst ? handWritten : togglkit, calls));
      }
      double o = median(ours);
      double t = median(theirs);
      System.out.printf(Locale.ROOT, "calling-thread CPU per call, median of %d blocks of %d calls:"
          + " togglkit %.1f us, hand-written %.1f us, ratio %.3f (goal <= 1.05)%n", blocks, calls, o, t, o / t);
    } finally {
      bench.stop();
    }
  }

  private static double cpuMicrosPerCall(ThreadMXBean threads, Side side, int calls) throws IOException {
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < calls; i++) {
      side.call();
    }
    return (threads.getCurrentThreadCpuTime() - start) / 1_000.0 / calls;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
