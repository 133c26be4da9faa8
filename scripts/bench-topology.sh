#!/usr/bin/env bash
# Benchmark (not a test): what nginx in front of two API instances costs, next to one instance
# direct. PostgreSQL + Redis + two API instances (Release, Production, shared Redis) + Debian's
# nginx with deploy/nginx/*.conf, a generated dataset (bench/generate.sql), then wrk on the first
# trending page and a product page, anonymous (the public cache answers), direct to instance a and
# through nginx, two ways:
#   - saturated: wrk with BENCH_CONNECTIONS connections as fast as they go (the throughput, and the
#     p99 of a machine whose cores are all busy: queueing, not the proxy's path, dominates it);
#   - at a fixed rate: hey sends BENCH_RATE req/s (BENCH_RATE_WORKERS workers, each rate-limited), the
#     load a busy site puts on one such machine; the p99 there is the latency nginx adds to a request.
# Prints req/s and p99 for each and the p99 ratio (goal: nginx adds <= 15 % at p99).
# Figures only mean something on an otherwise idle machine: wrk, nginx, both instances, PostgreSQL
# and Redis share its cores.
#
# Usage: scripts/bench-topology.sh
# Env (defaults): BENCH_USERS=5000 BENCH_PRODUCTS=20000 BENCH_UPVOTES=200000  dataset
#                 BENCH_DURATION=10 BENCH_WARMUP=10 BENCH_CONNECTIONS=32 BENCH_THREADS=2   wrk
#                 BENCH_RATE=2000 BENCH_RATE_WORKERS=20   hey, fixed rate (same duration)
#                 BENCH_NO_BUILD=1  reuse src/Vitrin.Api/bin/Release
#                 BENCH_NGINX_WORKERS=N  nginx's worker_processes instead of deploy/nginx/nginx.conf's (1)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source-path=SCRIPTDIR source=lib/apt.sh
source scripts/lib/apt.sh
# shellcheck source-path=SCRIPTDIR source=lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source-path=SCRIPTDIR source=lib/redis.sh
source scripts/lib/redis.sh
# shellcheck source-path=SCRIPTDIR source=lib/bench.sh
source scripts/lib/bench.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

USERS="${BENCH_USERS:-5000}" PRODUCTS="${BENCH_PRODUCTS:-20000}" UPVOTES="${BENCH_UPVOTES:-200000}"
DURATION="${BENCH_DURATION:-10}" WARMUP="${BENCH_WARMUP:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}" THREADS="${BENCH_THREADS:-2}"
RATE="${BENCH_RATE:-2000}" RATE_WORKERS="${BENCH_RATE_WORKERS:-20}"
# shellcheck disable=SC2034 # START_TIME, API_PID and WORK_DIR are read by bench_cleanup (lib/bench.sh)
START_TIME=$(date +%s)
WORK_DIR="" API_PID="" API_B_PID="" NGINX_PID=""

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  for pid in "$NGINX_PID" "$API_B_PID"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  redis_stop
  trap - EXIT
  (exit "$rc") # bench_cleanup reads $? for the exit code
  bench_cleanup bench-topology
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_apt_packages "test -x $PG_BIN/initdb && test -f /usr/share/postgresql/15/extension/pg_trgm.control" postgresql postgresql-contrib
ensure_apt_packages 'command -v redis-server' redis-server
ensure_apt_packages 'command -v nginx && command -v wrk && command -v hey && command -v jq' nginx wrk hey jq

API_DLL="$REPO_ROOT/src/Vitrin.Api/bin/Release/net10.0/Vitrin.Api.dll"
if [[ "${BENCH_NO_BUILD:-0}" != 1 ]]; then
  say "dotnet build src/Vitrin.Api -c Release"
  dotnet build src/Vitrin.Api -c Release -v quiet -nologo | tail -n 2
fi
WORK_DIR="$(mktemp -d /tmp/vitrin-bench-topology.XXXXXX)"

free_port() { local p="$1"; while port_busy "$p"; do p=$((p + 1)); done; echo "$p"; }
pg_start "$(free_port 55632)"
psql -qAt -c "CREATE DATABASE vitrin" >/dev/null
redis_start "$(free_port 56579)"
KEY="$(openssl rand -base64 48)"
# As in production (deploy/compose.prod.yaml) the instances run no job server: jobs run in the
# worker, which these reads do not need.
api() { # api PORT LOG: one instance in the background, its pid in $!
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Auth__SigningKey="$KEY" Jobs__RunServer=false \
    ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres;Database=vitrin" \
    ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" Network__TrustedProxies=127.0.0.1 \
    Logging__LogLevel__Default=Warning Vitrin__DataDirectory="$WORK_DIR/data-$1" \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$1" >"$2" 2>&1 &
}
wait_ready() { for _ in $(seq 1 240); do curl -fs -o /dev/null "http://127.0.0.1:$1/health/ready" && return 0; sleep 0.25; done; return 1; }

PORT_A="$(free_port 58181)"
api "$PORT_A" "$WORK_DIR/api.log"
# shellcheck disable=SC2034 # read by bench_cleanup
API_PID=$!
wait_ready "$PORT_A"
say "generating $USERS users, $PRODUCTS products, >= $UPVOTES upvotes (bench/generate.sql)"
psql -d vitrin -X -q -v ON_ERROR_STOP=1 -v users="$USERS" -v products="$PRODUCTS" -v upvotes="$UPVOTES" \
  -f bench/generate.sql >"$WORK_DIR/generate.txt"
PORT_B="$(free_port $((PORT_A + 1)))"
api "$PORT_B" "$WORK_DIR/api-b.log"
API_B_PID=$!
wait_ready "$PORT_B"

NGINX_PORT="$(free_port 58180)"
mkdir -p "$WORK_DIR/nginx"
cp deploy/nginx/nginx.conf deploy/nginx/security-headers.conf "$WORK_DIR/nginx/"
printf 'upstream vitrin_api {\n  server 127.0.0.1:%s max_fails=2 fail_timeout=10s;\n  server 127.0.0.1:%s max_fails=2 fail_timeout=10s;\n  keepalive 32;\n}\n' \
  "$PORT_A" "$PORT_B" >"$WORK_DIR/nginx/upstream.conf"
if [[ -n "${BENCH_NGINX_WORKERS:-}" ]]; then
  sed -i "s/^worker_processes [^;]*;/worker_processes $BENCH_NGINX_WORKERS;/" "$WORK_DIR/nginx/nginx.conf"
fi
sed -i "s/listen 80;/listen 127.0.0.1:$NGINX_PORT;/; /listen \[::\]:80;/d; s|access_log /dev/stdout vitrin;|access_log off;|; s|/tmp/nginx-vitrin-cache|$WORK_DIR/nginx/cache|" "$WORK_DIR/nginx/nginx.conf"
chmod o+x "$WORK_DIR" "$WORK_DIR/nginx" # nginx's workers (www-data) keep the microcache there
nginx -c "$WORK_DIR/nginx/nginx.conf" -g "pid $WORK_DIR/nginx/nginx.pid; daemon off; user www-data;" 2>"$WORK_DIR/nginx/error.log" &
NGINX_PID=$!
for _ in $(seq 1 40); do port_busy "$NGINX_PORT" && break; sleep 0.25; done

PRODUCT="$(curl -fs "http://127.0.0.1:$PORT_A/api/v1/products?limit=1" | jq -r '.items[0].id')"
declare -A RPS=() P99=()
measure() { # measure NAME URL [HEADER]
  local header=(); if [[ -n "${3:-}" ]]; then header=(-H "$3"); fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s "${header[@]}" "$2" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency "${header[@]}" "$2" >"$WORK_DIR/wrk-$1.txt"
  RPS[$1]="$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$WORK_DIR/wrk-$1.txt")"
  P99[$1]="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$WORK_DIR/wrk-$1.txt")")"
  if grep -q 'Non-2xx' "$WORK_DIR/wrk-$1.txt"; then echo "  $1: $(grep 'Non-2xx' "$WORK_DIR/wrk-$1.txt")" >&2; fi
}
measure_rate() { # measure_rate NAME URL [HEADER]: hey at $RATE req/s in all
  local per_worker=$((RATE / RATE_WORKERS))
  local header=(); if [[ -n "${3:-}" ]]; then header=(-H "$3"); fi
  # -disable-compression: like wrk, ask for no gzip, so both paths send the same bytes and the
  # difference is the proxy's (nginx gzips JSON for clients that ask, and the API does not).
  hey -z "${WARMUP}s" -c "$RATE_WORKERS" -q "$per_worker" -disable-compression "${header[@]}" "$2" >/dev/null
  hey -z "${DURATION}s" -c "$RATE_WORKERS" -q "$per_worker" -disable-compression "${header[@]}" "$2" >"$WORK_DIR/hey-$1.txt"
  grep -E '^ +(50|90|99)% in' "$WORK_DIR/hey-$1.txt" | tr -s ' ' | sed "s/^/  $1:/" >&2 || true
  RPS[$1]="$(awk '/Requests\/sec:/ { printf "%.0f", $2 }' "$WORK_DIR/hey-$1.txt")"
  P99[$1]="$(awk '$1 == "99%" && $2 == "in" { printf "%.2f", $3 * 1000 }' "$WORK_DIR/hey-$1.txt")"
  local codes
  codes="$(awk '/^Status code distribution:/ { on = 1; next } on && /\[[0-9]+\]/ { printf "%s ", $1 } on && /^$/ { on = 0 }' "$WORK_DIR/hey-$1.txt")"
  if [[ "$codes" != "[200] " ]]; then
    echo "  $1: not every answer was 200: ${codes:-no answers}" >&2
  fi
}
# "nginx": as deployed, with the microcache (X-Accel-Expires); "hop": the same requests asking for a
# fresh answer (Cache-Control: no-cache skips the microcache), i.e. what the proxy hop alone costs.
BYPASS="Cache-Control: no-cache"
TRENDING_DIRECT="http://127.0.0.1:$PORT_A/api/v1/products?sort=trending"
TRENDING_NGINX="http://127.0.0.1:$NGINX_PORT/api/v1/products?sort=trending"
PRODUCT_DIRECT="http://127.0.0.1:$PORT_A/api/v1/products/$PRODUCT"
PRODUCT_NGINX="http://127.0.0.1:$NGINX_PORT/api/v1/products/$PRODUCT"
say "measuring saturated: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up + ${DURATION} s each"
measure direct-trending "$TRENDING_DIRECT"
measure nginx-trending "$TRENDING_NGINX"
measure hop-trending "$TRENDING_NGINX" "$BYPASS"
measure direct-product "$PRODUCT_DIRECT"
measure nginx-product "$PRODUCT_NGINX"
measure hop-product "$PRODUCT_NGINX" "$BYPASS"
say "measuring at a fixed rate: hey, $RATE req/s from $RATE_WORKERS workers, ${WARMUP} s warm-up + ${DURATION} s each"
measure_rate rate-direct-trending "$TRENDING_DIRECT"
measure_rate rate-nginx-trending "$TRENDING_NGINX"
measure_rate rate-hop-trending "$TRENDING_NGINX" "$BYPASS"
measure_rate rate-direct-product "$PRODUCT_DIRECT"
measure_rate rate-nginx-product "$PRODUCT_NGINX"
measure_rate rate-hop-product "$PRODUCT_NGINX" "$BYPASS"

echo
echo "dataset: $USERS users, $PRODUCTS products, >= $UPVOTES upvotes; $(nproc) cores shared by wrk, nginx, 2 API instances, PostgreSQL, Redis"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (figures are only meaningful when it is low)"
printf '%-28s %10s %10s\n' "" "req/s" "p99 ms"
for name in direct-trending nginx-trending hop-trending direct-product nginx-product hop-product \
  rate-direct-trending rate-nginx-trending rate-hop-trending rate-direct-product rate-nginx-product rate-hop-product; do
  printf '%-28s %10s %10s\n' "$name" "${RPS[$name]}" "${P99[$name]}"
done
for page in trending product; do
  r="$(ratio "${P99[nginx-$page]}" "${P99[direct-$page]}")"
  echo "$page, saturated: nginx p99 is $r % of direct (goal <= 115 %): $(verdict "$r <= 115")"
  r="$(ratio "${P99[rate-nginx-$page]}" "${P99[rate-direct-$page]}")"
  echo "$page, at $RATE req/s: nginx p99 is $r % of direct (goal <= 115 %): $(verdict "$r <= 115")"
  r="$(ratio "${P99[hop-$page]}" "${P99[direct-$page]}")"
  echo "$page, saturated, microcache skipped: the hop's p99 is $r % of direct (goal <= 115 %): $(verdict "$r <= 115")"
  r="$(ratio "${P99[rate-hop-$page]}" "${P99[rate-direct-$page]}")"
  echo "$page, at $RATE req/s, microcache skipped: the hop's p99 is $r % of direct (goal <= 115 %): $(verdict "$r <= 115")"
done
