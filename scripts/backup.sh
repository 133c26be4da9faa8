#!/usr/bin/env bash
# Backs up the Vitrin PostgreSQL database with pg_dump (custom format: compressed, restorable
# table by table with pg_restore) and keeps the newest N dumps.
#
# Usage: scripts/backup.sh [BACKUP_DIR]        (default: $VITRIN_BACKUP_DIR or ./backups)
# Env:
#   VITRIN_BACKUP_DATABASE  libpq connection string or URL of the database
#                           (default: the PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE environment)
#   VITRIN_BACKUP_KEEP      dumps to keep (default 14); older vitrin-*.dump files are deleted
# Prints the path of the new dump on stdout.
# Restore into an empty database:
#   createdb vitrin_restore && pg_restore --no-owner --exit-on-error -d vitrin_restore FILE
set -euo pipefail

dir="${1:-${VITRIN_BACKUP_DIR:-backups}}"
keep="${VITRIN_BACKUP_KEEP:-14}"
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || { echo "backup.sh: VITRIN_BACKUP_KEEP must be a positive number" >&2; exit 2; }
mkdir -p "$dir"

file="$dir/vitrin-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$file.partial"
trap 'rm -f -- "$partial"' EXIT
db=()
if [[ -n "${VITRIN_BACKUP_DATABASE:-}" ]]; then
  db=(--dbname "$VITRIN_BACKUP_DATABASE")
fi
# Written under another name first, so a failed dump never counts as a backup (nor pushes one out).
pg_dump --format=custom --compress=6 --no-owner "${db[@]}" --file "$partial"
pg_restore --list "$partial" >/dev/null # a readable archive, or fail here
mv -- "$partial" "$file"

# Retention: the newest $keep dumps stay (names sort by time).
mapfile -t old < <(find "$dir" -maxdepth 1 -name 'vitrin-*.dump' -type f | sort -r | tail -n "+$((keep + 1))")
if ((${#old[@]} > 0)); then
  rm -f -- "${old[@]}"
  echo "backup.sh: removed ${#old[@]} old dump(s), keeping $keep" >&2
fi
echo "$file"
