#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs the whole test suite:
#  1. lint (ruff) and the type checker (mypy on src/, configured in pyproject.toml);
#  2. the UI translations compiled (translations/*.ts -> .qm);
#  3. the desktop bundle built with PyInstaller (packaging/build.sh, about 1–2 minutes),
#     so that the test suite smoke-tests the real bundle (SKIP_PACKAGE=1 leaves it out);
#  4. pytest with Qt offscreen, inside a private D-Bus session with a real Secret Service
#     so the keyring tests talk to gnome-keyring; the tests marked xvfb open the real
#     window on a virtual X server of their own (Xvfb, xcb) and are skipped, saying why,
#     where none starts (-m "not xvfb" leaves them out).
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
lint_paths=()
for d in src tests benchmarks packaging scripts; do [ -e "$d" ] && lint_paths+=("$d"); done
.venv/bin/ruff check "${lint_paths[@]}"
.venv/bin/mypy
.venv/bin/python scripts/translations_build.py
if [ -z "${SKIP_PACKAGE:-}" ]; then
  SKIP_SMOKE=1 bash packaging/build.sh
  export COMPOSER_REQUIRE_BUNDLE=1
fi
export QT_QPA_PLATFORM=offscreen
exec bash scripts/with-keyring.sh .venv/bin/python -m pytest "$@"
