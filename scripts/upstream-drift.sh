#!/usr/bin/env bash
# Fetches Toggl's published Swagger and runs spec-tools' upstream drift check on it (README, "When Toggl's docs
# change"). The report lands in spec-tools/target/upstream-drift/report.md (with source-url.txt naming what was
# checked); the exit status is the drift command's: 0 no drift, non-zero drift (or a failure to fetch: 2).
#
#   scripts/upstream-drift.sh [SWAGGER_URL]
#
# Without SWAGGER_URL the current link is read from Toggl's "Open API" page: the file's name carries a content
# hash (assets/files/api-<hash>.json), so it changes whenever Toggl publishes a new version. Any URL curl reads
# works, file:// included (that is how the script is tested; see README). Extra Maven arguments (e.g. -o) go in
# UPSTREAM_DRIFT_MAVEN_ARGS. The downloaded file is kept in a temporary directory, never in the repository.
set -euo pipefail

OPENAPI_PAGE="https://engineering.toggl.com/docs/openapi/"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/spec-tools/target/upstream-drift"

url="${1:-}"
if [[ -z "$url" ]]; then
  link="$(curl -fsSL --retry 3 "$OPENAPI_PAGE" | grep -oE '(https://engineering\.toggl\.com)?/assets/files/api-[0-9a-f]+\.json' | head -n 1 || true)"
  if [[ -z "$link" ]]; then
    echo "upstream drift: no assets/files/api-<hash>.json link on $OPENAPI_PAGE; pass the Swagger URL as an argument" >&2
    exit 2
  fi
  [[ "$link" == /* ]] && link="https://engineering.toggl.com$link"
  url="$link"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
swagger="$tmp/toggl-track.swagger.json"
if ! curl -fsSL --retry 3 "$url" -o "$swagger"; then
  echo "upstream drift: cannot fetch $url" >&2
  exit 2
fi
if ! grep -q '"swagger"' "$swagger"; then
  echo "upstream drift: $url is not a Swagger 2.0 JSON document" >&2
  exit 2
fi

cd "$root"
status=0
# -am builds the modules spec-tools depends on (the contract gate) in the same reactor, so nothing has to be
# installed first; -Dtogglkit.upstream turns on spec-tools' upstream-drift profile, which runs the check at
# process-classes in spec-tools only.
# shellcheck disable=SC2086 # UPSTREAM_DRIFT_MAVEN_ARGS is a list of arguments on purpose
./mvnw -q -B -ntp ${UPSTREAM_DRIFT_MAVEN_ARGS:-} -pl spec-tools -am process-classes \
  -Dtogglkit.upstream="$swagger" || status=$?
mkdir -p "$out"
echo "$url" > "$out/source-url.txt"
exit "$status"
