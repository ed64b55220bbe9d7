#!/usr/bin/env bash
# The per-call benchmark (ListClientsBenchmark) in a short configuration that holds up on a shared
# machine: each side runs in its own JMH invocation (1 fork, 4 x 2 s warm-up, 5 x 2 s measurement,
# -prof gc), alternating togglkit, hand-written, hand-written, togglkit, ROUNDS times (default 2),
# so a load that drifts during the run weighs on both. Prints the pooled ratio (PerCallAbba) and
# writes benchmarks/target/percall/*.json and percall.txt. About 40 s per round trip of four runs.
#   ROUNDS=3 benchmarks/percall.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/benchmarks/target"
out="$target/percall"
cd "$root"

./mvnw -q -pl benchmarks -am package -Pjmh-jar -DskipTests -Dmaven.javadoc.skip=true
rm -rf "$out" && mkdir -p "$out"

run=0
for round in $(seq 1 "${ROUNDS:-2}"); do
  for side in togglkit handWritten handWritten togglkit; do
    run=$((run + 1))
    echo "run $run: $side, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    java -jar "$target/benchmarks.jar" "ListClientsBenchmark.$side\$" \
      -f 1 -wi 4 -w 2s -i 5 -r 2s -jvmArgs "-Xms1g -Xmx1g" -prof gc \
      -rf json -rff "$out/$run-$side.json" > "$out/$run-$side.txt"
  done
done

java -cp "$target/benchmarks.jar" dev.togglkit.benchmarks.PerCallAbba "$out"/*.json | tee "$target/percall.txt"
