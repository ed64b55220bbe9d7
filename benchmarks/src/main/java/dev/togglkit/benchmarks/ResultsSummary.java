package dev.togglkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result file into the figures the performance goals are stated in: each pair
 * side by side, the ratio with the range the error bars allow, MB/s for decoding, and bytes
 * allocated per operation when the run used {@code -prof gc}. Run by benchmarks/run.sh.
 */
public final class ResultsSummary {

  private static final String PER_CALL = ListClientsBenchmark.class.getName() + ".";
  private static final String DECODE = DecodeProjectsBenchmark.class.getName() + ".";

  private final Map<String, Figure> scores = new HashMap<>();
  private final Map<String, Figure> allocations = new HashMap<>();

  /** A JMH score and its 99.9% confidence half-width. */
  static final class Figure {
    final double score;
    final double error;
    final String unit;

    Figure(double score, double error, String unit) {
      this.score = score;
      this.error = Double.isNaN(error) ? 0 : error;
      this.unit = unit;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,.1f ± %,.1f %s", score, error, unit);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResultsSummary <jmh-result.json>");
      System.exit(2);
    }
    ResultsSummary summary = new ResultsSummary();
    summary.read(Path.of(args[0]));
    summary.print(System.out);
  }

  void read(Path resultFile) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Files.readAllBytes(resultFile));
    if (!results.isArray()) {
      throw new IOException(resultFile + " is not a JMH JSON result (expected an array)");
    }
    for (JsonNode result : results) {
      String name = result.path("benchmark").asText();
      scores.put(name, figure(result.path("primaryMetric")));
      for (Map.Entry<String, JsonNode> metric : result.path("secondaryMetrics").properties()) {
        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
          allocations.put(name, figure(metric.getValue()));
        }
      }
    }
  }

  private static Figure figure(JsonNode metric) {
    return new Figure(metric.path("score").asDouble(), metric.path("scoreError").asDouble(Double.NaN),
        metric.path("scoreUnit").asText());
  }

  void print(PrintStream out) {
    out.println("== Per-call: listClients, " + Fixtures.CLIENT_COUNT
        + " clients, loopback (average time, lower is better)");
    pair(out, scores, PER_CALL + "togglkit", PER_CALL + "handWritten",
        "togglkit / hand-written OkHttp+Moshi", "goal <= 1.05");
    out.println("== Allocation per list call (gc.alloc.rate.norm)");
    pair(out, allocations, PER_CALL + "togglkit", PER_CALL + "handWritten",
        "togglkit / hand-written", "no goal; difference is togglkit's layer");
    int bytes = DecodeProjectsBenchmark.payloadBytes();
    out.printf(Locale.ROOT, "== Decoding: %,d projects, %,d bytes (throughput, higher is better)%n",
        Fixtures.PROJECT_COUNT, bytes);
    for (String name : new String[] {DECODE + "moshi", DECODE + "jackson"}) {
      Figure f = scores.get(name);
      if (f != null) {
        out.printf(Locale.ROOT, "  %-8s %s = %,.1f MB/s%n", shortName(name), f, f.score * bytes / 1e6);
      }
    }
    pair(out, scores, DECODE + "moshi", DECODE + "jackson", "togglkit Moshi / Jackson", "goal >= 1.0");
    out.println("== Allocation per decode (gc.alloc.rate.norm)");
    pair(out, allocations, DECODE + "moshi", DECODE + "jackson", "togglkit Moshi / Jackson", "no goal");
  }

  /** Prints a, b and a/b with the range the two error bars allow; says so when one is missing. */
  private static void pair(PrintStream out, Map<String, Figure> figures, String a, String b,
      String label, String goal) {
    Figure fa = figures.get(a);
    Figure fb = figures.get(b);
    if (fa == null || fb == null) {
      out.println("  (not in this run: " + (fa == null ? a : b) + ")");
      return;
    }
    out.printf(Locale.ROOT, "  %-12s %s%n  %-12s %s%n", shortName(a), fa, shortName(b), fb);
    double low = (fa.score - fa.error) / (fb.score + fb.error);
    double high = fb.score > fb.error ? (fa.score + fa.error) / (fb.score - fb.error) : Double.NaN;
    out.printf(Locale.ROOT, "  %s = %.3f (error-bar range %.3f .. %.3f; %s)%n",
        label, fa.score / fb.score, low, high, goal);
  }

  private static String shortName(String benchmark) {
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }
}
