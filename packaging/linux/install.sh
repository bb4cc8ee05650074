#!/usr/bin/env bash
# Installs composer for the current user (no root needed):
#   - the bundle (default dist/composer, built by packaging/build.sh) into
#     ~/.local/share/fi.composer.Composer/ (or $COMPOSER_INSTALL_DIR), and
#     ~/.local/bin/composer (drafts and settings live elsewhere: ~/.local/share/composer
#     and ~/.config/composer, and are never touched here);
#   - the menu entry, the icons in all sizes, the AppStream metadata and the
#     *.post.json file type (opening in composer) under ~/.local/share/;
#   - then refreshes the desktop, MIME and icon caches where those tools exist.
#
#   bash packaging/linux/install.sh [BUNDLE]        install or update
#   bash packaging/linux/install.sh --uninstall     remove everything installed here
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PACKAGING=$(dirname "$HERE")
ID=fi.composer.Composer
SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
TARGET=${COMPOSER_INSTALL_DIR:-$SHARE/$ID}

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
  command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
  command -v gtk-update-icon-cache >/dev/null \
    && gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$SHARE/applications/$ID.desktop" "$SHARE/metainfo/$ID.metainfo.xml" \
        "$SHARE/mime/packages/$ID-post.xml"
  rm -f "$SHARE"/icons/hicolor/*/apps/"$ID".png "$SHARE/icons/hicolor/scalable/apps/$ID.svg"
  if [ -L "$BIN/composer" ] && [ "$(readlink "$BIN/composer")" = "$TARGET/composer" ]; then
    rm -f "$BIN/composer"
  fi
  # Only remove a folder that really holds a composer bundle.
  if [ -x "$TARGET/composer" ] && [ -d "$TARGET/_internal" ]; then rm -rf "$TARGET"; fi
  refresh
  echo "composer uninstalled (drafts and settings stay in $SHARE/composer and ~/.config/composer)"
  exit 0
fi

BUNDLE=$(cd "${1:-$PACKAGING/../dist/composer}" 2>/dev/null && pwd) || {
  echo "install: no bundle; build it first with: bash packaging/build.sh" >&2; exit 1; }
[ -x "$BUNDLE/composer" ] || { echo "install: $BUNDLE/composer is not a composer bundle" >&2; exit 1; }

if [ "$BUNDLE" != "$TARGET" ]; then
  mkdir -p "$(dirname "$TARGET")"
  rm -rf "$TARGET.new"
  cp -a "$BUNDLE" "$TARGET.new"
  rm -rf "$TARGET"
  mv "$TARGET.new" "$TARGET"
fi
mkdir -p "$BIN"
ln -sfn "$TARGET/composer" "$BIN/composer"

mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
# The menu entry starts this installation wherever it is, even if ~/.local/bin is not
# on PATH.
sed -e "s|^Exec=composer |Exec=\"$TARGET/composer\" |" -e "s|^TryExec=.*|TryExec=$TARGET/composer|" \
  "$HERE/$ID.desktop" > "$SHARE/applications/$ID.desktop"
cp "$HERE/$ID.metainfo.xml" "$SHARE/metainfo/"
cp "$HERE/$ID-post.xml" "$SHARE/mime/packages/"
for icon in "$PACKAGING"/icons/hicolor/*/apps/"$ID".png; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$SHARE/icons/hicolor/$size/apps"
  cp "$icon" "$SHARE/icons/hicolor/$size/apps/"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$PACKAGING/icons/composer.svg" "$SHARE/icons/hicolor/scalable/apps/$ID.svg"
refresh
echo "composer installed in $TARGET; start it from the menu or with: $BIN/composer"
