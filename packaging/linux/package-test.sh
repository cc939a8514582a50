#!/usr/bin/env bash
# make package-test: run the frozen program from the built packages, as a user would get it.
#   The .deb is unpacked into a temporary root with `dpkg -x` (nothing is installed on this machine,
#   no root needed); its layout is checked (launchers, desktop entry, AppStream, MIME type, icons);
#   then the installed tree runs: recourse-cli --version, create a vault, render a submission PDF and
#   read it back with pdftotext, start the window offscreen and quit. The portable tarball is
#   unpacked and its launchers run too. Last, the figures for docs/performance.md: installed size and
#   start-up time to the unlock screen (cold when the page cache can be dropped, i.e. as root on a
#   real machine; otherwise said to be warm).
# Needs the packages in dist/ (make package); `packaging/linux/package-test.sh` alone re-tests them.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
DEB=$(ls dist/recourse_"$VERSION"_*.deb)
TAR=$(ls dist/recourse-"$VERSION"-linux-*.tar.gz)
APP_ID=org.recourse.Recourse
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export RECOURSE_HOME=$WORK/home   # nothing of the tester's own data is touched
export QT_QPA_PLATFORM=offscreen
step() { printf '\n== %s\n' "$*"; }
T0=$(date +%s)

step "unpack $DEB into a temporary root (dpkg -x)"
dpkg-deb --field "$DEB" Package Version Architecture | tee "$WORK/control"
grep -qx "Version: $VERSION" "$WORK/control"
ROOT=$WORK/root
dpkg -x "$DEB" "$ROOT"
PREFIX=$ROOT/opt/recourse
for cmd in recourse recourse-cli; do
    [ "$(readlink "$ROOT/usr/bin/$cmd")" = "/opt/recourse/$cmd" ] || { echo "/usr/bin/$cmd is not a link to /opt/recourse/$cmd" >&2; exit 1; }
    test -x "$PREFIX/$cmd"
done
desktop-file-validate "$ROOT/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null
grep -q 'application/x-recourse-backup' "$ROOT/usr/share/mime/packages/$APP_ID.xml"
for size in 16 32 48 64 128 256 512; do test -f "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
test -f "$ROOT/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
echo "layout: launchers, desktop entry, AppStream metainfo, MIME type and icons are in place"

step "recourse-cli --version / recourse --version / recourse --help"
"$PREFIX/recourse-cli" --version | tee "$WORK/version"
grep -qx "recourse-cli $VERSION" "$WORK/version"
"$PREFIX/recourse" --version
"$PREFIX/recourse" --help | head -3

step "create a vault"
printf 'package test passphrase one two three\n' > "$WORK/pass"
KDF=(--kdf-memory-mib 64 --kdf-iterations 3)
"$PREFIX/recourse-cli" --vault "$WORK/vault" --passphrase-file "$WORK/pass" init "${KDF[@]}"
"$PREFIX/recourse-cli" --vault "$WORK/vault" --passphrase-file "$WORK/pass" info

step "render a submission PDF (demo case, WGAD form, French) and read it back"
"$PREFIX/recourse-cli" demo "$WORK/demo" --passphrase-file "$WORK/pass" "${KDF[@]}" >/dev/null
"$PREFIX/recourse-cli" --vault "$WORK/demo" --passphrase-file "$WORK/pass" \
    submission render DEMO-001 --form wgad --lang fr -o "$WORK/wgad.pdf"
pdftotext "$WORK/wgad.pdf" - | tr -s ' \n' '  ' > "$WORK/wgad.txt"   # one line: words wrap anywhere
grep -q "Groupe de travail sur la détention arbitraire" "$WORK/wgad.txt"   # the French form, from the bundled resources
grep -q "DEMO-001" "$WORK/wgad.txt"                                     # the case, through the importer and the vault
echo "the PDF reads back with pdftotext: $(pdfinfo "$WORK/wgad.pdf" | sed -n 's/^Pages: *//p') pages of the French WGAD questionnaire for DEMO-001"

step "start the window offscreen and quit"
"$PREFIX/recourse" --startup-check "$WORK/vault" | tee "$WORK/start"
grep -q "unlock screen" "$WORK/start"

step "the portable tarball"
tar -C "$WORK" -xzf "$TAR"
PORTABLE=$(echo "$WORK"/recourse-"$VERSION"-linux-*/)
"$PORTABLE/recourse-cli" --version | grep -qx "recourse-cli $VERSION"
"$PORTABLE/recourse" --startup-check "$WORK/vault" | grep -q "unlock screen"
test -x "$PORTABLE/install-desktop-entry.sh"
echo "unpacks and starts: $(basename "$PORTABLE")"

step "figures for docs/performance.md"
echo "installed (/opt/recourse): $(du -sh "$PREFIX" | cut -f1); .deb: $(du -h "$DEB" | cut -f1); tarball: $(du -h "$TAR" | cut -f1)"
if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then cache="cold (page cache dropped)"; else cache="warm (the page cache cannot be dropped here)"; fi
start=$(date +%s.%N)
"$PREFIX/recourse" --startup-check "$WORK/vault" > "$WORK/start1"
end=$(date +%s.%N)
echo "first start after unpacking, $cache: $(sed 's/.*shown //' "$WORK/start1"); process start to exit: $(echo "$end - $start" | bc) s"
for _ in 1 2 3; do "$PREFIX/recourse" --startup-check "$WORK/vault" | sed 's/.*shown /warm: /'; done
step "package test passed in $(( $(date +%s) - T0 )) s"
