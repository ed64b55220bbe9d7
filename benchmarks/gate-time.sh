#!/usr/bin/env bash
# Wall time of the gate, ./mvnw -o -q verify, as the median of 3 runs (override with RUNS=n).
# The machine's load average is printed first and last: other builds on the same cores slow
# every run, so a figure means little without it. Offline (-o), as the goal is stated: build once
# online first (./mvnw verify) so the local repository holds every dependency.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-3}"
cd "$root"
mkdir -p "$root/benchmarks/target"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)  (cores: $(nproc))"
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  if ! ./mvnw -o -q verify "$@" > "$root/benchmarks/target/gate-run-$i.log" 2>&1; then
    echo "run $i: ./mvnw -o -q verify failed; see benchmarks/target/gate-run-$i.log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  t=$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')
  times+=("$t")
  printf 'run %d: %.1f s\n' "$i" "$t"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
printf 'median of %d: %.1f s\n' "$runs" "$median"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
