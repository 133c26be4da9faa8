#!/usr/bin/env bash
# Upload benchmark (not a test; issue 7): the API (Release, Production, embedded default: SQLite and
# local storage) on loopback; a 4000 × 3000 JPEG (about 5 MB, textured like a photo, made with the
# vips CLI) is uploaded to a product gallery BENCH_RUNS times. Each upload is decoded with
# shrink-on-load, re-encoded to WebP at 1600 px plus a 400 px thumbnail, and stored.
# Prints each request's time and the API process's peak added working set: the peak RSS (VmHWM)
# during the uploads minus the RSS just before them, after one small warm-up upload has loaded
# libvips. The peak is reset through /proc/PID/clear_refs before the measured uploads.
# Targets (issue 7): under 1 s per upload and under 150 MB added working set on 2 cores.
# Exits 0 whether or not the targets are met; non-zero if the benchmark itself could not run.
#
# Usage: scripts/bench-upload.sh
# Env (defaults):
#   BENCH_RUNS=5            measured uploads (each to a fresh product)
#   BENCH_API_PORT=58280    first port tried (next free one if busy)
#   BENCH_NO_BUILD=1        reuse src/Vitrin.Api/bin/Release instead of building the working tree
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source-path=SCRIPTDIR source=lib/apt.sh
source "$REPO_ROOT/scripts/lib/apt.sh"
# shellcheck source-path=SCRIPTDIR source=lib/postgres.sh
source "$REPO_ROOT/scripts/lib/postgres.sh" # bench_cleanup calls pg_stop (a no-op here)
# shellcheck source-path=SCRIPTDIR source=lib/bench.sh
source "$REPO_ROOT/scripts/lib/bench.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

RUNS="${BENCH_RUNS:-5}"
API_FIRST_PORT="${BENCH_API_PORT:-58280}"
NO_BUILD="${BENCH_NO_BUILD:-0}"
for v in RUNS API_FIRST_PORT; do
  if [[ ! "${!v}" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench-upload: $v must be a positive integer (got '${!v}')" >&2
    exit 2
  fi
done

TARGET_SECONDS=1
TARGET_MB=150
API_DLL="$REPO_ROOT/src/Vitrin.Api/bin/Release/net10.0/Vitrin.Api.dll"
START_TIME=$(date +%s)
WORK_DIR=""
API_PID=""

cleanup() { bench_cleanup bench-upload; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# api METHOD PATH [TOKEN] [JSON]: prints the body; fails unless the status is 2xx.
api() {
  local method="$1" path="$2" token="${3:-}" json="${4:-}" code file
  file="$(mktemp "$WORK_DIR/curl.XXXXXX")"
  local args=(-sS -X "$method" -o "$file" -w '%{http_code}' --max-time 60)
  [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n "$json" ]] && args+=(-H 'Content-Type: application/json' --data "$json")
  code="$(curl "${args[@]}" "$BASE$path")"
  if [[ "$code" != 2* ]]; then
    echo "bench-upload: $method $path answered $code: $(cat "$file")" >&2
    return 1
  fi
  cat "$file"
  rm -f "$file"
}

kib() { awk -v k="$2" '$1 == k":" { print $2 }' "/proc/$1/status"; }

# ---------------------------------------------------------------------------------------------
say "installing what is missing"
ensure_apt_packages 'command -v vips' libvips-tools
ensure_apt_packages 'command -v jq' jq
ensure_apt_packages 'command -v curl' curl

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/vitrin-bench-upload.XXXXXX")"
mkdir -p "$WORK_DIR/data"

say "making a 4000 × 3000 JPEG (fractal texture + noise, Q 90)"
V="$WORK_DIR/img"
mkdir -p "$V"
vips fractsurf "$V/f.v" 4000 3000 2.5
vips scale "$V/f.v" "$V/s.v"
vips linear "$V/s.v" "$V/c.v" "1 0.85 0.6" "0 25 60" --uchar
vips gaussnoise "$V/n.v" 4000 3000 --sigma 12 --mean 0
vips add "$V/c.v" "$V/n.v" "$V/cn.v"
vips cast "$V/cn.v" "$V/u.v" uchar
vips jpegsave "$V/u.v" "$WORK_DIR/photo.jpg" --Q 90
vips thumbnail "$WORK_DIR/photo.jpg" "$WORK_DIR/small.jpg" 200
rm -rf "$V"
PHOTO_BYTES=$(stat -c %s "$WORK_DIR/photo.jpg")

if [[ "$NO_BUILD" == 1 && -f "$API_DLL" ]]; then
  REVISION="$(git rev-parse --short HEAD) + working tree, earlier build"
  say "reusing $API_DLL (BENCH_NO_BUILD=1)"
else
  REVISION="$(git rev-parse --short HEAD) + working tree"
  say "building the API (Release) from the working tree"
  dotnet build src/Vitrin.Api/Vitrin.Api.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
fi

API_PORT="$API_FIRST_PORT"
while port_busy "$API_PORT"; do
  API_PORT=$((API_PORT + 1))
  if ((API_PORT > API_FIRST_PORT + 20)); then
    echo "bench-upload: no free port from $API_FIRST_PORT to $API_PORT for the API" >&2
    exit 1
  fi
done
BASE="http://127.0.0.1:$API_PORT"

say "starting the API on $BASE (SQLite, local storage)"
ASPNETCORE_ENVIRONMENT=Production dotnet "$API_DLL" \
  --urls "$BASE" --data-dir "$WORK_DIR/data" \
  --Auth:PerIpPermits=1000000 --Uploads:PerUserPermits=1000000 \
  --Spam:MinSecondsBetweenPosts=0 --Spam:NewAccountProductsPerDay=100000000 \
  --Logging:LogLevel:Default=Warning >"$WORK_DIR/api.log" 2>&1 &
API_PID=$!
ready=0
for _ in $(seq 1 240); do
  kill -0 "$API_PID" 2>/dev/null || { echo "bench-upload: the API exited during start-up" >&2; exit 1; }
  if curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null; then
    ready=1
    break
  fi
  sleep 0.25
done
((ready == 1)) || { echo "bench-upload: the API was not ready within 60 s" >&2; exit 1; }

TOKEN="$(api POST /api/v1/auth/register "" \
  '{"username":"benchmaker","email":"benchmaker@example.com","password":"correct horse battery staple","tokenDelivery":"body"}' | jq -er .accessToken)"
new_product() {
  api POST /api/v1/products "$TOKEN" \
    '{"title":"Upload bench","tagline":"Measures uploads","websiteUrl":"https://example.com","category":"saas"}' | jq -er .id
}
upload() { # upload PRODUCT FILE: prints "seconds http_code"
  curl -sS -o "$WORK_DIR/upload.json" -w '%{time_total} %{http_code}\n' --max-time 60 \
    -H "Authorization: Bearer $TOKEN" -F "file=@$2;type=image/jpeg" -F "alt=Benchmark photo" \
    "$BASE/api/v1/products/$1/media"
}

say "warm-up: one small upload (loads libvips, JIT)"
read -r _ code < <(upload "$(new_product)" "$WORK_DIR/small.jpg")
[[ "$code" == 201 ]] || { echo "bench-upload: warm-up upload answered $code: $(cat "$WORK_DIR/upload.json")" >&2; exit 1; }
sleep 1
BASE_KIB=$(kib "$API_PID" VmRSS)
# Resets the process's peak RSS (VmHWM) to its current RSS.
echo 5 >"/proc/$API_PID/clear_refs"

say "$RUNS uploads of the 4000 × 3000 JPEG ($PHOTO_BYTES bytes)"
TIMES=()
for i in $(seq 1 "$RUNS"); do
  product="$(new_product)"
  read -r seconds code < <(upload "$product" "$WORK_DIR/photo.jpg")
  [[ "$code" == 201 ]] || { echo "bench-upload: upload $i answered $code: $(cat "$WORK_DIR/upload.json")" >&2; exit 1; }
  TIMES+=("$seconds")
  printf '  upload %d: %.3f s -> %s\n' "$i" "$seconds" "$(jq -c '{width, height, url}' "$WORK_DIR/upload.json")"
done
PEAK_KIB=$(kib "$API_PID" VmHWM)
ADDED_MB=$(awk -v p="$PEAK_KIB" -v b="$BASE_KIB" 'BEGIN { printf "%.1f", (p - b) / 1024 }')
MEDIAN=$(printf '%s\n' "${TIMES[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
WORST=$(printf '%s\n' "${TIMES[@]}" | sort -g | tail -n 1)

echo
echo "bench-upload ($REVISION, $(nproc) cores)"
printf '  4000 x 3000 JPEG, %d bytes, %d uploads\n' "$PHOTO_BYTES" "$RUNS"
printf '  time per upload: median %.3f s, worst %.3f s (target < %s s: %s)\n' "$MEDIAN" "$WORST" "$TARGET_SECONDS" \
  "$(verdict "$WORST < $TARGET_SECONDS")"
printf '  API working set: %.1f MB before, peak %.1f MB, peak added %s MB (target < %s MB: %s)\n' \
  "$(awk -v k="$BASE_KIB" 'BEGIN { print k / 1024 }')" "$(awk -v k="$PEAK_KIB" 'BEGIN { print k / 1024 }')" \
  "$ADDED_MB" "$TARGET_MB" "$(verdict "$ADDED_MB < $TARGET_MB")"
