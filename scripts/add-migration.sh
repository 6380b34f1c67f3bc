#!/usr/bin/env bash
# Adds an EF Core migration to Portal.Infrastructure: scripts/add-migration.sh <Name>
# EF_DESIGN=true brings in the design-time packages (see src/Portal.Infrastructure/Portal.Infrastructure.csproj);
# DOTNET_ROLL_FORWARD lets the 9.0 dotnet-ef tool run on this machine's .NET 10 runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: $0 <MigrationName>" >&2; exit 2; }
dotnet tool restore >/dev/null
EF_DESIGN=true DOTNET_ROLL_FORWARD=Major dotnet ef migrations add "$1" \
  --project src/Portal.Infrastructure --startup-project src/Portal.Infrastructure --output-dir Data/Migrations
