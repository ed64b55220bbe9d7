package dev.togglkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Summarises the JMH result files of {@code benchmarks/percall.sh}, which runs
 * {@link ListClientsBenchmark}'s two sides alternately (togglkit, hand-written, hand-written,
 * togglkit, ...) so that a load that drifts during the run weighs on both alike. Pools every
 * measurement iteration of each side and prints the togglkit / hand-written ratio of the means,
 * of the medians and of the fastest iterations, and the bytes allocated per call when the runs
 * used {@code -prof gc}.
 */
public final class PerCallAbba {

  private PerCallAbba() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: PerCallAbba <jmh-result.json>...");
      System.exit(2);
    }
    List<Double> togglkit = new ArrayList<>();
    List<Double> handWritten = new ArrayList<>();
    List<Double> togglkitAlloc = new ArrayList<>();
    List<Double> handWrittenAlloc = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String file : args) {
      for (JsonNode result : json.readTree(Files.readAllBytes(Path.of(file)))) {
        String name = result.get("benchmark").asText();
        boolean ours = name.endsWith(".togglkit");
        if (!ours && !name.endsWith(".handWritten")) {
          continue;
        }
        for (JsonNode fork : result.get("primaryMetric").get("rawData")) {
          for (JsonNode sample : fork) {
            (ours ? togglkit : handWritten).add(sample.asDouble());
          }
        }
        JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
        if (!alloc.isMissingNode()) {
          (ours ? togglkitAlloc : handWrittenAlloc).add(alloc.get("score").asDouble());
        }
      }
    }
    if (togglkit.isEmpty() || handWritten.isEmpty()) {
      throw new IOException("need results of both ListClientsBenchmark.togglkit and .handWritten");
    }
    print("togglkit", togglkit);
    print("hand-written", handWritten);
    System.out.printf(Locale.ROOT, "togglkit / hand-written OkHttp+Moshi: mean %.3f, median %.3f,"
        + " fastest %.3f (goal <= 1.05)%n",
        mean(togglkit) / mean(handWritten), median(togglkit) / median(handWritten),
        Collections.min(togglkit) / Collections.min(handWritten));
    if (!togglkitAlloc.isEmpty() && !handWrittenAlloc.isEmpty()) {
      System.out.printf(Locale.ROOT, "allocation per call: togglkit %,.0f B, hand-written %,.0f B%n",
          mean(togglkitAlloc), mean(handWrittenAlloc));
    }
  }

  private static void print(String side, List<Double> samples) {
    System.out.printf(Locale.ROOT, "%-12s %d iterations: mean %.1f, median %.1f, fastest %.1f us/op%n",
        side, samples.size(), mean(samples), median(samples), Collections.min(samples));
  }

  private static double mean(List<Double> values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.size();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
