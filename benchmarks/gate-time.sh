#!/usr/bin/env bash
# Wall time of the gate, ./mvnw -o -q verify: one warm-up run, then RUNS (default 3) timed runs; prints each
# run's wall time, CPU seconds (user + system of Maven and every JVM it forked) and peak RSS (the largest single
# process of the run, as /usr/bin/time reports it), then the median, minimum and maximum, then the time of each
# module from one more run without -q (Maven's reactor summary; with -T3 modules overlap, so these add up to
# more than the wall time). The machine's load average is printed first and last: other builds on the same cores
# slow every run, so a figure means little without it. Offline (-o), as the goal is stated: build once online
# first (./mvnw verify) so the local repository holds every dependency. WARMUP=0 skips the warm-up run,
# MODULES=0 the per-module run. CLEAN=1 removes every module's target/ (./mvnw -o -q clean, not timed) before
# each timed run, so that every module is compiled from its sources and nothing is left from the run before
# (without it Maven skips compiling a module whose sources did not change). Extra arguments go to every ./mvnw.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-3}"
warmup="${WARMUP:-1}"
modules="${MODULES:-1}"
clean="${CLEAN:-0}"
cd "$root"
# Logs go outside every target/, which CLEAN=1 removes; the path is printed at the end.
out="${LOG_DIR:-$(mktemp -d -t togglkit-gate-time.XXXXXX)}"
mkdir -p "$out"

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "load average before: $(load)  (cores: $(nproc))$([ "$clean" != 0 ] && echo ', every run from clean')"
if [ "$warmup" != 0 ]; then
  if ! ./mvnw -o -q verify "$@" > "$out/gate-warmup.log" 2>&1; then
    echo "warm-up: ./mvnw -o -q verify failed; see $out/gate-warmup.log" >&2
    exit 1
  fi
  echo "warm-up run done (load $(load))"
fi

walls=()
for i in $(seq 1 "$runs"); do
  if [ "$clean" != 0 ]; then
    ./mvnw -o -q clean "$@" > "$out/clean-$i.log" 2>&1 || { echo "run $i: ./mvnw -o -q clean failed" >&2; exit 1; }
  fi
  # %e wall s, %U user s, %S system s, %M peak RSS in KiB; children's times include every forked JVM.
  if ! /usr/bin/time -f '%e %U %S %M' -o "$out/gate-run-$i.time" ./mvnw -o -q verify "$@" \
      > "$out/gate-run-$i.log" 2>&1; then
    echo "run $i: ./mvnw -o -q verify failed; see $out/gate-run-$i.log" >&2
    exit 1
  fi
  read -r wall user sys rss < <(tail -n 1 "$out/gate-run-$i.time")
  walls+=("$wall")
  awk -v i="$i" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v l="$(load)" 'BEGIN {
    printf "run %d: %.1f s wall, %.1f CPU-s (user %.1f + sys %.1f), peak RSS %d MB, load after %s\n",
      i, w, u + s, u, s, r / 1024, l }'
done
printf '%s\n' "${walls[@]}" | sort -n | awk -v n="$runs" '{ a[NR] = $1 } END {
  m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
  printf "median of %d: %.1f s (min %.1f s, max %.1f s)\n", n, m, a[1], a[NR] }'
echo "load average after:  $(load)"

if [ "$modules" != 0 ]; then
  # One more run, not timed above: Maven prints each module's time only when not quiet.
  if [ "$clean" != 0 ]; then ./mvnw -o -q clean "$@" > "$out/clean-modules.log" 2>&1; fi
  if ./mvnw -o -B -ntp verify "$@" > "$out/gate-modules.log" 2>&1; then
    echo "per module (one run without -q, load after $(load)):"
    sed -n '/Reactor Summary/,/BUILD/p' "$out/gate-modules.log" | grep -E 'SUCCESS|FAILURE' \
      | sed -E 's/^\[INFO\] /  /'
  else
    echo "per-module run failed; see $out/gate-modules.log" >&2
    exit 1
  fi
fi
echo "logs: $out"
