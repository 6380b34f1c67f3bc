#!/usr/bin/env bash
# Adds an EF Core migration for every database provider: scripts/add-migration.sh <Name>
#   SQLite:     src/Portal.Infrastructure/Data/Migrations
#   PostgreSQL: src/Portal.Migrations.Postgres/Migrations
# Every model change needs both; ./test.sh fails when either provider has changes without a migration.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: $0 <MigrationName>" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet ef migrations add "$1" \
  --project src/Portal.Infrastructure --startup-project src/Portal.Infrastructure --output-dir Data/Migrations
dotnet ef migrations add "$1" \
  --project src/Portal.Migrations.Postgres --startup-project src/Portal.Migrations.Postgres --output-dir Migrations
