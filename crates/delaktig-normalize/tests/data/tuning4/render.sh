#!/bin/sh
# Renders every clean text of the fourth tuning set to page images and reads them back with
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
for n in brukarradet-ekonomiskt-bistand-8-oktober inbjudan-aterhamtningsskolan \
  avvikelser-missbruksvarden-2024 svar-till-anhorignatverket; do
  python3 "$R" "clean/$n.txt" "ocr/$n.mono.txt" --font mono
done
for n in arbetsgruppen-sprutbyte-16-januari intervju-foraldragruppen \
  forslag-kooperativet-vandpunkten granskning-akutboendet-bagarmossen; do
  python3 "$R" "clean/$n.txt" "ocr/$n.serif-scan.txt" --font serif --scan
done
for n in brukarradet-ekonomiskt-bistand-8-oktober svar-till-anhorignatverket \
  inbjudan-aterhamtningsskolan arbetsgruppen-sprutbyte-16-januari; do
  python3 "$R" "clean/$n.txt" "ocr/$n.sans-scan.txt" --font sans --scan
done
