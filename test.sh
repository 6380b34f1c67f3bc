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

dotnet test Portal.sln "$@"
