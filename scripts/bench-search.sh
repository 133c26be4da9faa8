#!/usr/bin/env bash
# Search benchmark (not a test): loads the catalog benchmark's dataset (bench/generate.sql, then
# bench/search-index.sql) into a throwaway PostgreSQL 15, runs the API (Release, Production) on
# loopback and measures search with wrk: a common term, a rare term, a three-word query and a typo
# on /api/v1/search/products, and a prefix on the search box /api/v1/search, next to /health/live.
# Prints req/s, p50 and p99; exits 0 whether or not the target (p99 < 50 ms) is met.
#
# Usage: scripts/bench-search.sh
# Env (defaults):
#   BENCH_USERS=20000  BENCH_PRODUCTS=100000  BENCH_UPVOTES=1000000   dataset size
#   BENCH_DURATION=10  BENCH_WARMUP=10   seconds of wrk per endpoint, and of warm-up before it
#   BENCH_CONNECTIONS=16  BENCH_THREADS=2
#   BENCH_PG_PORT=55632  BENCH_API_PORT=58180   first ports tried (next free one if busy)
#   BENCH_REF=<git rev>  benchmark that commit instead of the working tree (built in the temp dir)
#   BENCH_NO_BUILD=1     reuse src/Vitrin.Api/bin/Release
#   BENCH_PUBLIC_CACHE=false  the API's public cache (Cache:Public). Off by default: wrk repeats one
#                        query, which the cache would answer from memory after the first request.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source-path=SCRIPTDIR source=lib/apt.sh
source "$REPO_ROOT/scripts/lib/apt.sh"
# shellcheck source-path=SCRIPTDIR source=lib/postgres.sh
source "$REPO_ROOT/scripts/lib/postgres.sh"
# shellcheck source-path=SCRIPTDIR source=lib/bench.sh
source "$REPO_ROOT/scripts/lib/bench.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

USERS="${BENCH_USERS:-20000}"
PRODUCTS="${BENCH_PRODUCTS:-100000}"
UPVOTES="${BENCH_UPVOTES:-1000000}"
DURATION="${BENCH_DURATION:-10}"
WARMUP="${BENCH_WARMUP:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
PG_FIRST_PORT="${BENCH_PG_PORT:-55632}"
API_FIRST_PORT="${BENCH_API_PORT:-58180}"
NO_BUILD="${BENCH_NO_BUILD:-0}"
REF="${BENCH_REF:-}"
for v in USERS PRODUCTS UPVOTES DURATION WARMUP CONNECTIONS THREADS PG_FIRST_PORT API_FIRST_PORT; do
  if [[ ! "${!v}" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench-search: $v must be a positive integer (got '${!v}')" >&2
    exit 2
  fi
done
TARGET_P99_MS=50

API_DLL="$REPO_ROOT/src/Vitrin.Api/bin/Release/net10.0/Vitrin.Api.dll"
START_TIME=$(date +%s)
WORK_DIR=""
API_PID=""
cleanup() { bench_cleanup bench-search; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "installing what is missing"
ensure_apt_packages "test -x $PG_BIN/initdb && test -f /usr/share/postgresql/15/extension/pg_trgm.control && command -v psql" \
  postgresql postgresql-contrib
ensure_apt_packages 'command -v wrk' wrk
ensure_apt_packages 'command -v jq' jq
ensure_apt_packages 'command -v curl' curl

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/vitrin-bench-search.XXXXXX")"
mkdir -p "$WORK_DIR/data"
if [[ -n "$REF" ]]; then
  REVISION="$(git rev-parse --short "$REF^{commit}")"
  say "building the API (Release) at $REF ($REVISION)"
  mkdir -p "$WORK_DIR/src"
  git archive "$REVISION" | tar -x -C "$WORK_DIR/src"
  dotnet build "$WORK_DIR/src/src/Vitrin.Api/Vitrin.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
  API_DLL="$WORK_DIR/src/src/Vitrin.Api/bin/Release/net10.0/Vitrin.Api.dll"
elif [[ "$NO_BUILD" == 1 && -f "$API_DLL" ]]; then
  REVISION="$(git rev-parse --short HEAD) + working tree, earlier build"
else
  REVISION="$(git rev-parse --short HEAD) + working tree"
  say "building the API (Release) from the working tree"
  dotnet build src/Vitrin.Api/Vitrin.Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
fi

say "starting PostgreSQL"
pg_start "$PG_FIRST_PORT"
API_PORT="$API_FIRST_PORT"
while port_busy "$API_PORT"; do
  API_PORT=$((API_PORT + 1))
  ((API_PORT <= API_FIRST_PORT + 20)) || { echo "bench-search: no free port for the API" >&2; exit 1; }
done
BASE="http://127.0.0.1:$API_PORT"

# No job server, as in production (deploy/compose.prod.yaml): jobs run in the worker.
say "starting the API on $BASE (migrates and seeds categories)"
ASPNETCORE_ENVIRONMENT=Production dotnet "$API_DLL" \
  --urls "$BASE" --data-dir "$WORK_DIR/data" \
  --Database:Provider=Postgres "--ConnectionStrings:Postgres=$(pg_connection_string)" \
  --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Warning \
  "--Cache:Public=${BENCH_PUBLIC_CACHE:-false}" \
  --Auth:PerIpPermits=1000000 --Jobs:RunServer=false >"$WORK_DIR/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 240); do
  kill -0 "$API_PID" 2>/dev/null || { echo "bench-search: the API exited during start-up" >&2; exit 1; }
  curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null && break
  sleep 0.25
done
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "bench-search: the API was not ready within 60 s" >&2; exit 1; }

say "generating $USERS users, $PRODUCTS products, >= $UPVOTES upvotes, then the search index"
gen_start=$(date +%s)
psql -X -q -v ON_ERROR_STOP=1 -v users="$USERS" -v products="$PRODUCTS" -v upvotes="$UPVOTES" \
  -f "$REPO_ROOT/bench/generate.sql" >"$WORK_DIR/generate.txt"
psql -X -q -v ON_ERROR_STOP=1 -f "$REPO_ROOT/bench/search-index.sql" | tee -a "$WORK_DIR/generate.txt"
GEN_SECONDS=$(($(date +%s) - gen_start))

# The generated products are "Bench Product N" / "The generated product number N for benchmarks" /
# "Product N helps teams ship faster. It is fast, simple ...": "fast" is in every description,
# "12345" in one product, "benchmrks" is a typo of a tagline word, "bench" a prefix in every title.
RARE=$((PRODUCTS / 2 + 345))
# A middling search: the rare number's first three digits, a prefix of the title numbers that start
# with them (111 of 100 000: 503, 5030-5039, 50300-50399), just above Search:FewMatches.
MID="${RARE:0:3}"
MID_MATCHES="$(psql -X -A -t -c "SELECT count(*) FROM products WHERE title ~ '^Bench Product $MID[0-9]*\$'")"
# name|label|url
ENDPOINTS=(
  "live|GET /health/live (trivial)|$BASE/health/live"
  "common|search/products?q=fast (common)|$BASE/api/v1/search/products?q=fast"
  "rare|search/products?q=$RARE (rare)|$BASE/api/v1/search/products?q=$RARE"
  "mid|search/products?q=$MID (prefix of $MID_MATCHES titles)|$BASE/api/v1/search/products?q=$MID"
  "three|search/products?q=teams+ship+faster|$BASE/api/v1/search/products?q=teams%20ship%20faster"
  "typo|search/products?q=benchmrks (typo)|$BASE/api/v1/search/products?q=benchmrks"
  "prefix|search?q=benc (search box prefix)|$BASE/api/v1/search?q=benc"
)
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name _ u <<<"$e"
  code="$(curl -sS -o "$WORK_DIR/check-$name.json" -w '%{http_code}' "$u")"
  [[ "$code" == 200 ]] || { echo "bench-search: $u answered $code" >&2; cat "$WORK_DIR/check-$name.json" >&2; exit 1; }
  if [[ "$name" != live ]]; then
    n="$(jq '(.items // .products) | length' "$WORK_DIR/check-$name.json")"
    ((n > 0)) || { echo "bench-search: $u found nothing" >&2; exit 1; }
  fi
done

declare -A RPS P50 P99 ERRS
# Every query gets load once before any is measured (they share most of their code: see scripts/bench.sh).
say "warming up: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s per endpoint"
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r _ _ u <<<"$e"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s "$u" >/dev/null
done
say "measuring: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up + ${DURATION} s per endpoint"
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name label u <<<"$e"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s "$u" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency "$u" >"$WORK_DIR/wrk-$name.txt"
  RPS[$name]="$(awk '/^Requests\/sec:/ { print $2 }' "$WORK_DIR/wrk-$name.txt")"
  P50[$name]="$(to_ms "$(awk '$1 == "50%" { print $2; exit }' "$WORK_DIR/wrk-$name.txt")")"
  P99[$name]="$(to_ms "$(awk '$1 == "99%" { print $2; exit }' "$WORK_DIR/wrk-$name.txt")")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$WORK_DIR/wrk-$name.txt")"
  sock="$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$WORK_DIR/wrk-$name.txt")"
  ERRS[$name]=$((${non2xx:-0} + ${sock:-0}))
  printf '  %-44s %10s req/s   p50 %8s ms   p99 %8s ms   errors %s\n' "$label" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" "${ERRS[$name]}" >&2
done

echo
echo "=============================================================================================="
echo "Vitrin search benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo)"
echo "code: $REVISION; PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }'); wrk, API and PostgreSQL share the machine"
echo "dataset: $USERS users, $PRODUCTS products, >= $UPVOTES upvotes; generated and indexed in ${GEN_SECONDS} s"
echo "load: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on loopback, after ${WARMUP} s warm-up each"
echo "----------------------------------------------------------------------------------------------"
printf '%-46s %10s %9s %9s %10s %7s\n' "endpoint" "req/s" "p50 ms" "p99 ms" "% trivial" "errors"
failed=0
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name label _ <<<"$e"
  printf '%-46s %10s %9s %9s %9s%% %7s\n' "$label" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" \
    "$(ratio "${RPS[$name]}" "${RPS[live]}")" "${ERRS[$name]}"
  failed=$((failed + ERRS[$name]))
done
echo "----------------------------------------------------------------------------------------------"
for name in common rare mid three typo prefix; do
  echo "target: $name p99 < ${TARGET_P99_MS} ms: ${P99[$name]} ms -> $(verdict "${P99[$name]} < $TARGET_P99_MS")"
done
echo "=============================================================================================="
if ((failed > 0)); then
  echo "bench-search: some requests failed (non-2xx or socket errors); the figures above are not valid" >&2
  exit 1
fi
