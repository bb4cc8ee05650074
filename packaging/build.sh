#!/usr/bin/env bash
# Builds the desktop bundle into dist/composer/ with PyInstaller (packaging/composer.spec)
# and runs the smoke test on it (packaging/smoke_test.sh). `make package` runs this.
#
#   bash packaging/build.sh            build and smoke-test
#   SKIP_SMOKE=1 bash packaging/build.sh   build only
#
# Needs the development environment (.venv from scripts/setup.sh, with PyInstaller) and the
# system spell engines it bundles (libvoikko1, voikko-fi, hunspell-sv, hunspell-en-gb,
# hunspell-en-us). Prints the bundle's size and the build time.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
started=$(date +%s)

# The compiled UI translations go into the bundle: build them from translations/*.ts.
"$PYTHON" scripts/translations_build.py

version=$("$PYTHON" -c "import composer; print(composer.__version__)")
echo "build: composer $version"
rm -rf dist/composer build/composer
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build packaging/composer.spec

echo "build: dist/composer $(du -sh dist/composer | cut -f1) in $(( $(date +%s) - started )) s"

if [ -z "${SKIP_SMOKE:-}" ]; then
  bash packaging/smoke_test.sh dist/composer
fi
