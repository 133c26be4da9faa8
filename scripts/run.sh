#!/usr/bin/env bash
# Runs Vitrin on the embedded default (SQLite under ./data, migrated by the app on start).
# Builds the web app (npm ci when its packages are missing) and serves it from the API on the same port.
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

# The web app: built into web/dist, which the API build copies to its output's wwwroot.
if command -v npm >/dev/null 2>&1; then
  if [[ ! -d web/node_modules ]] || [[ web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
    (cd web && npm ci --no-audit --no-fund)
  fi
  (cd web && npm run build --silent)
else
  echo "run.sh: npm not found; serving the API without the web app (install Node.js 20.19+)" >&2
fi

build=()
if ((demo)); then
  dotnet run --project src/Vitrin.Api -c Release -- seed-demo
  build=(--no-build)
fi
exec dotnet run --project src/Vitrin.Api -c Release "${build[@]}" -- --urls "${VITRIN_URLS:-http://localhost:8080}" "${args[@]}"
