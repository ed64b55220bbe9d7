#!/usr/bin/env bash
# CPU time of the calling thread per ListClientsBenchmark call, togglkit vs hand-written OkHttp +
# Moshi, in alternating blocks (PerCallCpu): a per-call figure that a loaded machine does not
# blur, since waiting for a core is not CPU time. About a minute. Arguments go to PerCallCpu:
#   benchmarks/percall-cpu.sh --blocks 20 --calls 500 --warmup 20000
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/benchmarks/target"
cd "$root"

./mvnw -q -pl benchmarks -am package -Pjmh-jar -DskipTests -Dmaven.javadoc.skip=true
java -Xms1g -Xmx1g -cp "$target/benchmarks.jar" dev.togglkit.benchmarks.PerCallCpu "$@" \
  | tee "$target/percall-cpu.txt"
