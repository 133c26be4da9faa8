# shellcheck shell=bash
# Throwaway PostgreSQL 15 on 127.0.0.1 for tests and benchmarks.
#
# Source this file, then (in the same shell, not a subshell):
#   pg_start [PORT]     # initdb + start; exports PGHOST, PGPORT, PGUSER (psql needs no flags)
#                       # and sets PG_TMPDIR, PG_DATA (not exported)
#   pg_connection_string  # prints the Npgsql connection string for the running server
#   pg_stop             # stops the server and removes PG_TMPDIR (safe to call twice)
#
# The caller owns the traps; typically:  trap pg_stop EXIT
#
# Settings (environment):
#   PG_PORT      first port to try (default 55432; the next free one is used if busy)
#   PG_BIN       PostgreSQL bin dir (default /usr/lib/postgresql/15/bin)
#   PG_TMP_ROOT  where the temp dir goes (default /tmp; must be reachable by the postgres user)
#
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user via
# runuser; as any other user, it runs as that user. Auth is `trust`, so any password works.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_TMPDIR=""
PG_DATA=""

_pg_as() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# True if something accepts TCP connections on 127.0.0.1:$1.
_pg_port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_start() {
  local first_port="${1:-${PG_PORT:-55432}}" port attempt
  if [[ -n "$PG_TMPDIR" ]]; then
    echo "pg_start: already started (PG_TMPDIR=$PG_TMPDIR)" >&2
    return 1
  fi
  if [[ ! -x "$PG_BIN/initdb" || ! -x "$PG_BIN/pg_ctl" ]]; then
    echo "pg_start: $PG_BIN/initdb not found (apt-get install postgresql)" >&2
    return 1
  fi
  if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    echo "pg_start: running as root but there is no 'postgres' user" >&2
    return 1
  fi

  PG_TMPDIR="$(mktemp -d "${PG_TMP_ROOT:-/tmp}/vitrin-pg.XXXXXX")"
  PG_DATA="$PG_TMPDIR/data"
  mkdir -p "$PG_TMPDIR/sock"
  if [[ $EUID -eq 0 ]]; then
    chown -R postgres: "$PG_TMPDIR"
  fi

  if ! _pg_as "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$PG_TMPDIR/initdb.log" 2>&1; then
    echo "pg_start: initdb failed:" >&2
    cat "$PG_TMPDIR/initdb.log" >&2
    pg_stop
    return 1
  fi

  port="$first_port"
  for attempt in $(seq 1 20); do
    if _pg_port_busy "$port"; then
      port=$((port + 1))
      continue
    fi
    # Unix socket in our own dir (not /tmp) so parallel instances never collide.
    # fsync etc. off: the data is thrown away anyway.
    if _pg_as "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMPDIR/postgres.log" -w -t 30 \
        -o "-p $port -k $PG_TMPDIR/sock -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >"$PG_TMPDIR/pg_ctl.log" 2>&1; then
      export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres
      echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data: $PG_DATA)" >&2
      return 0
    fi
    if grep -qiE 'could not (bind|create listen)|address already in use' "$PG_TMPDIR/postgres.log" 2>/dev/null; then
      echo "pg_start: port $port is taken (attempt $attempt), trying $((port + 1))" >&2
      port=$((port + 1))
      continue
    fi
    echo "pg_start: pg_ctl start failed:" >&2
    cat "$PG_TMPDIR/pg_ctl.log" "$PG_TMPDIR/postgres.log" >&2 2>/dev/null || true
    pg_stop
    return 1
  done
  echo "pg_start: no free port found from $first_port to $port" >&2
  pg_stop
  return 1
}

pg_connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Username=postgres;Password=postgres;Database=postgres\n' "${PGPORT:?pg_start first}"
}

pg_stop() {
  local dir="$PG_TMPDIR"
  [[ -n "$dir" ]] || return 0
  if [[ -f "$PG_DATA/postmaster.pid" ]]; then
    _pg_as "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 20 stop >/dev/null 2>&1 \
      || _pg_as "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 10 stop >/dev/null 2>&1 \
      || true
  fi
  case "$dir" in
    */vitrin-pg.*) rm -rf -- "$dir" ;;
  esac
  PG_TMPDIR=""
  PG_DATA=""
  unset PGPORT PGHOST PGUSER
  return 0
}
