#!/bin/sh
# Renders the clean texts of one evaluation set to page images and reads them back with
# tesseract's English model (/work/shared/tools/render_ocr.py, the renderer of the tuning
# corpus): every text in serif and in sans, then the further renderings the set's
# `renderings` file lists, one "NAME STYLE" per line (STYLE: mono, serif-scan or
# sans-scan). The output goes to SET/ocr/NAME.STYLE.txt.
# Usage: sh render-set.sh SET_DIR [/path/to/render_ocr.py]
set -e
SET=${1:?usage: sh render-set.sh SET_DIR [/path/to/render_ocr.py]}
R=${2:-/work/shared/tools/render_ocr.py}
cd "$SET"
mkdir -p ocr
for f in clean/*.txt; do
  n=$(basename "$f" .txt)
  python3 "$R" "$f" "ocr/$n.serif.txt" --font serif
  python3 "$R" "$f" "ocr/$n.sans.txt" --font sans
done
while read -r n style; do
  case "$style" in
    mono) python3 "$R" "clean/$n.txt" "ocr/$n.mono.txt" --font mono ;;
    serif-scan) python3 "$R" "clean/$n.txt" "ocr/$n.serif-scan.txt" --font serif --scan ;;
    sans-scan) python3 "$R" "clean/$n.txt" "ocr/$n.sans-scan.txt" --font sans --scan ;;
    *) echo "render-set.sh: unknown style '$style' for $n" >&2; exit 1 ;;
  esac
done < renderings
