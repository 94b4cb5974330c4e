#!/usr/bin/env bash
# Wrap Proofreader.app in a compressed disk image with an Applications link to drag it onto
# (the macOS twin of the .deb). packaging/build.py calls it after PyInstaller; macOS only (hdiutil).
#   bash packaging/macos/make_dmg.sh dist/Proofreader.app dist/Proofreader-0.1.0.dmg
set -euo pipefail
app="${1:?usage: make_dmg.sh APP DMG}"
dmg="${2:?usage: make_dmg.sh APP DMG}"
if [ ! -d "$app" ]; then
  echo "No app bundle at $app: run 'uv run python packaging/build.py' first." >&2
  exit 2
fi
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/$(basename "$app")"   # ditto keeps the bundle's links and signatures
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Proofreader" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg" >/dev/null
hdiutil verify "$dmg" >/dev/null
echo "$dmg"
