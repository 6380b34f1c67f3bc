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

# PostgreSQL for the integration tests and the journeys that run on both databases: Debian's package (installed when missing), a private cluster
# in a temporary folder on a free loopback port, stopped and removed at the end, also when tests fail.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's PostgreSQL for the PostgreSQL journeys (apt-get install postgresql)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  else
    echo "test.sh: PostgreSQL is missing. Install it with: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
fi
# Redis for the cluster tests (Orleans membership and the session-change relay between nodes); each test starts its own
# private server on a free loopback port, so only the binary is needed here.
if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's Redis for the cluster tests (apt-get install redis-server)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "test.sh: redis-server is missing. Install it with: sudo apt-get install -y redis-server" >&2
    exit 1
  fi
fi

# nginx for the end-to-end cluster tests: scripts/cluster.sh puts Debian's nginx in front of the nodes as the load
# balancer (its own configuration and logs in the test's temporary folder), so only the binary is needed here.
if [ ! -x /usr/sbin/nginx ] && ! command -v nginx >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing Debian's nginx for the cluster tests (apt-get install nginx)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  else
    echo "test.sh: nginx is missing. Install it with: sudo apt-get install -y nginx" >&2
    exit 1
  fi
fi

pg_dir=$(mktemp -d /tmp/portal-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((40000 + RANDOM % 20000)))
as_postgres() {
  # initdb and the server refuse to run as root: run them as Debian's postgres user then.
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}
[ "$(id -u)" = "0" ] && chown postgres:postgres "$pg_dir"
stop_postgres() {
  as_postgres "$pg_bin/pg_ctl -D $pg_dir/data -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
as_postgres "$pg_bin/initdb -D $pg_dir/data -A trust -U postgres" >/dev/null
as_postgres "$pg_bin/pg_ctl -D $pg_dir/data -w -l $pg_dir/server.log -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1' start" >/dev/null
export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
echo "test.sh: PostgreSQL $(basename "$(dirname "$pg_bin")") on 127.0.0.1:$pg_port"

# Includes the end-to-end cluster tests (Cluster=true): three nodes, PostgreSQL, Redis and nginx started by
# scripts/cluster.sh, once, after the other end-to-end tests (they do not run beside them).
dotnet test Portal.sln "$@"

# (Tests marked Database=Sqlite are about SQLite alone; Database=Postgres ones use PostgreSQL in the first pass already.)
echo "test.sh: the integration tests again, on PostgreSQL (a database of their own per test host)..."
PORTAL_TEST_PROVIDER=Postgres dotnet test tests/Portal.IntegrationTests --no-build --filter "Database!=Sqlite&Database!=Postgres"

echo "test.sh: the agent-desk, API-push, restart and wallboard journeys again, on PostgreSQL..."
PORTAL_E2E_PROVIDER=Postgres dotnet test tests/Portal.EndToEndTests --no-build \
  --filter "(FullyQualifiedName~DeskTests|FullyQualifiedName~ApiLiveTests|FullyQualifiedName~RestartTests|FullyQualifiedName~WallboardTests)&Cluster!=true"
