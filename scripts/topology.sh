#!/usr/bin/env bash
# The production topology on loopback, and the reliability drills, with PASS/FAIL per check:
#   PostgreSQL primary + a streaming replica (pg_basebackup, replication slot), Redis,
#   two API instances (Release build, one signing key, shared Redis, the replica for anonymous reads),
#   Debian's nginx with deploy/nginx/*.conf (only upstream.conf is written here), Prometheus.
# Scenario: sign in on A / refresh on B, upvotes and comments over both with exact counts,
#   cross-instance cache invalidation, shared rate limits, spoofed X-Forwarded-For, replica reads,
#   kill -9 of an instance under write load (no acknowledged write lost), SIGTERM drain,
#   Redis down, PostgreSQL down, backup + restore drill, Prometheus scrape.
# Takes a few minutes; exits non-zero if any check fails.
#
# Usage: scripts/topology.sh
# Env:
#   VITRIN_TOPOLOGY_BUILD=0     use the existing Release build of src/Vitrin.Api
#   VITRIN_TOPOLOGY_KEEP=1      keep the work folder (logs, dumps) after the run
#   VITRIN_TOPOLOGY_LOAD_SECONDS  length of each write load (default 12)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source-path=SCRIPTDIR source=lib/apt.sh
source scripts/lib/apt.sh
# shellcheck source-path=SCRIPTDIR source=lib/postgres.sh
source scripts/lib/postgres.sh
# shellcheck source-path=SCRIPTDIR source=lib/redis.sh
source scripts/lib/redis.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

LOAD_SECONDS="${VITRIN_TOPOLOGY_LOAD_SECONDS:-12}"
START_TIME=$(date +%s)
WORK=""
FAILED=0
PASSED=0
declare -A API_PID=() API_PORT=()
NGINX_PID="" PROM_PID="" REPLICA_DATA="" REPLICA_PORT="" NGINX_PORT="" PROM_PORT=""

say() { printf '\n==> %s\n' "$*"; }
pass() { PASSED=$((PASSED + 1)); printf 'PASS  %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL  %s\n' "$*"; }
# check NAME COMMAND...: PASS if the command succeeds.
check() {
  local name="$1"
  shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p="$1"
  while port_busy "$p"; do p=$((p + 1)); done
  echo "$p"
}

stop_pid() { # stop_pid PID SIGNAL: signal, wait up to 20 s, then KILL
  local pid="$1" sig="${2:-TERM}"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done # load generators, if interrupted mid-load
  for name in "${!API_PID[@]}"; do stop_pid "${API_PID[$name]}" TERM; done
  stop_pid "$NGINX_PID" QUIT
  stop_pid "$PROM_PID" TERM
  if [[ -n "$REPLICA_DATA" && -f "$REPLICA_DATA/postmaster.pid" ]]; then
    _pg_as "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" -m immediate -w stop >/dev/null 2>&1
  fi
  if ((rc != 0 || FAILED > 0)) && [[ -n "$PG_TMPDIR" && -f "$PG_TMPDIR/replica.log" ]]; then
    echo "--- last lines of the replica's log:"
    tail -n 8 "$PG_TMPDIR/replica.log"
  fi
  pg_stop
  redis_stop
  if [[ -n "$WORK" && -d "$WORK" ]]; then
    if ((rc != 0 || FAILED > 0)); then
      for log in "$WORK"/api-*.log; do
        [[ -f "$log" ]] || continue
        echo "--- last lines of $log:"
        grep -E '"LogLevel":"(Warning|Error|Critical)"' "$log" | tail -n 5 | cut -c1-400
      done
    fi
    if [[ "${VITRIN_TOPOLOGY_KEEP:-0}" == 1 ]]; then echo "work folder kept: $WORK"; else rm -rf -- "$WORK"; fi
  fi
  ((FAILED > 0 && rc == 0)) && rc=1
  echo
  echo "topology: $PASSED passed, $FAILED failed in $(($(date +%s) - START_TIME)) s (exit $rc)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- prerequisites ----------------------------------------------------------------------------
ensure_apt_packages "test -x $PG_BIN/pg_basebackup && test -f /usr/share/postgresql/15/extension/pg_trgm.control" postgresql postgresql-contrib
ensure_apt_packages 'command -v redis-server && command -v redis-cli' redis-server
ensure_apt_packages 'command -v nginx' nginx
ensure_apt_packages 'command -v prometheus && command -v promtool' prometheus
ensure_apt_packages 'command -v jq && command -v curl && command -v openssl' jq curl openssl

API_DLL="$REPO_ROOT/src/Vitrin.Api/bin/Release/net10.0/Vitrin.Api.dll"
if [[ "${VITRIN_TOPOLOGY_BUILD:-1}" != 0 || ! -f "$API_DLL" ]]; then
  say "dotnet build src/Vitrin.Api -c Release"
  dotnet build src/Vitrin.Api -c Release -v quiet -nologo | tail -n 3
fi

WORK="$(mktemp -d /tmp/vitrin-topology.XXXXXX)"
chmod 755 "$WORK" # the postgres user writes the replica here

# --- PostgreSQL primary + streaming replica ---------------------------------------------------
say "PostgreSQL primary"
pg_start "$(free_port 55532)"
PRIMARY_PORT="$PGPORT"
psql -qAt -c "CREATE DATABASE vitrin" >/dev/null
# wal_level=replica and max_wal_senders are PostgreSQL 15's defaults; the slot keeps the WAL the
# replica still needs, however far behind it falls.
check "primary: wal_level=replica" test "$(psql -qAt -c 'SHOW wal_level')" = replica
psql -qAt -c "SELECT pg_create_physical_replication_slot('vitrin_replica')" >/dev/null

say "streaming replica (pg_basebackup -R -S vitrin_replica)"
REPLICA_DATA="$WORK/replica"
REPLICA_PORT="$(free_port $((PRIMARY_PORT + 1)))"
install -d -o postgres -g postgres -m 700 "$REPLICA_DATA"
_pg_as "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$REPLICA_DATA" -R -S vitrin_replica -X stream -c fast
_pg_as "$PG_BIN/pg_ctl" -D "$REPLICA_DATA" -l "$PG_TMPDIR/replica.log" -w -t 30 \
  -o "-p $REPLICA_PORT -k $PG_TMPDIR/sock -c listen_addresses=127.0.0.1 -c max_connections=200 -c hot_standby=on" start >/dev/null
rpsql() { psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d vitrin -qAt "$@"; }
check "replica is in recovery (hot standby)" test "$(rpsql -c 'SELECT pg_is_in_recovery()')" = t
for _ in $(seq 1 50); do
  [[ "$(psql -qAt -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" == 1 ]] && break
  sleep 0.2
done
check "primary streams to the replica through slot vitrin_replica" \
  test "$(psql -qAt -c "SELECT active FROM pg_replication_slots WHERE slot_name = 'vitrin_replica'")" = t

# --- Redis ------------------------------------------------------------------------------------
say "Redis"
redis_start "$(free_port 56479)"
redis_restart() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
    --dir "$REDIS_TMPDIR" --pidfile "$REDIS_TMPDIR/redis.pid" --logfile "$REDIS_TMPDIR/redis.log" >/dev/null
}

# --- two API instances ------------------------------------------------------------------------
SIGNING_KEY="$(openssl rand -base64 48)"
PRIMARY_CS="Host=127.0.0.1;Port=$PRIMARY_PORT;Username=postgres;Password=postgres;Database=vitrin"
REPLICA_CS="Host=127.0.0.1;Port=$REPLICA_PORT;Username=postgres;Password=postgres;Database=vitrin"

api_start() { # api_start NAME: (re)starts instance NAME on its port
  local name="$1"
  vitrin_start "$name" Jobs__RunServer=false -- --urls "http://127.0.0.1:${API_PORT[$name]}"
  API_PID[$name]=$!
}
vitrin_start() { # vitrin_start NAME [ENV=VALUE...] -- ARGS...: runs Vitrin.Api.dll with the shared settings
  local name="$1"
  shift
  local extra=()
  while [[ $# -gt 0 && "$1" != -- ]]; do extra+=("$1"); shift; done
  shift
  mkdir -p "$WORK/data-$name"
  env ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=Postgres \
    ConnectionStrings__Postgres="$PRIMARY_CS" \
    ConnectionStrings__PostgresReplica="$REPLICA_CS" \
    ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" \
    Auth__SigningKey="$SIGNING_KEY" \
    Network__TrustedProxies=127.0.0.1 \
    Vitrin__DataDirectory="$WORK/data-$name" \
    Spam__MinSecondsBetweenPosts=0 Spam__NewAccountCommentsPerHour=100000 \
    Spam__NewAccountProductsPerDay=1000 Spam__UpvotesPerDay=100000 \
    Shutdown__DrainSeconds=3 \
    "${extra[@]}" \
    dotnet "$API_DLL" "$@" >>"$WORK/api-$name.log" 2>&1 &
}
ready_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$1/health/ready" || true; }
wait_ready() { # wait_ready NAME [SECONDS]
  local name="$1" limit="${2:-90}"
  for _ in $(seq 1 $((limit * 4))); do
    [[ "$(ready_status "${API_PORT[$name]}")" == 200 ]] && return 0
    kill -0 "${API_PID[$name]}" 2>/dev/null || { echo "instance $name exited; see $WORK/api-$name.log" >&2; return 1; }
    sleep 0.25
  done
  return 1
}

API_PORT[a]="$(free_port 58081)"
API_PORT[b]="$(free_port $((API_PORT[a] + 1)))"
A="http://127.0.0.1:${API_PORT[a]}"
B="http://127.0.0.1:${API_PORT[b]}"
say "API instance a on $A (migrates), then b on $B"
api_start a
check "instance a ready" wait_ready a
api_start b
check "instance b ready" wait_ready b
# The instances run no job server (Jobs:RunServer=false); one worker process runs the jobs they queue.
say "worker (background jobs; emails go to its pickup folder, $WORK/data-worker/mail)"
vitrin_start worker -- worker
WORKER_PID=$!
API_PID[worker]=$WORKER_PID
worker_mail_count() { find "$WORK/data-worker/mail" -name '*.eml' 2>/dev/null | wc -l; }
worker_sends_confirmation() {
  local before user
  before="$(worker_mail_count)"
  user="w$(date +%s%N | tail -c 9)"
  curl -fsS -o /dev/null -X POST "$A/api/v1/auth/register" -H 'content-type: application/json' \
    -d "{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"correct horse battery $user\",\"tokenDelivery\":\"body\"}" || return 1
  for _ in $(seq 1 120); do
    (($(worker_mail_count) > before)) && grep -lq "$user@example.com" "$WORK"/data-worker/mail/*.eml 2>/dev/null && return 0
    kill -0 "$WORKER_PID" 2>/dev/null || { echo "the worker exited; see $WORK/api-worker.log" >&2; return 1; }
    sleep 0.5
  done
  return 1
}
check "a job queued by instance a (confirmation email on register) runs on the worker" worker_sends_confirmation

# --- nginx with the repository's configuration -----------------------------------------------
say "nginx (deploy/nginx/*.conf; upstream.conf written for loopback)"
NGINX_PORT="$(free_port 58080)"
mkdir -p "$WORK/nginx"
cp deploy/nginx/nginx.conf deploy/nginx/security-headers.conf "$WORK/nginx/"
cat >"$WORK/nginx/upstream.conf" <<EOF
upstream vitrin_api {
    server 127.0.0.1:${API_PORT[a]} max_fails=2 fail_timeout=10s;
    server 127.0.0.1:${API_PORT[b]} max_fails=2 fail_timeout=10s;
    keepalive 32;
    keepalive_timeout 60s;
}
EOF
sed -i "s/listen 80;/listen 127.0.0.1:$NGINX_PORT;/; /listen \[::\]:80;/d; s|/tmp/nginx-vitrin-cache|$WORK/nginx/cache|" "$WORK/nginx/nginx.conf"
chmod o+x "$WORK" "$WORK/nginx" # nginx's workers (www-data) keep the microcache there
NGINX_GLOBALS="pid $WORK/nginx/nginx.pid; daemon off; user www-data;"
check "nginx -t accepts the repository's configuration" nginx -q -t -c "$WORK/nginx/nginx.conf" -g "$NGINX_GLOBALS"
nginx -c "$WORK/nginx/nginx.conf" -g "$NGINX_GLOBALS" >"$WORK/nginx/access.log" 2>"$WORK/nginx/error.log" &
NGINX_PID=$!
N="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 1 40); do port_busy "$NGINX_PORT" && break; sleep 0.25; done

# --- Prometheus against instance a ------------------------------------------------------------
PROM_PORT="$(free_port 59090)"
cat >"$WORK/prometheus.yml" <<EOF
global:
  scrape_interval: 2s
rule_files:
  - $REPO_ROOT/deploy/prometheus/alerts.yml
scrape_configs:
  - job_name: vitrin-api
    static_configs:
      - targets: ['127.0.0.1:${API_PORT[a]}']
EOF
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/prometheus" \
  --web.listen-address="127.0.0.1:$PROM_PORT" >"$WORK/prometheus.log" 2>&1 &
PROM_PID=$!

# --- HTTP helpers -----------------------------------------------------------------------------
# http METHOD URL [JSON] [TOKEN] [SOURCE_IP] -> body in $BODY, status in $STATUS
BODY="" STATUS=""
http() {
  local method="$1" url="$2" data="${3:-}" token="${4:-}" source="${5:-127.0.0.1}" out
  local -a args=(-s -X "$method" --max-time 30 --interface "$source" -w '\n%{http_code}')
  [[ -n "$data" ]] && args+=(-H 'Content-Type: application/json' --data "$data")
  [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
  out="$(curl "${args[@]}" "$url" || printf '\n000')"
  STATUS="${out##*$'\n'}"
  BODY="${out%$'\n'*}"
}
PASSWORD="correct horse battery staple"
RUN_ID="$(date +%s | tail -c 6)"
# register BASE NAME SOURCE_IP -> prints the access token
register() {
  http POST "$1/api/v1/auth/register" \
    "{\"username\":\"$2\",\"email\":\"$2@example.com\",\"password\":\"$PASSWORD\",\"tokenDelivery\":\"body\"}" "" "${3:-127.0.0.1}"
  [[ "$STATUS" == 201 ]] || { echo "register $2: $STATUS $BODY" >&2; return 1; }
  j .accessToken
}
j() { jq -r "$1" <<<"$BODY" 2>/dev/null || true; } # a field of the last answer
psql_n() { psql -d vitrin -qAt -c "$1"; }
api_field() { # api_field BASE PATH JQ [TOKEN]
  http GET "$1$2" "" "${4:-}"
  j "$3"
}

# === scenario ===================================================================================
say "sign in on one instance, refresh on the other"
http POST "$A/api/v1/auth/register" \
  "{\"username\":\"alice$RUN_ID\",\"email\":\"alice$RUN_ID@example.com\",\"password\":\"$PASSWORD\",\"tokenDelivery\":\"body\"}" "" 127.0.0.11
REFRESH="$(j '.refreshToken // empty')"
http POST "$B/api/v1/auth/refresh" "{\"refreshToken\":\"$REFRESH\"}" "" 127.0.0.11
check "refresh token (body) issued by a is accepted by b" test "$STATUS" = 200
ACCESS_B="$(j '.accessToken // empty')"
http GET "$A/api/v1/auth/me" "" "$ACCESS_B"
check "access token from b works on a" test "$STATUS" = 200
# Cookie delivery (browsers): the refresh cookie set by a, sent to b.
COOKIE="$(curl -s --interface 127.0.0.11 -D - -o /dev/null -H 'Content-Type: application/json' \
  --data "{\"login\":\"alice$RUN_ID\",\"password\":\"$PASSWORD\"}" "$A/api/v1/auth/login" \
  | tr -d '\r' | awk -F'[:;] *' 'tolower($1) == "set-cookie" { print $2; exit }')"
COOKIE_STATUS="$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.11 -X POST -H "Cookie: $COOKIE" "$B/api/v1/auth/refresh")"
check "refresh cookie set by a is accepted by b" test "$COOKIE_STATUS" = 200

say "upvotes and comments through nginx, spread over both instances"
MAKER="$(register "$N" "maker$RUN_ID" 127.0.0.12)"
http POST "$N/api/v1/products" '{"title":"Topology check","tagline":"Many instances, one truth","description":"A product description that is long enough to publish.","websiteUrl":"https://example.com","category":"developer-tools","tags":[],"status":"published"}' "$MAKER" 127.0.0.12
PRODUCT="$(j .id)"
check "product created through nginx" test "$STATUS" = 201
VOTERS=8
declare -a TOKENS=()
for i in $(seq 1 $VOTERS); do TOKENS+=("$(register "$N" "voter${RUN_ID}x$i" "127.0.0.$((20 + i))")"); done
: >"$WORK/statuses"
PIDS=()
for i in $(seq 0 $((VOTERS - 1))); do
  ip="127.0.0.$((21 + i))"
  # Two concurrent upvotes by one voter count once; two comments each.
  for path in upvote upvote; do
    (http PUT "$N/api/v1/products/$PRODUCT/$path" "" "${TOKENS[$i]}" "$ip"; echo "$STATUS" >>"$WORK/statuses") &
    PIDS+=($!)
  done
  for c in 1 2; do
    (http POST "$N/api/v1/products/$PRODUCT/comments" "{\"body\":\"Comment $c from voter $i\"}" "${TOKENS[$i]}" "$ip"; echo "$STATUS" >>"$WORK/statuses") &
    PIDS+=($!)
  done
done
wait "${PIDS[@]}"
check "every upvote and comment answered 2xx ($(sort "$WORK/statuses" | uniq -c | xargs))" \
  test "$(grep -cv '^2' "$WORK/statuses")" = 0
check "the requests were spread over both instances (nginx log)" \
  test "$(jq -r 'select(.uri | test("/upvote|/comments")) | .upstream' "$WORK/nginx/access.log" | sort -u | wc -l)" -ge 2
http GET "$A/api/v1/products/$PRODUCT" "" "$MAKER"
check "upvoteCount from the API = $VOTERS = rows in product_upvotes = products.upvote_count" test \
  "$(j .upvoteCount),$(psql_n "SELECT count(*) FROM product_upvotes WHERE product_id = $PRODUCT"),$(psql_n "SELECT upvote_count FROM products WHERE id = $PRODUCT")" \
  = "$VOTERS,$VOTERS,$VOTERS"
check "commentCount from the API = $((2 * VOTERS)) = rows in comments = products.comment_count" test \
  "$(j .commentCount),$(psql_n "SELECT count(*) FROM comments WHERE product_id = $PRODUCT"),$(psql_n "SELECT comment_count FROM products WHERE id = $PRODUCT")" \
  = "$((2 * VOTERS)),$((2 * VOTERS)),$((2 * VOTERS))"

say "read replica"
for _ in $(seq 1 50); do
  [[ "$(rpsql -c "SELECT count(*) FROM products WHERE id = $PRODUCT")" == 1 ]] && break
  sleep 0.1
done
check "the product reached the replica" test "$(rpsql -c "SELECT count(*) FROM products WHERE id = $PRODUCT")" = 1
http GET "$N/api/v1/products?sort=new&maker=maker$RUN_ID"
check "anonymous list through nginx shows it" test "$(j '.items[0].id')" = "$PRODUCT"
# The microcache (deploy/nginx/nginx.conf): a shared anonymous answer is kept for a second; a
# signed-in request and a Cache-Control: no-cache one go past it.
MICRO="$N/api/v1/products/$PRODUCT"
check "nginx's microcache answers a repeated anonymous request (X-Cache: HIT)" bash -c "
  curl -s -o /dev/null '$MICRO'; curl -s -D - -o /dev/null '$MICRO' | grep -qi '^x-cache: HIT'"
check "a signed-in request goes past the microcache (X-Cache: BYPASS)" bash -c "
  curl -s -D - -o /dev/null -H 'Authorization: Bearer $MAKER' '$MICRO' | grep -qi '^x-cache: BYPASS'"
check "Cache-Control: no-cache goes past the microcache (X-Cache: BYPASS)" bash -c "
  curl -s -D - -o /dev/null -H 'Cache-Control: no-cache' '$MICRO' | grep -qi '^x-cache: BYPASS'"
check "the API instances hold connections to the replica" \
  test "$(rpsql -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'vitrin' AND pid <> pg_backend_pid()")" -ge 1
check "signed-in reads stay on the primary: the maker sees the draft it just made" bash -c "
  id=\$(curl -s -H 'Authorization: Bearer $MAKER' -H 'Content-Type: application/json' --interface 127.0.0.12 \
    --data '{\"title\":\"Draft\",\"tagline\":\"Draft\",\"description\":\"A draft description long enough.\",\"websiteUrl\":\"https://example.com\",\"category\":\"developer-tools\",\"tags\":[],\"status\":\"draft\"}' \
    '$N/api/v1/products' | jq -r .id)
  test \"\$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer $MAKER' '$N/api/v1/products/'\$id)\" = 200"

curl -s "$A/metrics" >"$WORK/metrics.txt" # kept with VITRIN_TOPOLOGY_KEEP=1: the series names
say "a cache entry invalidated on a is fresh on b"
http GET "$A/api/v1/products/$PRODUCT"
http GET "$B/api/v1/products/$PRODUCT"
BEFORE="$(j .upvoteCount)"
http DELETE "$A/api/v1/products/$PRODUCT/upvote" "" "${TOKENS[0]}" 127.0.0.21
T0=$(date +%s%N)
FRESH=""
while (($(date +%s%N) - T0 < 5000000000)); do
  http GET "$B/api/v1/products/$PRODUCT"
  if [[ "$(j .upvoteCount)" == $((BEFORE - 1)) ]]; then FRESH=$((($(date +%s%N) - T0) / 1000000)); break; fi
  sleep 0.1
done
check "anonymous product page on b shows the removed upvote within 5 s (${FRESH:-never} ms)" test -n "$FRESH"
http PUT "$A/api/v1/products/$PRODUCT/upvote" "" "${TOKENS[0]}" 127.0.0.21

say "rate limits shared by the instances, keyed on the real client address"
# Per account: 10 failed logins (default Auth:PerAccountPermits), alternating a and b, then 429 on either.
for i in $(seq 1 10); do
  base=$A; ((i % 2)) || base=$B
  http POST "$base/api/v1/auth/login" "{\"login\":\"voter${RUN_ID}x8\",\"password\":\"wrong password $i\"}" "" "127.0.0.$((50 + i))"
done
http POST "$A/api/v1/auth/login" "{\"login\":\"voter${RUN_ID}x8\",\"password\":\"$PASSWORD\"}" "" 127.0.0.61
check "11th login for one account is 429 after 10 failures spread over a and b (got $STATUS)" test "$STATUS" = 429
# Per IP through nginx (Auth:PerIpPermits=20 per minute): a spoofed X-Forwarded-For changes nothing.
ALLOWED=0
for i in $(seq 1 24); do
  code="$(curl -s -o "$WORK/last" -w '%{http_code}' --interface 127.0.0.70 -H "X-Forwarded-For: 10.9.$i.$i" \
    -H 'Content-Type: application/json' --data "{\"login\":\"nobody$RUN_ID$i\",\"password\":\"x\"}" "$N/api/v1/auth/login")"
  [[ "$code" == 401 ]] && ALLOWED=$((ALLOWED + 1))
  [[ "$code" == 429 ]] && break
  sleep 0.12 # under nginx's own 10 r/s auth limit
done
check "per-IP login limit across instances ignores a spoofed X-Forwarded-For: 20 allowed, then API 429 (allowed $ALLOWED, last $code)" \
  bash -c "[[ $ALLOWED == 20 && $code == 429 ]] && grep -q 'application/problem+json\|\"status\":429' '$WORK/last'"
check "the API logged the 429 with the client's address from nginx, not the spoofed one" \
  grep -q 'Rate limit hit on /api/v1/auth/login from 127.0.0.70' "$WORK/api-a.log" "$WORK/api-b.log"
check "nginx answers with one X-Content-Type-Options header" \
  test "$(curl -s -D - -o /dev/null "$N/api/v1/categories" | grep -ci '^x-content-type-options')" = 1
check "nginx gzips JSON" bash -c "curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' '$N/api/v1/products?limit=50' | grep -qi '^content-encoding: gzip' \
  || test \$(curl -s '$N/api/v1/products?limit=50' | wc -c) -lt 1024"

# === drills =====================================================================================
# load NAME SECONDS WORKERS: comments on $PRODUCT through nginx; each line of $WORK/load-NAME-*:
#   "<epoch ms> <status> <comment id or ->"
PIDS=()
load() {
  local name="$1" seconds="$2" workers="$3" w
  PIDS=()
  for w in $(seq 1 "$workers"); do
    (
      end=$(($(date +%s) + seconds)) n=0 ip="127.0.1.$w" token="${TOKENS[$(((w - 1) % VOTERS))]}"
      while (($(date +%s) < end)); do
        n=$((n + 1))
        out="$(curl -s --max-time 15 --interface "$ip" -w '\n%{http_code}' -H "Authorization: Bearer $token" \
          -H 'Content-Type: application/json' --data "{\"body\":\"load $name w$w n$n\"}" \
          "$N/api/v1/products/$PRODUCT/comments" || printf '\n000')"
        code="${out##*$'\n'}"
        id="$(jq -r '.id // "-"' <<<"${out%$'\n'*}" 2>/dev/null || echo -)"
        echo "$(date +%s%3N) $code $id" >>"$WORK/load-$name-$w"
        sleep 0.05
      done
    ) &
    PIDS+=($!)
  done
}
acknowledged_present() { # every comment answered 201 exists
  local name="$1" ids missing
  ids="$(cat "$WORK"/load-"$name"-* | awk '$2 == 201 { print $3 }' | paste -sd, -)"
  [[ -n "$ids" ]] || return 1
  missing="$(psql_n "SELECT count(*) FROM unnest(ARRAY[$ids]::bigint[]) AS acked(id) WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.id = acked.id)")"
  echo "  $(cat "$WORK"/load-"$name"-* | awk '{ print $2 }' | sort | uniq -c | xargs) ; acknowledged missing: $missing"
  [[ "$missing" == 0 ]]
}
counts_equal_rows() {
  [[ "$(psql_n "SELECT count(*) FROM products p WHERE p.comment_count <> (SELECT count(*) FROM comments c WHERE c.product_id = p.id)
                                                     OR p.upvote_count <> (SELECT count(*) FROM product_upvotes u WHERE u.product_id = p.id)")" == 0 ]]
}

say "kill -9 of instance b during write load through nginx"
load kill "$LOAD_SECONDS" 4
sleep $((LOAD_SECONDS / 3))
KILL_AT=$(date +%s%3N)
kill -KILL "${API_PID[b]}"
wait "${API_PID[b]}" 2>/dev/null || true
wait "${PIDS[@]}" # the load
check "every comment answered 201 is in the database" acknowledged_present kill
check "writes kept succeeding after the kill (nginx routes around b)" \
  test "$(cat "$WORK"/load-kill-* | awk -v t="$((KILL_AT + 2000))" '$1 > t && $2 == 201' | wc -l)" -gt 0
check "counters equal their rows (every product)" counts_equal_rows
api_start b
check "instance b restarts and is ready" wait_ready b
check "products.comment_count = rows after the restart" counts_equal_rows

say "SIGTERM of instance a during load: readiness fails first, in-flight requests finish, clean exit"
load term "$LOAD_SECONDS" 4
sleep $((LOAD_SECONDS / 3))
# Requests sent straight to a, in flight when the signal arrives.
for i in 1 2 3 4; do (curl -s -o /dev/null -w '%{http_code}\n' --max-time 20 "$A/api/v1/products?limit=50" >>"$WORK/inflight") & PIDS+=($!); done
kill -TERM "${API_PID[a]}"
READY_AFTER_TERM="$(sleep 0.5; ready_status "${API_PORT[a]}")"
rc=0
wait "${API_PID[a]}" || rc=$?
wait "${PIDS[@]}" # load and in-flight requests
check "readiness answers 503 while a drains (got $READY_AFTER_TERM)" test "$READY_AFTER_TERM" = 503
check "in-flight requests to a finished 200 ($(sort "$WORK/inflight" | uniq -c | xargs))" test "$(grep -cv '^200$' "$WORK/inflight")" = 0
check "a exited with code 0 (got $rc)" test "$rc" = 0
check "no write through nginx failed during the graceful stop" acknowledged_present term
check "no 5xx through nginx during the graceful stop" test "$(cat "$WORK"/load-term-* | awk '$2 !~ /^2/' | wc -l)" = 0
api_start a
check "instance a restarts and is ready" wait_ready a

say "Redis stopped: the API keeps serving"
redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
sleep 1
http GET "$N/api/v1/products?sort=new"
check "anonymous list through nginx without Redis ($STATUS)" test "$STATUS" = 200
http POST "$N/api/v1/products/$PRODUCT/comments" '{"body":"Written while Redis is down"}' "${TOKENS[1]}" 127.0.0.22
check "a write without Redis ($STATUS)" test "$STATUS" = 201
check "readiness reports Redis degraded" bash -c "curl -s '$A/health/ready' | jq -e '.checks.redis.status == \"degraded\"' >/dev/null"
redis_restart
ok=""
for _ in $(seq 1 60); do
  curl -s "$A/health/ready" | jq -e '.checks.redis.status == "healthy"' >/dev/null && { ok=1; break; }
  sleep 0.5
done
check "Redis back: readiness healthy again" test -n "$ok"

say "PostgreSQL primary stopped: 503 problem details, no crash, recovers alone"
_pg_as "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
code="$(curl -s -o "$WORK/down" -w '%{http_code} %{content_type}' -H "Authorization: Bearer $MAKER" "$A/api/v1/products/$PRODUCT")"
check "signed-in read answers 503 application/problem+json (got $code)" test "$code" = "503 application/problem+json"
check "readiness answers 503 while the database is down" test "$(ready_status "${API_PORT[a]}")" = 503
http GET "$N/api/v1/products/$PRODUCT"
echo "  (anonymous product page meanwhile: $STATUS; served by the replica or the cache)"
sleep 3
check "both instances still running" bash -c "kill -0 ${API_PID[a]} && kill -0 ${API_PID[b]}"
_pg_as "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMPDIR/postgres.log" -w -t 30 \
  -o "-p $PRIMARY_PORT -k $PG_TMPDIR/sock -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
ok=""
for _ in $(seq 1 60); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $MAKER" "$A/api/v1/products/$PRODUCT")" == 200 ]] && { ok=1; break; }
  sleep 0.5
done
check "PostgreSQL back: signed-in reads answer 200 again without a restart" test -n "$ok"

say "start-up durability check"
check "the API warned that the test server runs fsync=off" grep -q 'fsync=off' "$WORK/api-a.log"

say "backup and restore drill"
DUMP="$(VITRIN_BACKUP_KEEP=2 PGDATABASE=vitrin scripts/backup.sh "$WORK/backups")"
sleep 1.1
VITRIN_BACKUP_KEEP=2 PGDATABASE=vitrin scripts/backup.sh "$WORK/backups" >/dev/null
sleep 1.1
VITRIN_BACKUP_KEEP=2 PGDATABASE=vitrin scripts/backup.sh "$WORK/backups" >/dev/null
check "backup.sh keeps the newest 2 dumps" test "$(find "$WORK/backups" -name 'vitrin-*.dump' | wc -l)" -le 2
psql -qAt -c "CREATE DATABASE vitrin_restore" >/dev/null
LATEST="$(find "$WORK/backups" -name 'vitrin-*.dump' | sort | tail -n 1)"
check "pg_restore into an empty database" pg_restore --no-owner --exit-on-error -d vitrin_restore "$LATEST"
TABLES="users products comments product_upvotes comment_upvotes categories refresh_tokens"
row_counts() { for t in $TABLES; do printf '%s=%s ' "$t" "$(psql -d "$1" -qAt -c "SELECT count(*) FROM $t")"; done; }
ORIGINAL="$(row_counts vitrin)"
RESTORED="$(row_counts vitrin_restore)"
echo "  original: $ORIGINAL"
echo "  restored: $RESTORED"
check "restored row counts equal the original's" test "$ORIGINAL" = "$RESTORED"
: "$DUMP"

say "Prometheus scrapes instance a"
check "promtool accepts deploy/prometheus/alerts.yml" promtool check rules "$REPO_ROOT/deploy/prometheus/alerts.yml"
prom_has() { curl -s "http://127.0.0.1:$PROM_PORT/api/v1/query" --data-urlencode "query=$1" | jq -e '.data.result | length > 0' >/dev/null; }
# Over 10 minutes: instance a restarted during the drills, and a new process only exposes a counter
# once it has counted something.
for series in 'max_over_time(vitrin_comments_total[10m])' 'max_over_time(vitrin_signups_total[10m])' vitrin_ready \
    http_server_request_duration_seconds_count 'up{job="vitrin-api"} == 1'; do
  ok=""
  for _ in $(seq 1 40); do prom_has "$series" && { ok=1; break; }; sleep 0.5; done
  check "Prometheus has $series" test -n "$ok"
done
