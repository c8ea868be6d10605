#!/bin/sh
# Renders the nineteenth tuning set again: every clean text in serif and sans, and the renderings
# listed in `renderings` (see ../render-set.sh).
# Usage: sh render.sh [/path/to/render_ocr.py]
exec sh "$(dirname "$0")/../render-set.sh" "$(dirname "$0")" "$@"
