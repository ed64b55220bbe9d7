#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs the sync scenario (SyncBenchmark): page through
# 2,000 projects from a loopback server that enforces a leaky-bucket rate limit, with togglkit's
# limiter on and off, and print requests vs floor, 429s and wall time vs the rate-limit floor.
# About 30 s. Arguments go to SyncBenchmark, e.g.:
#   benchmarks/sync.sh --projects 2000 --rate 10 --tolerance-ms 20 --runs 3
#   benchmarks/sync.sh --server fake    # the same scenario against TogglFake (testing module)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/benchmarks/target"
cd "$root"

# Only the client and this module: the benchmark does not need the contract gate.
./mvnw -q -pl benchmarks -am package -Pjmh-jar -DskipTests -Dmaven.javadoc.skip=true

java -cp "$target/benchmarks.jar" dev.togglkit.benchmarks.SyncBenchmark "$@" | tee "$target/sync.txt"
