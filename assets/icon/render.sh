#!/usr/bin/env bash
# Renders seqdesk.svg into the PNG sizes, the Windows .ico and the macOS .icns, and copies
# the PNGs the window uses into the app's resources. Needs ImageMagick (convert) and, for
# the .icns, png2icns (Debian package icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
CONVERT=${CONVERT:-/usr/bin/convert}
SIZES="16 32 48 64 128 256 512"

for s in $SIZES; do
    # Render at four times the size, then scale down: sharper edges on small sizes.
    "$CONVERT" -background none -density $((96 * 4 * s / 512 + 1)) seqdesk.svg \
        -resize "${s}x${s}" -depth 8 -strip "PNG32:seqdesk-${s}.png"
done

"$CONVERT" seqdesk-16.png seqdesk-32.png seqdesk-48.png seqdesk-64.png seqdesk-128.png \
    seqdesk-256.png seqdesk.ico

if command -v png2icns >/dev/null; then
    png2icns seqdesk.icns seqdesk-16.png seqdesk-32.png seqdesk-128.png seqdesk-256.png \
        seqdesk-512.png >/dev/null
else
    echo "png2icns not found (apt-get install icnsutils); seqdesk.icns left as it was" >&2
fi

res=../../src/main/resources/org/seqdesk/app/icons
mkdir -p "$res"
for s in 16 32 48 64 128 256; do
    cp "seqdesk-${s}.png" "$res/"
done
echo "icons written to $(pwd) and $res"
