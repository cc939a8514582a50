#!/usr/bin/env bash
# Portable Recourse: add it to this user's application menu (no root needed).
# Run from the unpacked folder: ./install-desktop-entry.sh      (--remove to undo)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=org.recourse.Recourse
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--remove" ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg" \
          "$DATA/mime/packages/$APP_ID.xml"
else
    mkdir -p "$DATA/applications" "$DATA/icons/hicolor/scalable/apps" "$DATA/mime/packages"
    sed -e "s|^Exec=recourse|Exec=\"$HERE/recourse\"|" -e "s|^TryExec=recourse|TryExec=$HERE/recourse|" \
        "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
    cp "$HERE/$APP_ID.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    cp "$HERE/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
fi
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
