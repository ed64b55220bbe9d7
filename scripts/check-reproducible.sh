#!/usr/bin/env bash
# Reproducible-build check: packages the published artifacts (client, gate, gate plugin, testing) twice from clean, at least a second apart, and
# compares the jars byte for byte, printing each jar's SHA-256 from both builds. Exit 0 when every pair is
# identical, 1 otherwise. Tests are skipped here (they are the gate's job, not this check's); the bytes of the
# jars do not depend on them. Takes about a minute; not part of ./mvnw verify, since it builds twice.
#   scripts/check-reproducible.sh            (offline: the local repository must hold the dependencies)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
modules=(client contract-gate contract-gate-maven-plugin testing)
out="$root/target/reproducible"
rm -rf "$out"
mkdir -p "$out/1" "$out/2"

build() {
  ./mvnw -o -q -B -ntp -pl "$(IFS=,; echo "${modules[*]}")" clean package -DskipTests > "$out/build-$1.log" 2>&1 \
    || { echo "build $1 failed; see $out/build-$1.log" >&2; exit 2; }
  for module in "${modules[@]}"; do
    cp "$module"/target/*.jar "$out/$1/"
  done
}

build 1
sleep 2   # a different wall clock for the second build: only project.build.outputTimestamp may reach the jars
build 2

status=0
for jar in "$out"/1/*.jar; do
  name="$(basename "$jar")"
  first="$(sha256sum "$jar" | cut -d' ' -f1)"
  second="$(sha256sum "$out/2/$name" | cut -d' ' -f1)"
  if [[ "$first" == "$second" ]]; then
    echo "identical  $first  $name"
  else
    echo "DIFFERENT  $first  $second  $name"
    status=1
  fi
done
exit "$status"
