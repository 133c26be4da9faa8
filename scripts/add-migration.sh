#!/usr/bin/env bash
# Adds a migration NAME for both database providers (SQLite and PostgreSQL).
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/../src/Vitrin.Api"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context SqliteVitrinDbContext --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" --context PostgresVitrinDbContext --output-dir Data/Migrations/Postgres
