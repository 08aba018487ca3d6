#!/usr/bin/env bash
# Renders resources/icons/swarmplay.svg into the raster icons the installers need, which are
# checked in so a build needs none of these tools:
#   resources/icons/hicolor/NxN/swarmplay.png  Linux (hicolor theme), N = 16 ... 512
#   resources/icons/swarmplay.ico              Windows (.rc file and the NSIS installer)
#   resources/icons/swarmplay.icns             macOS (app bundle)
# Run it again after changing the SVG. Needs rsvg-convert, icotool and png2icns
# (Debian: sudo apt install librsvg2-bin icoutils icnsutils).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ICONS="$HERE/resources/icons"
SVG="$ICONS/swarmplay.svg"

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing (see the header of $0)" >&2; exit 1; }
done

for n in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$ICONS/hicolor/${n}x${n}"
    rsvg-convert --width "$n" --height "$n" --format png -o "$ICONS/hicolor/${n}x${n}/swarmplay.png" "$SVG"
done

# Windows shows 16-48 in lists and 256 in large views; 256 is stored as PNG inside the .ico.
icotool --create -o "$ICONS/swarmplay.ico" \
    "$ICONS/hicolor/16x16/swarmplay.png" "$ICONS/hicolor/24x24/swarmplay.png" \
    "$ICONS/hicolor/32x32/swarmplay.png" "$ICONS/hicolor/48x48/swarmplay.png" \
    "$ICONS/hicolor/64x64/swarmplay.png" --raw="$ICONS/hicolor/256x256/swarmplay.png"

# png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512) from the files' own sizes.
png2icns "$ICONS/swarmplay.icns" \
    "$ICONS/hicolor/16x16/swarmplay.png" "$ICONS/hicolor/32x32/swarmplay.png" \
    "$ICONS/hicolor/48x48/swarmplay.png" "$ICONS/hicolor/128x128/swarmplay.png" \
    "$ICONS/hicolor/256x256/swarmplay.png" "$ICONS/hicolor/512x512/swarmplay.png" >/dev/null

echo "make-icons: wrote $ICONS/hicolor/*/swarmplay.png, swarmplay.ico and swarmplay.icns"
