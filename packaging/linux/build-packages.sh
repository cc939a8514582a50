#!/usr/bin/env bash
# Linux packages from the PyInstaller bundle in dist/recourse/ (make bundle):
#   dist/recourse_<version>_<arch>.deb         (dpkg-deb, installs under /opt/recourse)
#   dist/recourse-<version>-linux-<arch>.tar.gz (portable: unpack anywhere, ./recourse)
# AppImage tooling (appimagetool) is not available offline, so the portable form is a tarball.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
LINUX=$ROOT/packaging/linux
APP_ID=org.recourse.Recourse
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
ARCH=$(dpkg --print-architecture)
BUNDLE=$ROOT/dist/recourse
[ -x "$BUNDLE/recourse" ] && [ -x "$BUNDLE/recourse-cli" ] || { echo "no bundle: run make bundle" >&2; exit 1; }

desktop-file-validate "$LINUX/$APP_ID.desktop"
appstreamcli validate --no-net --explain "$LINUX/$APP_ID.metainfo.xml" >/dev/null

# --- .deb --------------------------------------------------------------------------------------
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
PKG=$STAGE/recourse
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
         "$PKG/usr/share/mime/packages" "$PKG/usr/share/doc/recourse" "$PKG/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$PKG/opt/recourse"
ln -s /opt/recourse/recourse "$PKG/usr/bin/recourse"
ln -s /opt/recourse/recourse-cli "$PKG/usr/bin/recourse-cli"
install -m 644 "$LINUX/$APP_ID.desktop" "$PKG/usr/share/applications/$APP_ID.desktop"
install -m 644 "$LINUX/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$LINUX/$APP_ID.mime.xml" "$PKG/usr/share/mime/packages/$APP_ID.xml"
install -m 644 resources/icons/recourse.svg "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/recourse-*.png; do
    size=$(basename "$png" .png); size=${size#recourse-}
    mkdir -p "$PKG/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
cat > "$PKG/usr/share/doc/recourse/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Recourse
Files: *
Copyright: The Recourse developers
License: GPL-3.0-or-later
 On Debian systems, the full text is in /usr/share/common-licenses/GPL-3.
 Fonts and other third-party files under /opt/recourse/_internal/resources carry their own licences
 (see the LICENSE and OFL files beside them).
COPYRIGHT
SIZE_KB=$(du -sk "$PKG" | cut -f1)
# The bundle carries Python and Qt; these are the system libraries Qt's xcb platform loads.
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: recourse
Version: $VERSION
Architecture: $ARCH
Maintainer: The Recourse developers <maintainers@recourse.invalid>
Installed-Size: $SIZE_KB
Section: misc
Priority: optional
Depends: libc6 (>= 2.31), libegl1, libgl1, libxkbcommon0, libfontconfig1, libfreetype6, libglib2.0-0 | libglib2.0-0t64, libdbus-1-3, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, libx11-xcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1
Homepage: https://recourse.invalid/
Description: encrypted, offline case files and UN submissions
 Recourse keeps the case files of human-rights documenters in an encrypted
 vault on their own computer (SQLCipher, each evidence file encrypted
 separately) and turns them into submissions to the UN Working Group on
 Arbitrary Detention and the Special Procedures, as PDF. It never opens a
 network connection. Commands: recourse (desktop), recourse-cli.
CONTROL
# desktop, MIME and icon caches are refreshed by dpkg triggers (desktop-file-utils,
# shared-mime-info, hicolor-icon-theme): no maintainer scripts are needed.
DEB=$ROOT/dist/recourse_${VERSION}_${ARCH}.deb
fakeroot dpkg-deb --build --root-owner-group -Zxz "$PKG" "$DEB" >/dev/null
echo "$DEB ($(du -h "$DEB" | cut -f1))"

# --- portable tarball ----------------------------------------------------------------------------
NAME=recourse-$VERSION-linux-$(uname -m)
TREE=$STAGE/$NAME
cp -a "$BUNDLE" "$TREE"
install -m 644 "$LINUX/$APP_ID.desktop" "$LINUX/$APP_ID.mime.xml" "$TREE/"
install -m 644 resources/icons/recourse.svg "$TREE/$APP_ID.svg"
install -m 755 "$LINUX/install-desktop-entry.sh" "$TREE/install-desktop-entry.sh"
TAR=$ROOT/dist/$NAME.tar.gz
tar -C "$STAGE" --owner=0 --group=0 -czf "$TAR" "$NAME"
echo "$TAR ($(du -h "$TAR" | cut -f1))"
