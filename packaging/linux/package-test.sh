#!/usr/bin/env bash
# make package-test: install the .deb on this machine (root) and run the installed, frozen program:
#   recourse-cli --version, create a vault, render a submission PDF, start the window offscreen
#   and quit; then measure bundle size and cold start-up to the unlock screen; then remove the package.
# Without root, the same checks run on the portable tarball unpacked into a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
DEB=$(ls dist/recourse_"$VERSION"_*.deb)
WORK=$(mktemp -d)
export RECOURSE_HOME=$WORK/home   # nothing of the tester's own data is touched
export QT_QPA_PLATFORM=offscreen
step() { printf '\n== %s\n' "$*"; }

if [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null; then
    step "install $DEB"
    if dpkg -s recourse >/dev/null 2>&1; then echo "recourse is already installed: remove it first" >&2; exit 1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$ROOT/$DEB" >/dev/null 2>&1 || dpkg -i "$DEB"
    trap 'dpkg -r recourse >/dev/null; rm -rf "$WORK"' EXIT
    BIN=/usr/bin
    PREFIX=/opt/recourse
    test -f /usr/share/applications/org.recourse.Recourse.desktop
    test -f /usr/share/icons/hicolor/256x256/apps/org.recourse.Recourse.png
else
    step "no root: testing the portable tarball instead"
    trap 'rm -rf "$WORK"' EXIT
    tar -C "$WORK" -xzf dist/recourse-"$VERSION"-linux-*.tar.gz
    BIN=$(echo "$WORK"/recourse-"$VERSION"-linux-*)
    PREFIX=$BIN
fi

step "recourse-cli --version"
"$BIN/recourse-cli" --version | tee "$WORK/version"
grep -qx "recourse-cli $VERSION" "$WORK/version"
"$BIN/recourse" --version

step "create a vault"
printf 'package test passphrase one two three\n' > "$WORK/pass"
KDF=(--kdf-memory-mib 64 --kdf-iterations 3)
"$BIN/recourse-cli" --vault "$WORK/vault" --passphrase-file "$WORK/pass" init "${KDF[@]}"
"$BIN/recourse-cli" --vault "$WORK/vault" --passphrase-file "$WORK/pass" info

step "render a submission PDF (demo case, WGAD form, French)"
"$BIN/recourse-cli" demo "$WORK/demo" --passphrase-file "$WORK/pass" "${KDF[@]}" >/dev/null
"$BIN/recourse-cli" --vault "$WORK/demo" --passphrase-file "$WORK/pass" \
    submission render DEMO-001 --form wgad --lang fr -o "$WORK/wgad.pdf"
head -c 5 "$WORK/wgad.pdf" | grep -q '%PDF-'
if command -v pdftotext >/dev/null; then
    pdftotext "$WORK/wgad.pdf" "$WORK/wgad.txt"
    grep -q "Questionnaire type" "$WORK/wgad.txt"
    echo "the PDF reads back (pdftotext): the French WGAD questionnaire"
fi

step "start the window offscreen and quit"
"$BIN/recourse" --startup-check "$WORK/vault" | tee "$WORK/start"
grep -q "unlock screen" "$WORK/start"

step "figures for docs/performance.md"
echo "installed bundle: $(du -sh "$PREFIX" | cut -f1)  ($PREFIX)"
echo "package: $(du -h "$DEB" | cut -f1)  $DEB"
if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then cache="cold (page cache dropped)"; else cache="warm (page cache could not be dropped)"; fi
start=$(date +%s.%N)
"$BIN/recourse" --startup-check "$WORK/vault" > "$WORK/start1"
end=$(date +%s.%N)
echo "start-up to the unlock screen, $cache: $(cat "$WORK/start1" | sed 's/.*shown //'); whole run with quit: $(echo "$end - $start" | bc) s"
for i in 1 2 3; do "$BIN/recourse" --startup-check "$WORK/vault" | sed 's/.*shown /warm: /'; done
step "package test passed"
