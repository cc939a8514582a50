#!/usr/bin/env bash
# macOS build of Recourse: one command from the repository root on a Mac:
#     packaging/macos/build-dmg.sh                 unsigned Recourse.app and DMG (for testing)
#     SIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" NOTARY_PROFILE=recourse \
#         packaging/macos/build-dmg.sh             signed, notarised and stapled
# Needs: Python 3.11 (python.org universal2 or Homebrew), Xcode command-line tools (iconutil,
# codesign, hdiutil, xcrun).  NOTARY_PROFILE is a keychain profile made once with
#     xcrun notarytool store-credentials recourse --apple-id ID --team-id TEAMID --password APP-PASSWORD
# Output: dist/Recourse.app and dist/Recourse-<version>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)

[ -d .venv ] || python3.11 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --require-hashes -r requirements.lock
.venv/bin/python -m pip install --quiet --no-deps -e .
.venv/bin/python -m pip install --quiet "pyinstaller==6.22.3"
for ts in translations/recourse_*.ts; do .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"; done

# the icon: an .iconset from the PNGs rendered from resources/icons/recourse.svg
ICONSET=$(mktemp -d)/recourse.iconset
mkdir -p "$ICONSET"
for s in 16 32 128 256 512; do
    cp "resources/icons/recourse-$s.png" "$ICONSET/icon_${s}x${s}.png"
    [ "$s" -le 256 ] && cp "resources/icons/recourse-$((s * 2)).png" "$ICONSET/icon_${s}x${s}@2x.png" 2>/dev/null || true
done
iconutil -c icns "$ICONSET" -o packaging/macos/recourse.icns

.venv/bin/pyinstaller packaging/recourse.spec --noconfirm
APP=dist/Recourse.app
"$APP/Contents/MacOS/recourse-cli" --version

if [ -n "${SIGN_IDENTITY:-}" ]; then
    # hardened runtime + secure timestamp: required for notarisation
    codesign --force --deep --options runtime --timestamp \
        --entitlements packaging/macos/entitlements.plist --sign "$SIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

DMG=dist/Recourse-$VERSION.dmg
rm -f "$DMG"
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Recourse $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$SIGN_IDENTITY" "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi
echo "$DMG"
