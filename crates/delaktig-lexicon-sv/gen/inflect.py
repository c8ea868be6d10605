"""Full forms from SAOL 14 entries.

SAOL prints each lemma with an abbreviated inflection note ("+en +er", "-taglet; pl. +,
best. pl. -taglen", "sköt, skjutit, skjuten skjutet skjutna, pres. skjuter"). This module
reads those notes and generates the inflected forms they stand for, plus the regular forms
SAOL leaves implicit (definite plurals, genitives, verb paradigms).
"""

import re

# SAOL 14's conj field is cut at this many characters; the last value of a cut note is unreliable.
TRUNCATED_AT = 50

ROLE_LABELS = {
    "pres.": "pres",
    "n.": "neut",
    "neutr.": "neut",
    "pl.": "pl",
    "obest.": None,
    "best.": "def",
    "imper.": "imp",
    "komp.": "komp",
    "superl.": "superl",
    "gen.": "gen",
    "mask.": "mask",
    "sup.": "sup",
    "pret.": "past",
    "part.": "part",
    "konjunktiv:": "konj",
    "objektsform:": "obj",
}

WORD_RE = re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ:'-]*$")


def splice(headword, tail):
    """Resolve "-tail": keep the head of `headword` up to where its last part starts.

    SAOL writes the changed final part of a word after a hyphen ("mantagel", "-taglet"). The
    join point is where `tail` overlaps the headword longest, the rightmost on a tie.
    """
    best_pos, best_len = None, 0
    for pos in range(len(headword)):
        n = 0
        while pos + n < len(headword) and n < len(tail) and headword[pos + n] == tail[n]:
            n += 1
        if n >= best_len and n > 0:
            best_pos, best_len = pos, n
    if best_pos is None:
        return None
    return headword[:best_pos] + tail


def expand_optional(token):
    """'+(e)n' stands for both '+n' and '+en'."""
    m = re.search(r"\(([^()\s:]*)\)", token)
    if not m:
        return [token]
    a = token[: m.start()] + token[m.end():]
    b = token[: m.start()] + m.group(1) + token[m.end():]
    return expand_optional(a) + expand_optional(b)


def resolve(headword, token):
    """A value token to full forms: '+' is the headword, '+x' appends, '-x' splices."""
    out = []
    for t in expand_optional(token):
        t = t.rstrip(".")
        if t == "+":
            out.append(headword)
        elif t.startswith("+"):
            out.append(headword + t[1:])
        elif t.startswith("-") and len(t) > 1:
            s = splice(headword, t[1:])
            if s:
                out.append(s)
        elif WORD_RE.match(t):
            out.append(t)
    return out


def parse(headword, conj):
    """Parse a conj note into (positional values, labelled values).

    positional: list of lists of alternative forms, in order of appearance;
    labelled: role -> list of forms.
    """
    positional, labelled = [], {}
    if not conj or conj == "(null)":
        return positional, labelled
    truncated = len(conj) >= TRUNCATED_AT
    text = re.sub(r"\[[^\]]*\]?", " ", conj)
    # Parenthesised comments such as "(om: sorter:)" carry labels, not forms.
    text = re.sub(r"\([^()]*[:\s][^()]*\)?", " ", text)
    text = text.replace(" _ ", " ; ")
    segments = re.split(r"[,;]", text)
    last_seg = len(segments) - 1
    for si, seg in enumerate(segments):
        tokens = seg.split()
        if truncated and si == last_seg and tokens:
            tokens = tokens[:-1]
        role, alt = None, False
        prev_label = None
        for tok in tokens:
            if tok in ("el.", "H", "och:", "ibl.", "vard.", "åld.", "prov.", "högt.", "vanl.", "sällan:"):
                if tok in ("el.", "H"):
                    alt = True
                continue
            if tok.endswith(":") or (tok.endswith(".") and len(tok) > 2 and tok not in ("+.",)):
                r = ROLE_LABELS.get(tok)
                if tok == "pl." and prev_label == "def":
                    r = "defpl"
                if tok in ROLE_LABELS:
                    role = r
                    prev_label = r
                alt = False
                continue
            if tok == "n." :
                role, prev_label, alt = "neut", "neut", False
                continue
            forms = resolve(headword, tok)
            prev_label = None
            if not forms:
                continue
            if role is not None:
                labelled.setdefault(role, []).extend(forms)
                alt = True  # further values in the segment are alternatives of the same role
                continue
            if alt and positional:
                positional[-1].extend(forms)
            else:
                positional.append(list(forms))
            alt = False
    return positional, labelled


def undouble_m(stem):
    """Swedish writes no word-final double m: "komm-" → "kom", "glömm-" → "glöm"."""
    return stem[:-1] if stem.endswith("mm") else stem


def genitive(form):
    if form.endswith(("s", "x", "z")):
        return None
    return form + "s"


def noun_forms(h, positional, labelled):
    certain = {h}
    defsg = positional[0] if positional else []
    plurals = list(labelled.get("pl", []))
    if len(positional) > 1:
        plurals += positional[1]
    defpl = list(labelled.get("defpl", []))
    for vals in positional:
        certain.update(vals)
    for vals in labelled.values():
        certain.update(vals)
    if not defpl:
        neuter = any(d.endswith("t") for d in defsg)
        for p in plurals:
            d = definite_plural(h, p, neuter)
            if d:
                certain.add(d)
    for f in list(certain):
        g = genitive(f)
        if g:
            certain.add(g)
    return certain


def definite_plural(h, p, neuter):
    if p == h:
        if neuter:
            if h.endswith(("a", "e", "i", "o", "u", "y", "å", "ä", "ö")):
                return None
            if h.endswith(("el", "er", "en")):
                return None  # the stem changes; SAOL writes such forms out
            return h + "en"
        if h.endswith("are"):
            return h[:-1] + "na"  # "lärare" → "lärarna"
        if h.endswith(("er", "ande", "ende")):
            return h + "na"  # "indier" → "indierna", "studerande" → "studerandena"
        return None
    if p.endswith("r"):
        return p + "na"
    if p == h + "n":
        return p + "a"
    return None


def adjective_forms(h, positional, labelled):
    certain, speculative = {h}, set()
    for vals in positional:
        certain.update(vals)
    for vals in labelled.values():
        certain.update(vals)
    for s in labelled.get("superl", []):
        if s.endswith("ast"):
            certain.add(s + "e")  # "finaste"
        elif s.endswith("st"):
            certain.add(s + "a")  # "största"
    if positional and len(positional) >= 1:
        flat = [v for vals in positional for v in vals]
        if h + "t" in flat and h + "a" in flat and not labelled.get("komp"):
            speculative.update({h + "are", h + "ast", h + "aste"})
    return certain, speculative


VOWELS = "aeiouyåäöé"


def verb_forms(h, positional, labelled):
    certain, speculative = {h}, set()
    for vals in positional:
        certain.update(vals)
    for vals in labelled.values():
        certain.update(vals)
    past = positional[0] if positional else labelled.get("past", [])
    supine = positional[1] if len(positional) > 1 else labelled.get("sup", [])
    participle = positional[2] if len(positional) > 2 else []
    # Deponents ("avundas", "umgås", "ses") have s-forms only.
    deponent = h.endswith("s") and (
        (past and all(p.endswith("s") for p in past)) or (h.endswith("as") and not past)
    )
    first_conj = (
        h.endswith("a")
        and any(p == h + "de" for p in past)
        and (not supine or any(s == h + "t" for s in supine))
    )

    if deponent:
        if not labelled.get("pres") and h.endswith("as"):
            if any(p.endswith("ades") for p in past):
                certain.add(h)
            else:
                certain.add(h[:-2] + "s")
        return certain, speculative

    # "ta", "dra" and their compounds ("bidra", "anta") conjugate on the short stem.
    short_a = any(p.endswith(("tog", "drog")) for p in past)
    presents = list(labelled.get("pres", []))
    if not presents:
        if first_conj or not h.endswith("a") or short_a:
            presents = [h + "r"]
        else:
            stem = h[:-1]
            presents = [stem if stem.endswith("r") else stem + "er"]
    certain.update(presents)

    # Imperative: the present without its ending ("stöder" → "stöd", "väljer" → "välj",
    # "hör" → "hör"); the infinitive for verbs whose present adds only -r ("betalar", "tar",
    # "bor"). Modal verbs ("vill", "kan") have none.
    if not labelled.get("imp"):
        for p in presents:
            if first_conj or short_a or p == h + "r":
                certain.add(h)
            elif p.endswith("er"):
                certain.add(undouble_m(p[:-2]))
            elif p.endswith("r") and h.endswith("a") and p == h[:-1]:
                certain.add(p)

    # Present participle: "-ande" on verbs in -a, "-ende" on the others ("gående", "seende").
    # "ha", "ta", "dra" build theirs on a longer stem ("havande", "tagande"), and a few
    # monosyllables have none in use, so those are only taken when attested.
    if h.endswith("a"):
        (certain if len(h) > 3 and not short_a else speculative).add(h + "nde")
    else:
        speculative.add(h + "ende")

    # s-forms (passive and deponent use) of infinitive, present, past and supine. Modal verbs
    # (present without -r: "vill", "kan") have none; on verbs not in -a the infinitive's is
    # rare ("gås" but not "blis"), so those need attestation.
    if not any(p.endswith("r") for p in presents):
        speculative.update(f + "s" for f in past + supine + [h])
        return certain, speculative
    (certain if h.endswith("a") else speculative).add(h + "s")
    for p in presents:
        if p.endswith("ser"):
            certain.add(p[:-1] + "s")  # "blåses"
        elif p.endswith("er"):
            certain.add(undouble_m(p[:-2]) + "s")  # "skjuts", "sägs", "koms"
            speculative.add(p[:-1] + "s")  # the older "skjutes"
        elif p.endswith("r") and first_conj:
            certain.add(p[:-1] + "s")
        elif p.endswith("r"):
            speculative.add(p + "s")
    for p in past:
        certain.add(p + "s")
    for s in supine:
        certain.add(s + "s")

    # Past participle: "-at" and "-ade" are also supine and past; "-ad" exists only for
    # verbs that take an object, so it needs attestation.
    if first_conj:
        certain.update({h + "t", h + "de"})
        speculative.add(h + "d")
    for p in participle:
        if p.endswith("en"):
            speculative.update({p[:-1] + "t", p[:-2] + "na"})
        elif p.endswith("ad"):
            speculative.update({p[:-1] + "t", p + "e"})
        elif p.endswith(("d", "t")):
            speculative.add(p + "a")
        if p.endswith(("d", "t")) and not p.endswith("ad"):
            # bestämd form / plural of "köpt", "sagd"
            speculative.add(p + "a")
    if not participle and not first_conj:
        for p in past:
            if p.endswith(("de", "te")) and h.endswith("a"):
                part = p[:-1]
                speculative.update({part, part + "a"})
    return certain, speculative


def forms_of(entry):
    """(certain, speculative) full forms of one SAOL entry, as written (case kept)."""
    h = entry.word.strip()
    upos = entry.upos
    if " " in h:
        if upos != "VERB":
            return set(), set()
        h = h.split()[0]
    positional, labelled = parse(h, entry.conj)
    if upos == "NOUN":
        return noun_forms(h, positional, labelled), set()
    if upos == "ADJ":
        return adjective_forms(h, positional, labelled)
    if upos == "VERB":
        return verb_forms(h, positional, labelled)
    forms = {h}
    for vals in positional:
        forms.update(vals)
    for vals in labelled.values():
        forms.update(vals)
    return forms, set()
