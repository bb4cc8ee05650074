#!/usr/bin/env bash
# Runs a command in a private D-Bus session with a real, unlocked gnome-keyring Secret
# Service, so the credentials-store tests use a real keyring:
#   bash scripts/with-keyring.sh .venv/bin/python -m pytest
# The keyring lives in a throw-away folder with a throw-away password. The session bus
# starts the Secret Service on first use (D-Bus activation) through a small script that
# unlocks it with that password: should the daemon ever stop, the next request starts
# it again, unlocked, on the same keyring (a daemon started any other way would ask for
# the password in a dialog, which no one can answer here). Without dbus-run-session or
# gnome-keyring-daemon the command runs as it is, and the keyring tests skip.
set -euo pipefail
if ! command -v dbus-run-session >/dev/null 2>&1 \
  || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "with-keyring: dbus-run-session or gnome-keyring-daemon missing" \
    "(Debian: dbus gnome-keyring); the keyring tests will skip" >&2
  exec "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data" "$work/services"
cat > "$work/secret-service" <<EOF
#!/bin/sh
export XDG_DATA_HOME='$work/data'
printf '%s' composer-test-keyring | exec gnome-keyring-daemon --unlock --foreground --components=secrets >/dev/null
EOF
chmod +x "$work/secret-service"
cat > "$work/services/org.freedesktop.secrets.service" <<EOF
[D-BUS Service]
Name=org.freedesktop.secrets
Exec=$work/secret-service
EOF
cat > "$work/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$work</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$work/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
# The keyring tests must not silently skip when the Secret Service is there.
export COMPOSER_REQUIRE_KEYRING=1
status=0
dbus-run-session --config-file="$work/session.conf" -- "$@" || status=$?
exit "$status"
