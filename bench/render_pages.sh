#!/bin/sh
# Render every page of a cheat-sheet PDF to PNG (poppler's pdftoppm), to look at the layout.
#   bench/render_pages.sh [dist/aws-saa.pdf] [out-dir] [dpi]
# Needs poppler-utils (apt-get install -y poppler-utils).
set -eu
pdf=${1:-dist/aws-saa.pdf}
out=${2:-dist/pages}
dpi=${3:-110}
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install -y poppler-utils" >&2; exit 1; }
mkdir -p "$out"
rm -f "$out"/page-*.png
pdftoppm -r "$dpi" -png "$pdf" "$out/page"
ls "$out"/page-*.png
