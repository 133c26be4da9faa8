#!/usr/bin/env bash
# Checks and tests the web app: npm ci, typecheck, lint, unit tests (Vitest), production build,
# API types up to date, then end-to-end tests (Playwright, Debian's headless Chromium) against the
# real API (Release build, embedded SQLite default, demo data and an admin) on a free loopback port.
#
# Usage: scripts/test-web.sh [extra playwright args, e.g. e2e/flow.spec.ts]
# Env:
#   VITRIN_WEB_COUNTS_FILE  if set, "passed failed" is written there (scripts/test.sh adds them up)
#   VITRIN_E2E_ARTIFACTS    screenshots and Playwright results (default .tmp/e2e)
# The last line printed is: web tests: N passed, M failed
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source-path=SCRIPTDIR source=lib/apt.sh
source "$REPO_ROOT/scripts/lib/apt.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export VITRIN_E2E_ARTIFACTS="${VITRIN_E2E_ARTIFACTS:-$REPO_ROOT/.tmp/e2e}"

PASSED=0
FAILED=0
FAILED_STEPS=()
STEP="setup"
API_PID=""
DATA_DIR=""
START_TIME=$(date +%s)

finish() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  if [[ -n "$API_PID" ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill -TERM "$API_PID" 2>/dev/null
    for _ in $(seq 1 20); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$API_PID" 2>/dev/null
    wait "$API_PID" 2>/dev/null
  fi
  [[ -n "$DATA_DIR" ]] && rm -rf "$DATA_DIR"
  if ((rc != 0 && ${#FAILED_STEPS[@]} == 0)); then
    FAILED_STEPS+=("$STEP")
  fi
  if ((${#FAILED_STEPS[@]} > 0)); then
    rc=1
    ((FAILED == 0)) && FAILED=1
  fi
  echo
  local s
  for s in "${FAILED_STEPS[@]}"; do echo "web: FAILED: $s"; done
  printf 'web wall time: %ds (exit %d)\n' $(($(date +%s) - START_TIME)) "$rc"
  [[ -n "${VITRIN_WEB_COUNTS_FILE:-}" ]] && echo "$PASSED $FAILED" >"$VITRIN_WEB_COUNTS_FILE"
  echo "web tests: $PASSED passed, $FAILED failed"
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() {
  STEP="$*"
  echo "==> web: $*" >&2
}

# Runs a check; a failure is recorded and the remaining checks still run.
check() {
  local name="$1"
  shift
  step "$name"
  if ! "$@"; then
    FAILED_STEPS+=("$name")
  fi
}

count_json() { # file jq-like-path-free parser: prints "passed failed" from a Vitest or Playwright JSON report
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if ("numPassedTests" in r) console.log(r.numPassedTests, r.numFailedTests);
    else console.log((r.stats.expected ?? 0) + (r.stats.flaky ?? 0), (r.stats.unexpected ?? 0));
  ' "$1"
}

# --- prerequisites ----------------------------------------------------------------------------
command -v node >/dev/null || { echo "node not found (Node.js 20.19+ needed)" >&2; exit 1; }
ensure_apt_packages 'test -x /usr/bin/chromium' chromium

cd "$REPO_ROOT/web"
step "npm ci"
npm ci --no-audit --no-fund --loglevel=error

check "typecheck" npm run --silent typecheck
check "lint" npm run --silent lint

step "unit tests (vitest)"
mkdir -p "$VITRIN_E2E_ARTIFACTS"
rm -f "$VITRIN_E2E_ARTIFACTS/vitest.json"
if ! ./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$VITRIN_E2E_ARTIFACTS/vitest.json"; then
  FAILED_STEPS+=("unit tests")
fi
if [[ -f "$VITRIN_E2E_ARTIFACTS/vitest.json" ]]; then
  read -r p f < <(count_json "$VITRIN_E2E_ARTIFACTS/vitest.json")
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
fi

step "production build"
npm run --silent build
check "bundle size budget" node scripts/bundle-size.mjs

# The API build copies web/dist into its output's wwwroot (src/Vitrin.Api/Vitrin.Api.csproj).
cd "$REPO_ROOT"
step "dotnet build src/Vitrin.Api -c Release"
dotnet build src/Vitrin.Api -c Release -v q -nologo
check "api types up to date" env VITRIN_SKIP_API_BUILD=1 node web/scripts/api-types.mjs check

# --- the real API for end-to-end tests --------------------------------------------------------
step "starting the API (embedded default, demo data, admin)"
DATA_DIR=$(mktemp -d /tmp/vitrin-e2e-XXXXXX)
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
BIN="$REPO_ROOT/src/Vitrin.Api/bin/Release/net10.0"
export ASPNETCORE_ENVIRONMENT=Production Vitrin__DataDirectory="$DATA_DIR"
# Browser tests sign in, reload and post quickly from one address with brand-new accounts.
export Auth__PerIpPermits=100000 Auth__PerAccountPermits=1000 Spam__MinSecondsBetweenPosts=0 \
  Spam__NewAccountCommentsPerHour=1000 Spam__NewAccountProductsPerDay=1000 Logging__LogLevel__Default=Warning
(cd "$BIN" && dotnet Vitrin.Api.dll seed-demo --allow-demo true >"$DATA_DIR/seed.log" 2>&1)
E2E_ADMIN_PASSWORD="e2e-admin-$(date +%s%N)"
(cd "$BIN" && echo "$E2E_ADMIN_PASSWORD" | dotnet Vitrin.Api.dll create-admin e2e_admin e2e_admin@example.com >"$DATA_DIR/admin.log" 2>&1)
(cd "$BIN" && exec dotnet Vitrin.Api.dll --urls "http://localhost:$PORT" >"$DATA_DIR/api.log" 2>&1) &
API_PID=$!
for _ in $(seq 1 120); do
  curl -fsS "http://localhost:$PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$API_PID" 2>/dev/null || { cat "$DATA_DIR/api.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "http://localhost:$PORT/health/ready" >/dev/null

step "end-to-end tests (playwright, chromium) on http://localhost:$PORT"
cd "$REPO_ROOT/web"
rm -rf "$VITRIN_E2E_ARTIFACTS/screenshots" "$VITRIN_E2E_ARTIFACTS/results.json"
if ! VITRIN_E2E_URL="http://localhost:$PORT" E2E_ADMIN_PASSWORD="$E2E_ADMIN_PASSWORD" ./node_modules/.bin/playwright test "$@"; then
  FAILED_STEPS+=("end-to-end tests")
  tail -50 "$DATA_DIR/api.log" >&2 || true
fi
if [[ -f "$VITRIN_E2E_ARTIFACTS/results.json" ]]; then
  read -r p f < <(count_json "$VITRIN_E2E_ARTIFACTS/results.json")
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
fi
echo "screenshots: $VITRIN_E2E_ARTIFACTS/screenshots" >&2
