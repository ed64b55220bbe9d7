#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs every togglkit benchmark with fixed JMH
# settings, the GC profiler on (bytes allocated per operation). Writes
#   benchmarks/target/jmh-result.json   JMH's machine-readable results
#   benchmarks/target/jmh-result.txt    JMH's console output
#   benchmarks/target/summary.txt       the pairs side by side, ratios, MB/s (ResultsSummary)
# About 6 minutes on 2 cores. Extra arguments go to JMH, e.g. a benchmark regex:
#   benchmarks/run.sh DecodeProjects
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/benchmarks/target"
cd "$root"

# Only the client and this module: the benchmarks do not need the contract gate.
./mvnw -q -pl benchmarks -am package -Pjmh-jar -DskipTests -Dmaven.javadoc.skip=true

# 3 forks x (5 x 2 s warm-up + 5 x 3 s measurement) per benchmark: forks expose JIT variance
# between JVMs; the error bars JMH prints are 99.9% confidence intervals over all 15 iterations.
java -jar "$target/benchmarks.jar" \
  -f 3 -wi 5 -w 2s -i 5 -r 3s \
  -jvmArgs "-Xms1g -Xmx1g" \
  -prof gc \
  -rf json -rff "$target/jmh-result.json" \
  "$@" | tee "$target/jmh-result.txt"

java -cp "$target/benchmarks.jar" dev.togglkit.benchmarks.ResultsSummary "$target/jmh-result.json" \
  | tee "$target/summary.txt"
