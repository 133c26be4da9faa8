#!/usr/bin/env bash
# Runs every test of Vitrin on a fresh Debian 12 machine: installs what is missing, builds once,
# starts a throwaway PostgreSQL 15 and Redis 7, runs the API test suite once per database provider,
# then the web app's checks and tests (scripts/test-web.sh: unit tests, build, browser tests against
# the real API). The deployment files are validated first (scripts/check-deploy.sh); the multi-instance
# topology and the reliability drills are a separate command, scripts/topology.sh (a few minutes).
#
# Usage: scripts/test.sh [extra dotnet test args, e.g. --filter-class 'Vitrin.Api.Tests.Foo*']
# Env:
#   VITRIN_TEST_PROVIDERS  providers to run, space separated (default "sqlite postgres")
#   VITRIN_TEST_LOG_DIR    where per-run logs go (default .tmp/test-logs)
#   PG_PORT                first port tried for PostgreSQL (default 55432)
#   REDIS_PORT_FIRST       first port tried for Redis (default 56379)
#   VITRIN_TEST_WEB        0 skips the web app's tests (default 1)
# Each run gets VITRIN_TEST_PROVIDER=sqlite|postgres; the postgres run also gets
#   VITRIN_TEST_POSTGRES="Host=127.0.0.1;Port=<port>;Username=postgres;Password=postgres;Database=postgres"
#   and VITRIN_TEST_REDIS=127.0.0.1:<port> (the production shape: Redis as the second-level cache;
#   the sqlite run is the embedded default, in-process cache only). Cache tests that stop Redis
#   start their own redis-server.
# The last line printed is always: tests: N passed, M failed[, K skipped]
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source-path=SCRIPTDIR source=lib/apt.sh
source "$REPO_ROOT/scripts/lib/apt.sh"
# shellcheck source-path=SCRIPTDIR source=lib/postgres.sh
source "$REPO_ROOT/scripts/lib/postgres.sh"
# shellcheck source-path=SCRIPTDIR source=lib/redis.sh
source "$REPO_ROOT/scripts/lib/redis.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

TEST_PROJECT=tests/Vitrin.Api.Tests/Vitrin.Api.Tests.csproj
PROVIDERS="${VITRIN_TEST_PROVIDERS:-sqlite postgres}"
LOG_DIR="${VITRIN_TEST_LOG_DIR:-$REPO_ROOT/.tmp/test-logs}"
START_TIME=$(date +%s)

TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0
RUN_FAILURES=0
RUN_REPORTS=()
CURRENT_STEP="setup"
TEST_PID=""

# Lists PID and all its descendants.
process_tree() {
  local child
  echo "$1"
  for child in $(pgrep -P "$1" 2>/dev/null); do
    process_tree "$child"
  done
}

finish() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  if [[ -n "$TEST_PID" ]] && kill -0 "$TEST_PID" 2>/dev/null; then
    local pids
    pids=$(process_tree "$TEST_PID")
    echo "stopping test run (pids: $(echo "$pids" | tr '\n' ' '))" >&2
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 "$TEST_PID" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$TEST_PID" 2>/dev/null; then
      # shellcheck disable=SC2086
      kill -KILL $pids 2>/dev/null
    fi
    wait "$TEST_PID" 2>/dev/null
  fi
  pg_stop
  redis_stop
  if ((RUN_FAILURES > 0 && rc == 0)); then
    rc=1
  fi
  echo
  if ((rc != 0 && RUN_FAILURES == 0)); then
    echo "FAILED during: $CURRENT_STEP"
  fi
  local line
  for line in "${RUN_REPORTS[@]}"; do
    echo "$line"
  done
  local elapsed=$(($(date +%s) - START_TIME))
  printf 'wall time: %dm %02ds (exit %d)\n' $((elapsed / 60)) $((elapsed % 60)) "$rc"
  local summary="tests: $TOTAL_PASSED passed, $TOTAL_FAILED failed"
  if ((TOTAL_SKIPPED > 0)); then
    summary+=", $TOTAL_SKIPPED skipped"
  fi
  echo "$summary"
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() {
  CURRENT_STEP="$*"
  echo "==> $*" >&2
}

# Prints "total failed succeeded skipped" from the last Microsoft.Testing.Platform summary in
# a log; fails if there is none. Handles the multi-line form ("Test run summary: Passed!" then
# "  total: 12" ...) and the one-line form ("... total: 12, failed: 0, succeeded: 12, skipped: 0").
parse_summary() {
  sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' "$1" | awk '
    { l = tolower($0) }
    l ~ /test run summary/ { found = 1; t = ""; f = ""; s = ""; p = ""; k = "" }
    found {
      while (match(l, /(total|failed|succeeded|passed|skipped): *[0-9]+/)) {
        kv = substr(l, RSTART, RLENGTH); l = substr(l, RSTART + RLENGTH)
        split(kv, a, /: */)
        if (a[1] == "total") t = a[2] + 0
        else if (a[1] == "failed") f = a[2] + 0
        else if (a[1] == "succeeded") s = a[2] + 0
        else if (a[1] == "passed") p = a[2] + 0
        else if (a[1] == "skipped") k = a[2] + 0
      }
    }
    END {
      if (!found) exit 1
      if (s == "") s = p
      if (t == "") t = f + s + k
      print t + 0, f + 0, s + 0, k + 0
    }'
}

run_tests() {
  local provider="$1"
  shift
  local log="$LOG_DIR/test-$provider.log"
  local -a envs=("VITRIN_TEST_PROVIDER=$provider")
  if [[ "$provider" == postgres ]]; then
    envs+=("VITRIN_TEST_POSTGRES=$(pg_connection_string)" "VITRIN_TEST_REDIS=127.0.0.1:$REDIS_PORT")
  fi
  step "dotnet test ($provider) -> $log"
  local rc=0
  # In the background + wait, so a SIGTERM/SIGINT to this script is handled at once (finish
  # then kills the run's process tree) instead of after the whole test run.
  (
    env -u VITRIN_TEST_POSTGRES -u VITRIN_TEST_REDIS "${envs[@]}" \
      dotnet test --project "$TEST_PROJECT" -c Release --no-build "$@" 2>&1 | tee "$log"
    exit "${PIPESTATUS[0]}"
  ) &
  TEST_PID=$!
  wait "$TEST_PID" || rc=$?
  TEST_PID=""

  local total failed succeeded skipped counts verdict=ok
  if counts=$(parse_summary "$log"); then
    read -r total failed succeeded skipped <<<"$counts"
  else
    total=0 failed=0 succeeded=0 skipped=0
    verdict="FAILED (no test summary found)"
  fi
  TOTAL_PASSED=$((TOTAL_PASSED + succeeded))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  TOTAL_SKIPPED=$((TOTAL_SKIPPED + skipped))
  if [[ "$verdict" == ok ]]; then
    if ((succeeded + failed == 0)); then
      verdict="FAILED (zero tests executed)"
    elif ((rc != 0 || failed > 0)); then
      verdict="FAILED (dotnet test exit code $rc)"
    fi
  fi
  [[ "$verdict" == ok ]] || RUN_FAILURES=$((RUN_FAILURES + 1))
  RUN_REPORTS+=("[$provider] $verdict: total $total, passed $succeeded, failed $failed, skipped $skipped (log: $log)")
  # The failing tests' names, so the summary at the end of the output says which ones.
  local name
  while IFS= read -r name; do
    RUN_REPORTS+=("[$provider]   $name")
  done < <(failed_test_names "$log" | awk 'NR <= 100; END { if (NR > 100) print "... and " NR - 100 " more lines" }')
}

# Prints the "failed Some.Test.Name (12ms)" lines Microsoft.Testing.Platform writes for each
# failing test, without colour codes, each followed by up to 4 lines of its message (the lines
# before the stack trace), so the summary says why as well as which: CI keeps only the output.
failed_test_names() {
  sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' "$1" | awk '
    /^[[:space:]]*failed .+ \([0-9][^)]*\)$/ { sub(/^[[:space:]]*/, ""); print; message = 4; next }
    message > 0 && !/^[[:space:]]/ { message = 0 }
    message > 0 && /^[[:space:]]*from .*\.dll/ { next }
    message > 0 && /^[[:space:]]+at / { message = 0 }
    message > 0 { sub(/^[[:space:]]*/, ""); print "  " substr($0, 1, 300); message-- }
  '
}

# --- validate args ----------------------------------------------------------------------------
read -r -a PROVIDER_LIST <<<"$PROVIDERS"
if ((${#PROVIDER_LIST[@]} == 0)); then
  echo "VITRIN_TEST_PROVIDERS is empty" >&2
  exit 2
fi
NEED_POSTGRES=0
for p in "${PROVIDER_LIST[@]}"; do
  case "$p" in
    sqlite) ;;
    postgres) NEED_POSTGRES=1 ;;
    *) echo "unknown provider in VITRIN_TEST_PROVIDERS: '$p' (expected sqlite and/or postgres)" >&2; exit 2 ;;
  esac
done

# --- prerequisites ----------------------------------------------------------------------------
if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet SDK not found on PATH (global.json wants 10.0.401+)" >&2
  exit 1
fi
if ((NEED_POSTGRES)); then
  CURRENT_STEP="ensure apt packages: postgresql postgresql-contrib"
  ensure_apt_packages \
    "test -x $PG_BIN/initdb && test -x $PG_BIN/pg_ctl && test -f /usr/share/postgresql/15/extension/pg_trgm.control" \
    postgresql postgresql-contrib
fi

CURRENT_STEP="ensure apt packages: redis-server"
ensure_apt_packages 'command -v redis-server && command -v redis-cli' redis-server

# The S3 storage tests run against s3rver (npm), a real S3-protocol server on loopback.
command -v node >/dev/null || { echo "node not found (Node.js 20 needed for the s3rver storage tests)" >&2; exit 1; }
step "npm ci (tests/s3rver)"
npm ci --prefix tests/s3rver --no-audit --no-fund --loglevel=error

# --- deployment files (seconds; the full topology and drills are scripts/topology.sh) -------------
step "deployment files: scripts/check-deploy.sh"
if scripts/check-deploy.sh; then
  RUN_REPORTS+=("[deploy] ok: compose files, nginx -t, Prometheus rules, Grafana dashboard")
else
  RUN_FAILURES=$((RUN_FAILURES + 1))
  RUN_REPORTS+=("[deploy] FAILED: scripts/check-deploy.sh")
fi

# --- build once -------------------------------------------------------------------------------
step "dotnet tool restore"
dotnet tool restore
step "dotnet restore Vitrin.slnx"
dotnet restore Vitrin.slnx
step "dotnet build Vitrin.slnx -c Release"
dotnet build Vitrin.slnx -c Release --no-restore

# --- databases --------------------------------------------------------------------------------
if ((NEED_POSTGRES)); then
  step "starting throwaway PostgreSQL"
  pg_start "${PG_PORT:-55432}"
  step "starting throwaway Redis"
  redis_start "${REDIS_PORT_FIRST:-56379}"
fi

# --- tests ------------------------------------------------------------------------------------
mkdir -p "$LOG_DIR"
for p in "${PROVIDER_LIST[@]}"; do
  run_tests "$p" "$@"
done

# --- web app ----------------------------------------------------------------------------------
if [[ "${VITRIN_TEST_WEB:-1}" != 0 ]]; then
  pg_stop # the browser tests use the embedded default; free the cores and memory first
  step "web app: scripts/test-web.sh -> $LOG_DIR/test-web.log"
  web_counts="$LOG_DIR/test-web.counts"
  rm -f "$web_counts"
  web_rc=0
  (
    VITRIN_WEB_COUNTS_FILE="$web_counts" "$REPO_ROOT/scripts/test-web.sh" 2>&1 | tee "$LOG_DIR/test-web.log"
    exit "${PIPESTATUS[0]}"
  ) &
  TEST_PID=$!
  wait "$TEST_PID" || web_rc=$?
  TEST_PID=""
  web_passed=0 web_failed=0 verdict=ok
  if [[ -s "$web_counts" ]]; then
    read -r web_passed web_failed <"$web_counts"
  else
    verdict="FAILED (no web test summary)"
  fi
  TOTAL_PASSED=$((TOTAL_PASSED + web_passed))
  TOTAL_FAILED=$((TOTAL_FAILED + web_failed))
  if [[ "$verdict" == ok ]] && ((web_rc != 0 || web_failed > 0)); then
    verdict="FAILED (scripts/test-web.sh exit code $web_rc)"
  fi
  [[ "$verdict" == ok ]] || RUN_FAILURES=$((RUN_FAILURES + 1))
  RUN_REPORTS+=("[web] $verdict: passed $web_passed, failed $web_failed (log: $LOG_DIR/test-web.log)")
fi
