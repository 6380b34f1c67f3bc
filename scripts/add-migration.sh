#!/usr/bin/env bash
# Adds an EF Core migration to Portal.Infrastructure: scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: $0 <MigrationName>" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet ef migrations add "$1" \
  --project src/Portal.Infrastructure --startup-project src/Portal.Infrastructure --output-dir Data/Migrations
