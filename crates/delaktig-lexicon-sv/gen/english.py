#!/usr/bin/env python3
"""Write data/english.txt, the common English words of delaktig-lexicon-sv.

Run from anywhere:  python3 crates/delaktig-lexicon-sv/gen/english.py

The list holds the lower-case ASCII words of four letters or more that wordfreq's English
list (`large_en`, the pinned version of gen/build.py) counts at least ENGLISH_MIN times per
billion words and at least SWEDISH_MARGIN times as often as its Swedish list: English words a
Swedish note may quote ("run chart", "Study"), which a restorer must not read as damaged
Swedish. One word per line, sorted by byte, so the crate can search the embedded text as
it is.
"""

import os

import build  # gen/build.py, beside this script: the pinned sources and their reader

# Least English frequency (per billion words) of a listed word.
ENGLISH_MIN = 3000
# How many times more frequent in English than in Swedish a listed word must be.
SWEDISH_MARGIN = 20
# Fewest letters of a listed word: shorter English words are as often Swedish ones or
# fragments.
MIN_LETTERS = 4


def main():
    build.ensure_deps()
    en = build.read_wordfreq("en")
    sv = build.read_wordfreq("sv")
    words = sorted(
        w for w, f in en.items()
        if len(w) >= MIN_LETTERS and w.isascii() and w.isalpha() and w.islower()
        and f >= ENGLISH_MIN and f >= SWEDISH_MARGIN * sv.get(w, 0)
    )
    path = os.path.join(build.DATA, "english.txt")
    with open(path, "w", encoding="ascii", newline="\n") as out:
        for w in words:
            out.write(w + "\n")
    print(f"{path}: {len(words)} words")


if __name__ == "__main__":
    main()
