# shellcheck shell=bash
# Throwaway Redis on 127.0.0.1 for tests and benchmarks (no persistence).
#
# Source this file, then (in the same shell):
#   redis_start [PORT]   # starts redis-server on the first free port from PORT (default 56379);
#                        # sets REDIS_PORT and REDIS_TMPDIR
#   redis_stop           # shuts it down and removes REDIS_TMPDIR (safe to call twice)
# Needs `redis-server` and `redis-cli` (apt: redis-server).

REDIS_PORT=""
REDIS_TMPDIR=""

redis_start() {
  local port="${1:-56379}" attempt
  if [[ -n "$REDIS_TMPDIR" ]]; then
    echo "redis_start: already started (port $REDIS_PORT)" >&2
    return 1
  fi
  REDIS_TMPDIR="$(mktemp -d "${TMPDIR:-/tmp}/vitrin-redis.XXXXXX")"
  for attempt in $(seq 1 20); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      port=$((port + 1))
      continue
    fi
    if redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
        --dir "$REDIS_TMPDIR" --pidfile "$REDIS_TMPDIR/redis.pid" --logfile "$REDIS_TMPDIR/redis.log" >/dev/null 2>&1; then
      for _ in $(seq 1 50); do
        if redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; then
          REDIS_PORT="$port"
          echo "Redis $(redis-server --version | awk '{print $3}' | sed 's/v=//') on 127.0.0.1:$port" >&2
          return 0
        fi
        sleep 0.1
      done
    fi
    echo "redis_start: could not start on port $port (attempt $attempt)" >&2
    port=$((port + 1))
  done
  redis_stop
  return 1
}

redis_stop() {
  [[ -n "$REDIS_TMPDIR" ]] || return 0
  if [[ -n "$REDIS_PORT" ]]; then
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  fi
  case "$REDIS_TMPDIR" in
    */vitrin-redis.*) rm -rf -- "$REDIS_TMPDIR" ;;
  esac
  REDIS_TMPDIR=""
  REDIS_PORT=""
  return 0
}
