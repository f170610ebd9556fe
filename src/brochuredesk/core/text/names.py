"""One name however it is spelt: "BÜNDNIS 90 / DIE GRÜNEN" and "BÜNDNIS 90/DIE GRÜNEN",
"Bertelsmann-Stiftung" and "Bertelsmann Stiftung" are one publisher to a reader, and one
entry in the sidebar."""

from __future__ import annotations

import re
import unicodedata

_JOINERS = re.compile(r"\s*([/&+|])\s*")
_DASHES = re.compile(r"\s*[-‐‑‒–—]\s*")


def name_key(name: str) -> str:
    """What two spellings of one name share: case, spacing around slashes and dashes, a
    dash for a space, and stray punctuation at the ends do not count."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _JOINERS.sub(r"\1", text)
    text = _DASHES.sub(" ", text)
    return " ".join(text.split()).strip(" .,;:")


_SMALL_WORDS = frozenset(
    [
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "für",
        "und",
        "von",
        "zur",
        "zum",
        "im",
        "in",
        "am",
        "an",
        "auf",
        "the",
        "of",
        "and",
        "for",
        "e",
        "v",
        "eg",
    ]
)
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")


def initials(name: str) -> str:
    """'Freie Demokratische Partei' → 'FDP': the first letters of its words, small words
    ('der', 'für', 'of') and legal forms left out."""
    words = re.findall(r"[^\W\d_][\w'’]*", unicodedata.normalize("NFKC", name))
    return "".join(w[0] for w in words if w.casefold() not in _SMALL_WORDS).upper()


def same_body(a: str, b: str) -> bool:
    """Two publisher names for one body: spelt alike (name_key), or one the acronym the
    other's initials spell ('FDP' and 'Freie Demokratische Partei', 'SPD' and
    'Sozialdemokratische Partei Deutschlands')."""
    if name_key(a) == name_key(b):
        return True
    for short, long in ((a.strip(), b), (b.strip(), a)):
        if _ACRONYM.fullmatch(short) and len(long.split()) >= 2 and initials(long) == short:
            return True
    return False


def merged_spellings(counts: dict[str, int]) -> dict[str, list[str]]:
    """Spellings of one body grouped under the one most brochures use (the long name when an
    acronym and its long name tie): name → all its spellings, counted as one entry."""
    groups: dict[str, list[str]] = {}
    for value in counts:
        key = name_key(value)
        groups.setdefault(key, []).append(value)
    keys = list(groups)
    for short in [k for k in keys if _ACRONYM.fullmatch(groups[k][0].strip())]:
        partners = [
            k
            for k in keys
            if k != short and k in groups and same_body(groups[short][0], groups[k][0])
        ]
        if len(partners) == 1 and short in groups:  # one long name spells it: the same body
            groups[partners[0]].extend(groups.pop(short))
    named = {}
    for spellings in groups.values():

        def weight(value: str, spellings: list[str] = spellings) -> tuple[int, int, int]:
            alike = sum(counts[s] for s in spellings if name_key(s) == name_key(value))
            return alike, counts[value], len(value)

        named[max(spellings, key=weight)] = spellings
    return named
