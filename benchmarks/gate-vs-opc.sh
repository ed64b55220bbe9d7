#!/usr/bin/env bash
# The contract gate's CLI against the reference engine, PactFlow's openapi-pact-comparator (opc), on the same
# inputs in one run: togglkit's Track pact (76 interactions today) and the same pact repeated a hundred times,
# both checked against the same bundled, self-contained Track spec.
#
#   benchmarks/gate-vs-opc.sh            RUNS=n sets the runs per tool and size (default 5)
#
# The gate runs as README's "From the command line" shows it: java -XX:TieredStopAtLevel=1 -jar (a short run
# gains less from the JVM's optimising compiler than that compiler costs). GATE_JAVA_OPTS replaces those JVM
# options; GATE_JAVA_OPTS= (empty) times a plain java -jar.
#
# Needs, built beforehand (this script builds nothing):
#   contract-gate/target/togglkit-contract-gate-<version>-cli.jar   ./mvnw -o -q -pl contract-gate -am package -DskipTests
#   contract-tests/target/pacts/togglkit-toggl-track-v9.json        ./mvnw -o verify (the Pact tests write it)
# and Node.js with npm (npm installs opc and the Redocly CLI into benchmarks/target/npm on the first run; they are
# never part of the build).
#
# Each size runs RUNS rounds; a round times both tools, alternating which goes first (gate, opc, then opc, gate,
# ...), so a load that drifts during the run weighs on both. /usr/bin/time -v gives the wall time and the peak RSS
# of each run (and its CPU time). Prints the medians, the ratios gate/opc, the gate's peak RSS, the load average (uptime) at the start
# and the end, and whether each goal is met. Exits 0 either way: the figures are the result, not a test; it exits 2
# only when an input is missing or a tool fails or the two disagree about the verdict.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-5}"
opc_version=2.3.1
redocly_version=2.77.0
out="$root/benchmarks/target/gate-vs-opc"
npm_dir="$root/benchmarks/target/npm"
spec="$root/spec/track-v9/openapi.yaml"
pact="${PACT:-$root/contract-tests/target/pacts/togglkit-toggl-track-v9.json}"   # PACT=file to use another
provider=toggl-track-v9
read -r -a gate_java_opts <<< "${GATE_JAVA_OPTS--XX:TieredStopAtLevel=1}"

fail() { echo "gate-vs-opc: $*" >&2; exit 2; }

shopt -s nullglob
jars=("$root"/contract-gate/target/togglkit-contract-gate-*-cli.jar)
shopt -u nullglob
[[ ${#jars[@]} -eq 1 ]] || fail "no gate CLI jar in contract-gate/target: run ./mvnw -o -q -pl contract-gate -am package -DskipTests"
gate_jar="${jars[0]}"
[[ -f "$pact" ]] || fail "no Track pact at $pact: run ./mvnw -o verify first (the Pact tests write it)"
[[ -x /usr/bin/time ]] || fail "/usr/bin/time is needed (Debian: apt-get install time)"
command -v npm > /dev/null || fail "npm is needed to install openapi-pact-comparator"

mkdir -p "$out" "$npm_dir"
if [[ ! -x "$npm_dir/node_modules/.bin/opc" || ! -x "$npm_dir/node_modules/.bin/redocly" ]]; then
  echo "installing @pactflow/openapi-pact-comparator@$opc_version and @redocly/cli@$redocly_version into $npm_dir"
  npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error \
    "@pactflow/openapi-pact-comparator@$opc_version" "@redocly/cli@$redocly_version" > "$out/npm-install.log" 2>&1 \
    || fail "npm install failed; see $out/npm-install.log"
fi
opc="$npm_dir/node_modules/.bin/opc"

# opc reads one self-contained document and takes the base path from info.x-opc-config-base-path, not from
# servers: bundle the multi-file spec, then set that field to the path of the first server URL (/api/v9), the
# way the gate reads it. Both tools get this same file.
"$npm_dir/node_modules/.bin/redocly" bundle "$spec" --ext json -o "$out/track-v9.bundled.json" > "$out/bundle.log" 2>&1 \
  || fail "bundling $spec failed; see $out/bundle.log"
node - "$out/track-v9.bundled.json" "$out/track-v9.json" <<'EOF'
const fs = require('fs');
const [input, output] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(input, 'utf8'));
spec.info['x-opc-config-base-path'] = new URL(spec.servers[0].url).pathname.replace(/\/$/, '');
fs.writeFileSync(output, JSON.stringify(spec, null, 1));
EOF

# The pact as it is, and repeated 100 times, each copy's descriptions and keys made unique.
cp "$pact" "$out/track-1x.json"
node - "$pact" "$out/track-100x.json" <<'EOF'
const fs = require('fs');
const [input, output] = process.argv.slice(2);
const pact = JSON.parse(fs.readFileSync(input, 'utf8'));
const copies = [];
for (let copy = 0; copy < 100; copy++) {
  for (const interaction of pact.interactions) {
    const c = JSON.parse(JSON.stringify(interaction));
    if (copy > 0) {
      c.description = `${c.description} (copy ${copy})`;
      if (c.key) c.key = `${c.key}-${copy}`;
    }
    copies.push(c);
  }
}
pact.interactions = copies;
fs.writeFileSync(output, JSON.stringify(pact, null, 1));
EOF
count() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).interactions.length)' "$1"; }
n_small=$(count "$out/track-1x.json")
n_large=$(count "$out/track-100x.json")

# One timed run; sets wall (seconds), cpu (user + system seconds) and peak (peak RSS, kB). The tool's exit status must be 0 (no findings).
timed() {
  local tool="$1" pacts="$2" log="$3"
  local cmd
  if [[ "$tool" == gate ]]; then
    cmd=(java "${gate_java_opts[@]}" -jar "$gate_jar" --spec "$provider=$out/track-v9.json" --pacts "$pacts")
  else
    cmd=("$opc" --oas "$out/track-v9.json" "$pacts")
  fi
  if ! /usr/bin/time -v -o "$log.time" "${cmd[@]}" > "$log" 2>&1; then
    fail "$tool on $(basename "$pacts") did not pass (its verdict differs from the expected 'compatible'); see $log"
  fi
  if [[ "$tool" == opc ]] && [[ "$(tr -d '[:space:]' < "$log")" != "[]" ]]; then
    fail "opc reported findings on $(basename "$pacts"); see $log"
  fi
  read -r wall cpu peak < <(awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /User time/ { user = $2 }
    /System time/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 }
    END { print wall, user + sys, rss }' "$log.time")
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

load_start="$(uptime)"
echo "load at start: $load_start  (cores: $(nproc))"
echo "gate: java ${gate_java_opts[*]} -jar $(basename "$gate_jar") on $(java -version 2>&1 | head -1); opc $opc_version on node $(node --version)"
echo "runs per tool and size: $runs, alternating"

declare -A walls cpus rss
for size in small large; do
  pacts="$out/track-1x.json"; [[ $size == large ]] && pacts="$out/track-100x.json"
  for round in $(seq 1 "$runs"); do
    order=(gate opc); (( round % 2 == 0 )) && order=(opc gate)
    for tool in "${order[@]}"; do
      timed "$tool" "$pacts" "$out/$tool-$size-$round.log"
      walls[$tool-$size]+="$wall"$'\n'
      cpus[$tool-$size]+="$cpu"$'\n'
      rss[$tool-$size]+="$peak"$'\n'
      printf '  %-5s %5s interactions, round %d: %6.2f s wall, %6.2f s CPU, %5d MB peak RSS\n' "$tool" \
        "$([[ $size == small ]] && echo "$n_small" || echo "$n_large")" "$round" "$wall" "$cpu" $(( peak / 1024 ))
    done
  done
done
load_end="$(uptime)"

med() { printf '%s' "${walls[$1]}" | median; }
med_cpu() { printf '%s' "${cpus[$1]}" | median; }
med_rss() { printf '%s' "${rss[$1]}" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v <= g) ? "met" : "NOT met" }'; }

gate_small=$(med gate-small); opc_small=$(med opc-small)
gate_large=$(med gate-large); opc_large=$(med opc-large)
ratio_small=$(ratio "$gate_small" "$opc_small"); ratio_large=$(ratio "$gate_large" "$opc_large")
gate_rss_large=$(( $(med_rss gate-large | cut -d. -f1) / 1024 ))
gate_rss_small=$(( $(med_rss gate-small | cut -d. -f1) / 1024 ))
opc_rss_large=$(( $(med_rss opc-large | cut -d. -f1) / 1024 ))

echo
echo "median wall time of $runs runs:"
printf '  %5s interactions: gate %6.2f s, opc %6.2f s, gate/opc %s (goal <= 1.5: %s)\n' \
  "$n_small" "$gate_small" "$opc_small" "$ratio_small" "$(verdict "$ratio_small" 1.5)"
printf '  %5s interactions: gate %6.2f s, opc %6.2f s, gate/opc %s (goal <= 1.0: %s)\n' \
  "$n_large" "$gate_large" "$opc_large" "$ratio_large" "$(verdict "$ratio_large" 1.0)"
# CPU time (user + system, all threads) is not a goal; on a busy machine it moves less than the wall time.
printf 'median CPU time: gate %.2f s / opc %.2f s = %s at %s; gate %.2f s / opc %.2f s = %s at %s\n' \
  "$(med_cpu gate-small)" "$(med_cpu opc-small)" "$(ratio "$(med_cpu gate-small)" "$(med_cpu opc-small)")" "$n_small" \
  "$(med_cpu gate-large)" "$(med_cpu opc-large)" "$(ratio "$(med_cpu gate-large)" "$(med_cpu opc-large)")" "$n_large"
echo "median peak RSS: gate $gate_rss_small MB at $n_small, $gate_rss_large MB at $n_large" \
  "(goal <= 256 MB at $n_large: $(verdict "$gate_rss_large" 256)); opc $opc_rss_large MB at $n_large"
echo "load at start: $load_start"
echo "load at end:   $load_end"
echo "logs and inputs: $out"
