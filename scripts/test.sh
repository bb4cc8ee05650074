#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs the whole test suite: lint, then pytest
# with Qt offscreen, inside a private D-Bus session with a real Secret Service so the
# keyring tests talk to gnome-keyring; then builds the desktop bundle and smoke-tests it
# (packaging/build.sh). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m composer.ui.translations_build 2>/dev/null || true
lint_paths=()
for d in src tests benchmarks packaging scripts; do [ -e "$d" ] && lint_paths+=("$d"); done
.venv/bin/ruff check "${lint_paths[@]}"
export QT_QPA_PLATFORM=offscreen
dbus-run-session -- bash scripts/with-keyring.sh .venv/bin/python -m pytest "$@"
# The installable bundle: PyInstaller build and its smoke test (about 1–2 minutes).
# SKIP_PACKAGE=1 leaves it out.
if [ -z "${SKIP_PACKAGE:-}" ]; then
  bash packaging/build.sh
fi
