#!/bin/sh
# Prints what togglkit-client brings to a consumer at run time: each jar of its runtime dependency tree
# with its size, and the total (README "Coordinates" quotes these figures). Reads the local repository,
# so run it after a build (./mvnw verify; for a module other than client, whose tree holds other togglkit
# modules, after ./mvnw install). The first run downloads maven-dependency-plugin (its version is in the root
# pom). Usage: scripts/dependency-sizes.sh [module, default client]
set -eu
cd "$(dirname "$0")/.."
module=${1:-client}
list=$(mktemp)
trap 'rm -f "$list"' EXIT
./mvnw -q -pl "$module" dependency:list -DincludeScope=runtime -DoutputFile="$list" >/dev/null
repo=${MAVEN_REPO:-$HOME/.m2/repository}
total=0
for coordinates in $(grep ':jar:' "$list" | sed 's/^ *//; s/ .*//'); do
  group=$(echo "$coordinates" | cut -d: -f1 | tr . /)
  artifact=$(echo "$coordinates" | cut -d: -f2)
  version=$(echo "$coordinates" | cut -d: -f4)
  bytes=$(stat -c %s "$repo/$group/$artifact/$version/$artifact-$version.jar")
  total=$((total + bytes))
  printf '%-20s %-10s %9d bytes\n' "$artifact" "$version" "$bytes"
done
printf '%-31s %9d bytes\n' "total" "$total"
