#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and starts the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python scripts/translations_build.py
exec .venv/bin/python -m composer.ui.app "$@"
