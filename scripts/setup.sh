#!/usr/bin/env bash
# Sets up everything composer needs on a Debian machine: the system packages
# (spell engines and dictionaries, Qt's runtime libraries, a virtual screen and a
# Secret Service for tests) and a virtual environment in .venv with the package.
# Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # spelling: Voikko with Finnish morphology, Hunspell dictionaries; French, Spanish,
  # Italian and German ones tell a quoted phrase ("La Comédie humaine") from misspellings
  libvoikko1 voikko-fi hunspell-sv hunspell-en-us hunspell-en-gb
  hunspell-fr hunspell-es hunspell-it hunspell-de-de
  # Qt runtime (offscreen and xcb platforms), fonts including emoji
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0
  fonts-dejavu-core fonts-noto-color-emoji
  # a real window for screenshots, a Secret Service for keyring tests, AppStream validation
  xvfb xauth dbus dbus-x11 gnome-keyring appstream desktop-file-utils
  # the desktop bundle: PyInstaller needs objdump and strip; MIME database for its tests
  binutils shared-mime-info
  # benchmarks: /usr/bin/time -v for whole-process peak memory
  time
)

# A Debian system Python needs python3-venv for "python3 -m venv".
if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
  APT_PACKAGES+=(python3 python3-venv)
fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
