#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring Secret Service on the current D-Bus
# session (start it under dbus-run-session), so the credentials-store tests use a real
# keyring. The keyring lives in a throw-away folder with a throw-away password.
set -euo pipefail
if command -v gnome-keyring-daemon >/dev/null 2>&1 && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  XDG_DATA_HOME=$(mktemp -d)
  export XDG_DATA_HOME
  eval "$(printf 'composer-test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
  export GNOME_KEYRING_CONTROL
  # The keyring tests must not silently skip when the Secret Service is there.
  export COMPOSER_REQUIRE_KEYRING=1
fi
exec "$@"
