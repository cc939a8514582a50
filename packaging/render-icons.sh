#!/usr/bin/env bash
# Render resources/icons/recourse.svg (the source) to PNGs at the standard sizes with rsvg-convert.
# The PNGs are committed (the window icon needs them from a source checkout); run after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" resources/icons/recourse.svg \
        --output "resources/icons/recourse-$size.png"
done
ls resources/icons
