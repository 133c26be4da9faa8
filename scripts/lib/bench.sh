# shellcheck shell=bash
# Helpers shared by the benchmark scripts (scripts/bench.sh, scripts/bench-engagement.sh).
# The caller sets START_TIME, WORK_DIR and API_PID, and sources scripts/lib/postgres.sh first.

say() { printf '\n==> %s\n' "$*" >&2; }

# bench_cleanup NAME: stops the API and PostgreSQL, removes the work folder, reports the run time.
# Use from an EXIT trap: cleanup() { bench_cleanup bench; }
bench_cleanup() {
  local rc=$? name="$1"
  set +e
  trap - EXIT INT TERM
  if [[ -n "$API_PID" ]] && kill -0 "$API_PID" 2>/dev/null; then
    kill -TERM "$API_PID" 2>/dev/null
    for _ in $(seq 1 50); do
      kill -0 "$API_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "$API_PID" 2>/dev/null
    wait "$API_PID" 2>/dev/null
  fi
  pg_stop
  if [[ -n "$WORK_DIR" && -d "$WORK_DIR" ]]; then
    if ((rc != 0)); then
      local log
      for log in "$WORK_DIR"/api*.log; do
        [[ -s "$log" ]] || continue
        echo "--- last lines of $(basename "$log"):" >&2
        tail -n 20 "$log" >&2
      done
    fi
    rm -rf -- "$WORK_DIR"
  fi
  echo "$name: finished in $(($(date +%s) - START_TIME)) s (exit $rc)" >&2
  exit "$rc"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wrk prints latencies as 850.00us, 12.34ms, 1.02s, 2.00m: convert to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.2f", n }'
}

# median: the median of the numbers on standard input, one per line (the mean of the middle two
# for an even count), printed as it came or with two decimals.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }'; }
# verdict "12.3 >= 10": the comparison is evaluated by awk (the operands are numbers we printed).
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "MISSED"; fi; }
