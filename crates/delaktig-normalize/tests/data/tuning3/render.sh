#!/bin/sh
# Renders every clean text of the third tuning set to page images and reads them back with
# tesseract's English model, as for the held-out set; the output goes to ocr/NAME.FONT.txt.
# Usage: sh render.sh /path/to/render_ocr.py
set -e
R=${1:-/work/shared/tools/render_ocr.py}
cd "$(dirname "$0")"
for f in clean/*.txt; do
  n=$(basename "$f" .txt)
  python3 "$R" "$f" "ocr/$n.serif.txt" --font serif
  python3 "$R" "$f" "ocr/$n.sans.txt" --font sans
done
for n in projektgruppen-bostad-forst-12-september inbjudan-kamratstodskafet \
  nyhetsbrev-foreningen-ankaret radet-for-funktionshinderfragor-5-mars; do
  python3 "$R" "clean/$n.txt" "ocr/$n.mono.txt" --font mono
done
for n in referensgruppen-unga-vuxna-23-april forslag-dialogmote-arbetsstod \
  uppfoljning-klagomalshanteringen studiebesok-vaxjo; do
  python3 "$R" "clean/$n.txt" "ocr/$n.serif-scan.txt" --font serif --scan
done
for n in radet-for-funktionshinderfragor-5-mars studiebesok-vaxjo \
  nyhetsbrev-foreningen-ankaret referensgruppen-unga-vuxna-23-april; do
  python3 "$R" "clean/$n.txt" "ocr/$n.sans-scan.txt" --font sans --scan
done
