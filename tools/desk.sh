#!/usr/bin/env bash
# Sets everything up and opens the desk on the demo event (created on the first run).
# Usage: bash tools/desk.sh [--lang en] [any summit-desk option]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
apt_install "${QT_SYSTEM_PACKAGES[@]}" || true
make_venv postgres
DESK="$VENV/bin/summit-desk"
if ! "$DESK" stats "$@" >/dev/null 2>&1; then
  say "creating the demo event"
  "$DESK" demo "$@"
fi
exec "$DESK" "$@"
