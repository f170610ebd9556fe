"""German text normalisation shared by indexing and querying.

Every word becomes its *surface* form (case folded, ß → ss, accents dropped, ae/oe/ue → a/o/u)
and its *stem* (Snowball German, folded the same way). The indexed text of a page is its
surface words in order (so phrases work), followed by extra tokens: stems, compounds joined
across hyphens, the words elided compounds stand for ("Aus- und Weiterbildung" → Ausbildung),
and reversed stems of long words so a query can match a compound's tail ("Sicherung" →
"Fachkräftesicherung") with an FTS5 prefix query.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from ..text import CONJUNCTIONS

TAIL_MARK = "_"  # reversed stems start with this; FTS5 is told it belongs to tokens
MIN_COMPOUND_STEM = 8  # stems this long are probably compounds: index their reversed form
MIN_PART = 4  # a compound part we match on has at least this many letters

_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"(?<![\w-])\w++(?:-\w++)+")  # at word starts; all hyphens are "-"
# Elisions are found from the hyphen and the conjunction, then the neighbouring word is read
# off by hand: a pattern starting with \w+ would be tried at every position of every page.
_ELISION_AFTER_HYPHEN = re.compile(r"-\s*(?:,\s*\w+-\s*)*(?:und|oder|bzw\.?|sowie|&|,)\s+(\w+)")
_ELISION_BEFORE_HYPHEN = re.compile(r"\s(?:und|oder|bzw\.?|sowie|&)\s+-(\w+)")
_DIGRAPHS = str.maketrans({"ß": "ss"})
# Every character Unicode 14 calls combining (unicodedata.combining() is true) below U+10000,
# as one character class: stripping accents is one regular-expression pass over a string.
# Written out, not computed at import (that cost every CLI search 7 ms).
_COMBINING = re.compile(
    "["
    "\u0300-\u034e\u0350-\u036f\u0483-\u0487\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5"
    "\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8"
    "\u06ea-\u06ed\u0711\u0730-\u074a\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823"
    "\u0825-\u0827\u0829-\u082d\u0859-\u085b\u0898-\u089f\u08ca-\u08e1\u08e3-\u08ff\u093c"
    "\u094d\u0951-\u0954\u09bc\u09cd\u09fe\u0a3c\u0a4d\u0abc\u0acd\u0b3c\u0b4d\u0bcd"
    "\u0c3c\u0c4d\u0c55-\u0c56\u0cbc\u0ccd\u0d3b-\u0d3c\u0d4d\u0dca\u0e38-\u0e3a"
    "\u0e48-\u0e4b\u0eb8-\u0eba\u0ec8-\u0ecb\u0f18-\u0f19\u0f35\u0f37\u0f39\u0f71-\u0f72"
    "\u0f74\u0f7a-\u0f7d\u0f80\u0f82-\u0f84\u0f86-\u0f87\u0fc6\u1037\u1039-\u103a\u108d"
    "\u135d-\u135f\u1714-\u1715\u1734\u17d2\u17dd\u18a9\u1939-\u193b\u1a17-\u1a18\u1a60"
    "\u1a75-\u1a7c\u1a7f\u1ab0-\u1abd\u1abf-\u1ace\u1b34\u1b44\u1b6b-\u1b73\u1baa-\u1bab"
    "\u1be6\u1bf2-\u1bf3\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce0\u1ce2-\u1ce8\u1ced\u1cf4"
    "\u1cf8-\u1cf9\u1dc0-\u1dff\u20d0-\u20dc\u20e1\u20e5-\u20f0\u2cef-\u2cf1\u2d7f"
    "\u2de0-\u2dff\u302a-\u302f\u3099-\u309a\ua66f\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1"
    "\ua806\ua82c\ua8c4\ua8e0-\ua8f1\ua92b-\ua92d\ua953\ua9b3\ua9c0\uaab0\uaab2-\uaab4"
    "\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaaf6\uabed\ufb1e\ufe20-\ufe2f"
    "]"
)
_stemmer = Stemmer.Stemmer("german")


@lru_cache(maxsize=65536)
def surface(word: str) -> str:
    """Case-, accent- and spelling-insensitive form: Fachkräfte, FACHKRAEFTE → fachkrafte."""
    text = word.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_DIGRAPHS)))
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """Folded Snowball stem: Fachkraft, Fachkräfte, fachkraefte → fachkraft."""
    folded = unicodedata.normalize("NFC", word.casefold())
    return surface(_stemmer.stemWord(folded))


def tail_token(word_stem: str) -> str:
    return TAIL_MARK + word_stem[::-1]


def index_text(text: str) -> str:
    """The text FTS5 indexes for `text` (see index_texts)."""
    return index_texts([text])[0]


def index_texts(pages: list[str]) -> list[str]:
    """The texts FTS5 indexes for a document's pages: each page's words folded, in order,
    then its extra tokens.

    The running text is folded as a whole string (fast, in C), and FTS5's tokenizer
    (remove_diacritics 2) drops the accents. Extra tokens are worked out once per distinct
    lower-case word, all of a document's new words stemmed and folded in a few calls over
    one joined string.
    """
    lowered = [page.casefold() for page in pages]  # ß is "ss" from here on
    page_words = [set(_WORD.findall(low)) for low in lowered]
    new = set().union(*page_words).difference(_extras) if page_words else set()
    if new:
        _learn(sorted(new))
    out = []
    for page, low, words in zip(pages, lowered, page_words, strict=True):
        folded = low.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        extras = list(filter(None, map(_extras.__getitem__, words)))
        if "-" in page:
            for token in set(_HYPHENATED.findall(page)):
                joined = stem(token.replace("-", ""))
                extras.append(joined)
                if len(joined) >= MIN_COMPOUND_STEM:
                    extras.append(tail_token(joined))
            extras.extend(elided_compounds(page))
        out.append(folded + "\n" + " ".join(extras))
    return out


_extras: dict[str, str] = {}  # lower-case word → its extra tokens joined by spaces ("" if none)


def _learn(words: list[str]) -> None:
    """Work out the extra tokens of new lower-case words (NFC, as clean_page_text leaves
    them): their folded stem when it differs from the folded word, and the reversed stem of
    a long one (a compound's tail)."""
    if len(_extras) > 500_000:
        _extras.clear()
    forms = _fold_many(words)
    stems = _fold_many(_stemmer.stemWords(words))
    for word, form, word_stem in zip(words, forms, stems, strict=True):
        if len(word_stem) >= MIN_COMPOUND_STEM and word_stem.isalpha():
            tail = tail_token(word_stem)
            _extras[word] = tail if word_stem == form else f"{word_stem} {tail}"
        else:
            _extras[word] = "" if word_stem == form else word_stem


def _fold_many(words: list[str]) -> list[str]:
    """surface() of many lower-case words at once, on one joined string."""
    text = "\n".join(words)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_DIGRAPHS)))
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u").split("\n")


def elided_compounds(text: str) -> list[str]:
    """Stems of the words an elision stands for.

    "Aus- und Weiterbildung" also means Ausbildung; without a dictionary we do not know where
    "Weiterbildung" splits, so every plausible tail is tried ("Aus"+"bildung", "Aus"+"ildung"…);
    the wrong ones are words nobody searches for.
    """
    stems: list[str] = []
    for match in _ELISION_AFTER_HYPHEN.finditer(text):
        start = match.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        head, whole = text[start : match.start()], match.group(1)
        if not head or whole.lower() in CONJUNCTIONS:
            continue
        for cut in range(2, len(whole) - MIN_PART + 1):
            stems.append(stem(head + whole[cut:]))
    for match in _ELISION_BEFORE_HYPHEN.finditer(text):
        end = match.start()
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        whole, tail = text[start:end], match.group(1)
        for cut in range(3, len(whole) - 1):
            stems.append(stem(whole[:cut] + tail))
    return stems


def words_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of `text`, for snippets and highlights."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
