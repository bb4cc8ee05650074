#!/usr/bin/env bash
# Renders the main window with a realistic bilingual post into docs/screenshot.png on a
# virtual X server (Xvfb), the way it looks on a Linux desktop. Extra arguments go to
# scripts/screenshot.py (e.g. an output path and --lang fi).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/translations_build.py >/dev/null || true
display=":99"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  [ -e "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.1
done
DISPLAY="$display" QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshot.py "$@"
