#!/usr/bin/env python3
"""Counts the facts the parser takes differently from a restored OCR rendering than from its
clean text, per evaluation set.

For every `SET/ocr/NAME.STYLE.txt` it runs `delaktig parse --json` on the rendering (which
restores it first) and on `SET/clean/NAME.txt`, and compares eight facts, each exactly: the
title, the meetings (every field, attendees included), the events (every field), the number
of proposals, the number of actions, the dates' texts, the e-mail addresses and the links
(address and label). Spans are left out. A fact counts once per rendering when it differs.

Usage: python3 scripts/parse_facts.py PATH/TO/delaktig SET_DIR...
"""
import collections
import json
import os
import subprocess
import sys


def without_spans(value):
    if isinstance(value, dict):
        return {k: without_spans(v) for k, v in value.items() if "span" not in k}
    if isinstance(value, list):
        return [without_spans(v) for v in value]
    return value


def parse(binary, path):
    out = subprocess.run([binary, "parse", "--json", path], capture_output=True, text=True, check=True)
    doc = json.loads(out.stdout)
    if isinstance(doc, list):
        doc = doc[0]
    return without_spans(doc)


def facts(doc):
    return {
        "title": doc.get("title"),
        "meetings": doc.get("meetings"),
        "events": doc.get("events"),
        "proposals": len(doc.get("proposals", [])),
        "actions": len(doc.get("actions", [])),
        "dates": [d.get("text") for d in doc.get("dates", [])],
        "emails": doc.get("emails"),
        "links": doc.get("links"),
    }


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary = sys.argv[1]
    total = renderings = 0
    for set_dir in sys.argv[2:]:
        differing = 0
        kinds = collections.Counter()
        names = sorted(os.listdir(os.path.join(set_dir, "ocr")))
        for name in names:
            stem = name.split(".")[0]
            want = facts(parse(binary, os.path.join(set_dir, "clean", stem + ".txt")))
            got = facts(parse(binary, os.path.join(set_dir, "ocr", name)))
            for kind, value in want.items():
                if got[kind] != value:
                    differing += 1
                    kinds[kind] += 1
        total += differing
        renderings += len(names)
        label = os.path.basename(os.path.normpath(set_dir))
        print(f"{label:12} {differing:4} over {len(names):3}  {dict(kinds)}")
    print(f"TOTAL {total} over {renderings}")


if __name__ == "__main__":
    main()
