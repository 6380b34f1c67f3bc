#!/usr/bin/env bash
# Runs every test: domain, components (bUnit), HTTP integration, and end-to-end in real Chromium.
set -euo pipefail
cd "$(dirname "$0")"

chromium="${PORTAL_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's Chromium for the end-to-end tests (apt-get install chromium)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test.sh: Chromium is missing at $chromium." >&2
    echo "  Install it with: sudo apt-get install -y chromium" >&2
    echo "  or point PORTAL_CHROMIUM at a Chromium/Chrome binary, then run ./test.sh again." >&2
    exit 1
  fi
fi

# The end-to-end tests' npm packages, pinned by package-lock.json: the event client (Node.js, @microsoft/signalr) and
# axe-core, the accessibility checker the tests run inside Chromium.
event_client=tests/Portal.EndToEndTests/event-client
if [ ! -d "$event_client/node_modules/@microsoft/signalr" ] || [ ! -f "$event_client/node_modules/axe-core/axe.min.js" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "test.sh: npm is missing; the end-to-end event client needs Node.js 18 or later (apt-get install -y nodejs npm)." >&2
    exit 1
  fi
  echo "test.sh: installing the end-to-end tests' npm packages (npm ci in $event_client)..."
  (cd "$event_client" && npm ci --no-audit --no-fund)
fi

# The OpenAPI linter (Redocly's rules, @redocly/openapi-core from npm) that an integration test runs, pinned the same way.
openapi_lint=tests/openapi-lint
if [ ! -d "$openapi_lint/node_modules" ] || [ "$openapi_lint/package-lock.json" -nt "$openapi_lint/node_modules/.package-lock.json" ]; then
  echo "test.sh: installing the OpenAPI linter's npm packages (npm ci in $openapi_lint)..."
  (cd "$openapi_lint" && npm ci --no-audit --no-fund)
fi

# Every model change must come with a migration.
dotnet tool restore >/dev/null
dotnet restore Portal.sln >/dev/null
echo "test.sh: checking that the EF Core model has no changes without a migration, for SQLite and for PostgreSQL..."
dotnet ef migrations has-pending-model-changes \
  --project src/Portal.Infrastructure --startup-project src/Portal.Infrastructure
dotnet ef migrations has-pending-model-changes \
  --project src/Portal.Migrations.Postgres --startup-project src/Portal.Migrations.Postgres

dotnet test Portal.sln "$@"
