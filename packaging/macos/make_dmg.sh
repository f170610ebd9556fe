#!/bin/sh
# macOS disk image of dist/BrochureDesk.app (built by `python packaging/bundle.py` on a Mac:
# the spec's BUNDLE step writes the .app with its Info.plist and the .icns icon).
#
#   packaging/macos/make_dmg.sh [VERSION]   ->  dist/BrochureDesk-VERSION-macos-ARCH.dmg
#
# The image holds the app and a link to /Applications, so the user drags one onto the other.
# Without a Developer ID the app is signed ad hoc (Apple silicon refuses unsigned code); set
# CODESIGN_IDENTITY to sign for distribution (notarisation is a separate step with notarytool).
set -eu
cd "$(dirname "$0")/../.."
version="${1:-$(python3 -c 'import sys; sys.path.insert(0, "src"); import brochuredesk; print(brochuredesk.__version__)')}"
app="dist/BrochureDesk.app"
[ -d "$app" ] || { echo "no $app: run python packaging/bundle.py first" >&2; exit 1; }
codesign --force --deep --options runtime --sign "${CODESIGN_IDENTITY:--}" "$app"
codesign --verify --deep --strict "$app"
stage="build/dmg"
rm -rf "$stage"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
out="dist/BrochureDesk-${version}-macos-$(uname -m).dmg"
rm -f "$out"
hdiutil create -volname "BrochureDesk ${version}" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
echo "$out"
