#!/usr/bin/env bash
# Validates the deployment files without Docker (cheap; scripts/test.sh runs it):
#   docker-compose config   deploy/compose.yaml and deploy/compose.prod.yaml (Debian's docker-compose)
#   nginx -t                deploy/nginx/nginx.conf with each upstream file (compose hostnames -> 127.0.0.1)
#   promtool                deploy/prometheus/prometheus.yml and alerts.yml
#   jq                      deploy/grafana/dashboards/*.json
# Usage: scripts/check-deploy.sh     Prints one PASS/FAIL line per file; exits 1 if any fails.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
# shellcheck source-path=SCRIPTDIR source=lib/apt.sh
source scripts/lib/apt.sh
ensure_apt_packages 'command -v docker-compose && command -v nginx && command -v promtool && command -v jq' \
  docker-compose nginx prometheus jq

TMP="$(mktemp -d)"
trap 'rm -rf -- "$TMP"' EXIT
failed=0
run() { # run NAME COMMAND...: output shown only on failure
  local name="$1"
  shift
  if "$@" >"$TMP/out" 2>&1; then
    echo "PASS  $name"
  else
    echo "FAIL  $name"
    sed 's/^/      /' "$TMP/out"
    failed=1
  fi
}

# Placeholder secrets: config only interpolates them; the files require them to be set.
export VITRIN_APP_URL=https://vitrin.example VITRIN_JWT_SIGNING_KEY=check POSTGRES_PASSWORD=check GRAFANA_ADMIN_PASSWORD=check MINIO_ROOT_USER=check MINIO_ROOT_PASSWORD=check
run "docker-compose config: deploy/compose.yaml" docker-compose --project-directory deploy -f deploy/compose.yaml config -q
run "docker-compose config: deploy/compose.prod.yaml" docker-compose --project-directory deploy -f deploy/compose.prod.yaml config -q
# Compose would refuse to start without the secrets; check that it says so.
run "compose.prod.yaml requires POSTGRES_PASSWORD" bash -c \
  '! env -u POSTGRES_PASSWORD docker-compose --project-directory deploy -f deploy/compose.prod.yaml config -q'
run "compose.prod.yaml requires VITRIN_APP_URL" bash -c \
  '! env -u VITRIN_APP_URL docker-compose --project-directory deploy -f deploy/compose.prod.yaml config -q'

for upstream in deploy/nginx/upstream.conf deploy/nginx/upstream.dev.conf; do
  mkdir -p "$TMP/nginx"
  cp deploy/nginx/nginx.conf deploy/nginx/security-headers.conf "$TMP/nginx/"
  # The compose service names do not resolve here, and nginx resolves upstreams while it loads.
  sed -E 's/server (api(-[0-9]+)?):8080/server 127.0.0.1:8080/' "$upstream" >"$TMP/nginx/upstream.conf"
  sed -i "s|/tmp/nginx-vitrin-cache|$TMP/nginx/cache|" "$TMP/nginx/nginx.conf"
  run "nginx -t: deploy/nginx/nginx.conf with $(basename "$upstream")" \
    nginx -q -t -c "$TMP/nginx/nginx.conf" -g "pid $TMP/nginx/nginx.pid;"
done

run "promtool: deploy/prometheus/prometheus.yml + alerts.yml" promtool check config deploy/prometheus/prometheus.yml
for dashboard in deploy/grafana/dashboards/*.json; do
  run "jq: $dashboard" jq -e '.uid and .title and (.panels | length > 0)' "$dashboard"
done
exit "$failed"
