#!/usr/bin/env bash
# Renders the main window with a realistic bilingual post into docs/screenshot.png on a
# virtual X server (Xvfb), the way it looks on a Linux desktop. Extra arguments go to
# scripts/screenshot.py (e.g. an output path and --lang fi). SCREEN=1366x768 sets the
# virtual screen's size (default 1600x1000); with --fill the window fills it. The X server
# takes the first free display number, so several renders can run at once.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/translations_build.py >/dev/null || true
ready="$(mktemp)"
Xvfb -displayfd 3 -screen 0 "${SCREEN:-1600x1000}x24" -nolisten tcp 3>"$ready" >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -f "$ready"' EXIT
for _ in $(seq 100); do
  [ -s "$ready" ] && break
  sleep 0.1
done
[ -s "$ready" ] || { echo "screenshot: Xvfb did not start" >&2; exit 1; }
DISPLAY=":$(head -n1 "$ready")" QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshot.py "$@"
