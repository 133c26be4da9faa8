#!/usr/bin/env bash
# Engagement benchmark (not a test; issue 5): a throwaway PostgreSQL 15 and the API (Release,
# Production) on loopback, measured with wrk:
#   - GET /health/live (trivial, the reference)
#   - product detail + first page of comments, for a product with 500 comments (pairs of requests)
#   - PUT/DELETE /api/v1/products/{id}/upvote toggles, 64 connections, one hot product
#   - the same toggles spread round-robin over many products
# then checks that every product's upvote_count / vote_weight match its product_upvotes rows.
# Exits 0 whether or not the targets are met; non-zero if the benchmark itself could not run.
#
# Usage: scripts/bench-engagement.sh
# Env (defaults):
#   BENCH_USERS=70          users registered through the API (one is the maker, the rest vote)
#   BENCH_PRODUCTS=30       extra products for the spread upvote run
#   BENCH_COMMENTS=500      comments on the hot product (BENCH_TOP_COMMENTS=100 of them top-level)
#   BENCH_DURATION=10       seconds of wrk per run (after BENCH_WARMUP=3 s of warm-up)
#   BENCH_CONNECTIONS=32    wrk connections for the read runs; BENCH_VOTE_CONNECTIONS=64 for upvotes
#   BENCH_THREADS=2         wrk threads
#   BENCH_PG_PORT=55540     BENCH_API_PORT=58180   first ports tried (next free one if busy)
#   BENCH_NO_BUILD=1        reuse src/Vitrin.Api/bin/Release instead of building the working tree
#   BENCH_PUBLIC_CACHE=false  the API's public cache (Cache:Public); true measures the cached product page
#
# Setup goes through the real API (register with tokenDelivery "body", create products); only the
# 500 comments are inserted with SQL (bench/engagement/comments.sql). Lua scripts and SQL live in
# bench/engagement/. Everything it starts is stopped and removed on exit.
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

USERS="${BENCH_USERS:-70}"
PRODUCTS="${BENCH_PRODUCTS:-30}"
COMMENTS="${BENCH_COMMENTS:-500}"
TOP_COMMENTS="${BENCH_TOP_COMMENTS:-100}"
DURATION="${BENCH_DURATION:-10}"
WARMUP="${BENCH_WARMUP:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
VOTE_CONNECTIONS="${BENCH_VOTE_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
PG_FIRST_PORT="${BENCH_PG_PORT:-55540}"
API_FIRST_PORT="${BENCH_API_PORT:-58180}"
NO_BUILD="${BENCH_NO_BUILD:-0}"

for v in USERS PRODUCTS COMMENTS TOP_COMMENTS DURATION WARMUP CONNECTIONS VOTE_CONNECTIONS THREADS \
  PG_FIRST_PORT API_FIRST_PORT; do
  if [[ ! "${!v}" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench-engagement: $v must be a positive integer (got '${!v}')" >&2
    exit 2
  fi
done
if ((USERS < 3 || TOP_COMMENTS > COMMENTS)); then
  echo "bench-engagement: need BENCH_USERS >= 3 and BENCH_TOP_COMMENTS <= BENCH_COMMENTS" >&2
  exit 2
fi

# Targets from issue 5.
TARGET_DETAIL_PCT=8

LUA_DIR="$REPO_ROOT/bench/engagement"
API_DLL="$REPO_ROOT/src/Vitrin.Api/bin/Release/net10.0/Vitrin.Api.dll"
PASSWORD="correct horse battery staple"
START_TIME=$(date +%s)
WORK_DIR=""
API_PID=""

cleanup() { bench_cleanup bench-engagement; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM


# api METHOD PATH [TOKEN] [JSON]: prints the body; fails unless the status is 2xx.
api() {
  local method="$1" path="$2" token="${3:-}" json="${4:-}" out code file
  file="$(mktemp "$WORK_DIR/curl.XXXXXX")"
  local args=(-sS -X "$method" -o "$file" -w '%{http_code}' --max-time 30)
  [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n "$json" ]] && args+=(-H 'Content-Type: application/json' --data "$json")
  code="$(curl "${args[@]}" "$BASE$path")"
  out="$(cat "$file")"
  rm -f "$file"
  if [[ "$code" != 2* ]]; then
    echo "bench-engagement: $method $path answered $code: $out" >&2
    return 1
  fi
  printf '%s\n' "$out"
}

# ---------------------------------------------------------------------------------------------
say "installing what is missing"
ensure_apt_packages "test -x $PG_BIN/initdb && command -v psql" postgresql postgresql-contrib
ensure_apt_packages 'command -v wrk' wrk
ensure_apt_packages 'command -v jq' jq
ensure_apt_packages 'command -v curl' curl

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/vitrin-bench-engagement.XXXXXX")"
mkdir -p "$WORK_DIR/data"

if [[ "$NO_BUILD" == 1 && -f "$API_DLL" ]]; then
  REVISION="$(git rev-parse --short HEAD) + working tree, earlier build"
  say "reusing $API_DLL (BENCH_NO_BUILD=1)"
else
  REVISION="$(git rev-parse --short HEAD) + working tree"
  say "building the API (Release) from the working tree"
  if ! dotnet build src/Vitrin.Api/Vitrin.Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly; then
    echo "bench-engagement: the API does not build; BENCH_NO_BUILD=1 reuses the last Release build" >&2
    exit 1
  fi
fi

say "starting PostgreSQL"
pg_start "$PG_FIRST_PORT"
CONN="$(pg_connection_string)"

API_PORT="$API_FIRST_PORT"
while port_busy "$API_PORT"; do
  API_PORT=$((API_PORT + 1))
  if ((API_PORT > API_FIRST_PORT + 20)); then
    echo "bench-engagement: no free port from $API_FIRST_PORT to $API_PORT for the API" >&2
    exit 1
  fi
done
BASE="http://127.0.0.1:$API_PORT"

# Rate limits and spam limits are lifted: the benchmark measures the endpoints, not the limiters.
# The public cache is off (Cache:Public=false, set BENCH_PUBLIC_CACHE=true to keep it): the product
# page would otherwise come from memory, and these figures are about the database path.
say "starting the API on $BASE"
ASPNETCORE_ENVIRONMENT=Production dotnet "$API_DLL" \
  --urls "$BASE" --data-dir "$WORK_DIR/data" \
  --Database:Provider=Postgres "--ConnectionStrings:Postgres=$CONN" \
  --Auth:PerIpPermits=1000000 --Auth:PerAccountPermits=1000000 \
  --Spam:UpvotesPerDay=100000000 --Spam:MinSecondsBetweenPosts=0 \
  --Spam:NewAccountCommentsPerHour=100000000 --Spam:NewAccountProductsPerDay=100000000 \
  --Logging:LogLevel:Default=Warning "--Cache:Public=${BENCH_PUBLIC_CACHE:-false}" \
  >"$WORK_DIR/api.log" 2>&1 &
API_PID=$!
ready=0
for _ in $(seq 1 240); do
  if ! kill -0 "$API_PID" 2>/dev/null; then
    echo "bench-engagement: the API exited during start-up" >&2
    exit 1
  fi
  if curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.25
done
if ((ready == 0)); then
  echo "bench-engagement: the API was not ready within 60 s" >&2
  exit 1
fi

# ---------------------------------------------------------------------------------------------
say "registering $USERS users through the API (8 at a time)"
setup_start=$(date +%s)
register() {
  local n="$1" body
  body="$(jq -nc --arg u "benchuser$n" --arg e "benchuser$n@example.com" --arg p "$PASSWORD" \
    '{username: $u, email: $e, password: $p, tokenDelivery: "body"}')"
  api POST /api/v1/auth/register "" "$body" | jq -er '.accessToken' >"$WORK_DIR/token.$n"
}
export -f register api
export WORK_DIR BASE PASSWORD
# shellcheck disable=SC2016 # $1 expands in the child bash
if ! seq 1 "$USERS" | xargs -P 8 -I{} bash -c 'register "$1"' _ {}; then
  echo "bench-engagement: registration failed" >&2
  exit 1
fi
MAKER_TOKEN="$(cat "$WORK_DIR/token.1")"
# Voters: everyone but the maker (who may not upvote their own products).
for n in $(seq 2 "$USERS"); do
  cat "$WORK_DIR/token.$n"
done >"$WORK_DIR/voters.txt"
VOTERS="$(grep -c . "$WORK_DIR/voters.txt")"

create_product() {
  local title="$1" body
  body="$(jq -nc --arg t "$title" '{title: $t, tagline: "A benchmark product", websiteUrl: "https://example.com",
    description: "Generated by scripts/bench-engagement.sh to measure engagement endpoints.",
    category: "saas", status: "published"}')"
  api POST /api/v1/products "$MAKER_TOKEN" "$body" | jq -er '.id'
}

say "creating the hot product and $PRODUCTS more"
HOT_ID="$(create_product "Hot Launch")"
SPREAD_IDS=()
for n in $(seq 1 "$PRODUCTS"); do
  SPREAD_IDS+=("$(create_product "Spread Launch $n")")
done
SPREAD_CSV="$(IFS=,; echo "${SPREAD_IDS[*]}")"

say "inserting $COMMENTS comments on product $HOT_ID (bench/engagement/comments.sql)"
psql -X -q -v ON_ERROR_STOP=1 -v product="$HOT_ID" -v total="$COMMENTS" -v top="$TOP_COMMENTS" \
  -f "$LUA_DIR/comments.sql"
SETUP_SECONDS=$(($(date +%s) - setup_start))

# Sanity checks before measuring.
detail="$(api GET "/api/v1/products/$HOT_ID")"
page="$(api GET "/api/v1/products/$HOT_ID/comments")"
echo "product $HOT_ID: commentCount $(jq -r '.commentCount // "?"' <<<"$detail"), first comments page $(wc -c <<<"$page") bytes" >&2
vote="$(api PUT "/api/v1/products/$HOT_ID/upvote" "$(head -n1 "$WORK_DIR/voters.txt")")"
api DELETE "/api/v1/products/$HOT_ID/upvote" "$(head -n1 "$WORK_DIR/voters.txt")" >/dev/null
echo "upvote check: $vote" >&2

# ---------------------------------------------------------------------------------------------
# name|label|connections|lua script|env: product ids|url path
RUNS=(
  "live|GET /health/live (trivial)|$CONNECTIONS|||/health/live"
  "detail|GET product + GET comments (per pair)|$CONNECTIONS|detail.lua|$HOT_ID|/"
  "hot|PUT/DELETE upvote, 1 hot product|$VOTE_CONNECTIONS|upvote.lua|$HOT_ID|/"
  "spread|PUT/DELETE upvote, $PRODUCTS products|$VOTE_CONNECTIONS|upvote.lua|$SPREAD_CSV|/"
)

declare -A RPS P99 ERRS REQS
say "measuring: wrk -t$THREADS, ${WARMUP} s warm-up + ${DURATION} s per run"
for r in "${RUNS[@]}"; do
  IFS='|' read -r name label conns lua ids path <<<"$r"
  script=()
  [[ -n "$lua" ]] && script=(-s "$LUA_DIR/$lua")
  export BENCH_PRODUCT_ID="$ids" BENCH_PRODUCT_IDS="$ids" BENCH_TOKENS="$WORK_DIR/voters.txt" BENCH_THREADS="$THREADS"
  timeout $((WARMUP + 30)) wrk -t"$THREADS" -c"$conns" -d"${WARMUP}s" --timeout 5s "${script[@]}" "$BASE$path" >/dev/null
  timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$conns" -d"${DURATION}s" --timeout 5s --latency "${script[@]}" \
    "$BASE$path" >"$WORK_DIR/wrk-$name.txt"
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$WORK_DIR/wrk-$name.txt")"
  p99_raw="$(awk '$1 == "99%" { print $2; exit }' "$WORK_DIR/wrk-$name.txt")"
  if [[ -z "$rps" || -z "$p99_raw" ]]; then
    echo "bench-engagement: could not parse wrk output for $label:" >&2
    cat "$WORK_DIR/wrk-$name.txt" >&2
    exit 1
  fi
  REQS[$name]="$(awk '/ requests in / { print $1 }' "$WORK_DIR/wrk-$name.txt")"
  if [[ "$name" == detail ]]; then
    rps="$(awk -v r="$rps" 'BEGIN { printf "%.2f", r / 2 }')"
  fi
  RPS[$name]="$rps"
  P99[$name]="$(to_ms "$p99_raw")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$WORK_DIR/wrk-$name.txt")"
  sock="$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$WORK_DIR/wrk-$name.txt")"
  non200="$(awk '$1 == "non200" { print $2 }' "$WORK_DIR/wrk-$name.txt")"
  status_errors="$(awk '$1 == "status_errors" { print $2 }' "$WORK_DIR/wrk-$name.txt")"
  # Non-2xx (wrk's own count, or the Lua non-200 counter when the script has one) + socket errors.
  bad="${non2xx:-0}"
  if [[ -n "$non200" ]] && ((non200 > bad)); then bad="$non200"; fi
  if [[ -n "$status_errors" ]] && ((status_errors > bad)); then bad="$status_errors"; fi
  ERRS[$name]=$((bad + ${sock:-0}))
  printf '  %-45s %10s req/s   p99 %8s ms   errors %s\n' "$label" "${RPS[$name]}" "${P99[$name]}" "${ERRS[$name]}" >&2
  if ((ERRS[$name] > 0)); then
    echo "  wrk output:" >&2
    sed 's/^/    /' "$WORK_DIR/wrk-$name.txt" >&2
  fi
done

# ---------------------------------------------------------------------------------------------
say "checking the count invariant (bench/engagement/invariant.sql)"
psql -X -q -v ON_ERROR_STOP=1 -A -F ' ' -t -f "$LUA_DIR/invariant.sql" >"$WORK_DIR/invariant.txt"
checked="$(psql -X -q -A -t -c 'SELECT count(*) FROM products')"
votes="$(psql -X -q -A -t -c "SELECT count(*) FROM product_upvotes")"
hot_state="$(psql -X -q -A -t -F ' ' -c "SELECT upvote_count, vote_weight FROM products WHERE id = $HOT_ID")"
if [[ -s "$WORK_DIR/invariant.txt" ]]; then
  INVARIANT="MISMATCH on $(grep -c . "$WORK_DIR/invariant.txt") of $checked products"
  echo "mismatches (id upvote_count rows vote_weight weight_sum):" >&2
  cat "$WORK_DIR/invariant.txt" >&2
else
  INVARIANT="OK ($checked products; $votes votes left in product_upvotes; hot product upvote_count/vote_weight: $hot_state)"
fi

# ---------------------------------------------------------------------------------------------
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
echo
echo "================================================================================================"
echo "Vitrin engagement benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cores${cpu:+ ($cpu)}"
echo "code: $REVISION"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }'), .NET $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/ { v = $2 } END { print v }'), $(wrk --version 2>&1 | head -n1 | awk '{ print $1, $2 }'); wrk, API and PostgreSQL share the machine"
echo "data: $USERS users ($VOTERS voters), hot product $HOT_ID with $COMMENTS comments ($TOP_COMMENTS top-level), $PRODUCTS spread products; setup ${SETUP_SECONDS} s"
echo "load: wrk -t$THREADS -d${DURATION}s after ${WARMUP} s warm-up; $CONNECTIONS connections for reads, $VOTE_CONNECTIONS for upvotes"
echo "------------------------------------------------------------------------------------------------"
printf '%-45s %6s %10s %9s %10s %8s\n' "endpoint" "conns" "req/s" "p99 ms" "% trivial" "errors"
for r in "${RUNS[@]}"; do
  IFS='|' read -r name label conns _ <<<"$r"
  printf '%-45s %6s %10s %9s %9s%% %8s\n' "$label" "$conns" "${RPS[$name]}" "${P99[$name]}" \
    "$(ratio "${RPS[$name]}" "${RPS[live]}")" "${ERRS[$name]}"
done
echo "(detail row: req/s counts pairs (detail + comments page) = wrk requests / 2; p99 over both requests."
echo " upvote rows: each request is one PUT or DELETE by the next voter; errors = non-2xx + socket errors)"
echo "------------------------------------------------------------------------------------------------"
r="$(ratio "${RPS[detail]}" "${RPS[live]}")"
echo "target: detail + comments >= ${TARGET_DETAIL_PCT}% of the trivial endpoint's req/s: ${r}%  -> $(verdict "$r >= $TARGET_DETAIL_PCT")"
vote_errors=$((ERRS[hot] + ERRS[spread]))
echo "target: upvote toggles with zero errors: $vote_errors errors in $((REQS[hot] + REQS[spread])) requests  -> $(verdict "$vote_errors == 0")"
inv_ok=0
[[ "$INVARIANT" == OK* ]] && inv_ok=1
echo "target: exact count after the runs: $INVARIANT  -> $(verdict "$inv_ok == 1")"
echo "================================================================================================"
if ((ERRS[live] + ERRS[detail] > 0)); then
  echo "bench-engagement: some read requests failed (non-2xx or socket errors); the figures above are not valid" >&2
  exit 1
fi
