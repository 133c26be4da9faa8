#!/usr/bin/env bash
# Runs Vitrin on the embedded default (SQLite under ./data, migrated by the app on start).
# Usage: scripts/run.sh [--demo] [extra app args]   (--demo seeds demo data first)
# Env:   VITRIN_URLS (default http://localhost:8080)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# Development shows the API reference UI at /scalar; set ASPNETCORE_ENVIRONMENT=Production to hide it.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
# dotnet run starts the app in the project folder; keep everything it writes in ./data here.
export Vitrin__DataDirectory="${Vitrin__DataDirectory:-$PWD/data}"

demo=0
args=()
for a in "$@"; do
  if [[ "$a" == --demo ]]; then demo=1; else args+=("$a"); fi
done

build=()
if ((demo)); then
  dotnet run --project src/Vitrin.Api -c Release -- seed-demo
  build=(--no-build)
fi
exec dotnet run --project src/Vitrin.Api -c Release "${build[@]}" -- --urls "${VITRIN_URLS:-http://localhost:8080}" "${args[@]}"
