#!/bin/sh
# Renders every clean text to page images and reads them back with tesseract's English model
# (../../../../../../shared/tools/render_ocr.py is the renderer used for the tuning corpus too).
# Usage: sh render.sh /path/to/render_ocr.py
set -e
R=${1:-/work/shared/tools/render_ocr.py}
cd "$(dirname "$0")"
for f in clean/*.txt; do
  n=$(basename "$f" .txt)
  python3 "$R" "$f" "ocr/$n.serif.txt" --font serif
  python3 "$R" "$f" "ocr/$n.sans.txt" --font sans
done
for n in brukarradet-14-mars uppfoljning-vagen-framat; do
  python3 "$R" "clean/$n.txt" "ocr/$n.mono.txt" --font mono
done
for n in inbjudan-dialogmote samrad-boende workshop-digitalt-stod; do
  python3 "$R" "clean/$n.txt" "ocr/$n.serif-scan.txt" --font serif --scan
done
for n in arbetsgrupp-ungdomar forslag-kvallsoppen-motesplats; do
  python3 "$R" "clean/$n.txt" "ocr/$n.sans-scan.txt" --font sans --scan
done
