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
_stemmer = Stemmer.Stemmer("german")


@lru_cache(maxsize=65536)
def surface(word: str) -> str:
    """Case-, accent- and spelling-insensitive form: Fachkräfte, FACHKRAEFTE → fachkrafte."""
    text = word.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_DIGRAPHS))
        text = "".join(c for c in text if not unicodedata.combining(c))
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
    word, all of a document's new words stemmed in one call.
    """
    page_words = [set(_WORD.findall(page)) for page in pages]
    new = {w for words in page_words for w in words if w not in _extras}
    if new:
        _learn(sorted(new))
    out = []
    for page, words in zip(pages, page_words, strict=True):
        folded = page.casefold().replace("ß", "ss")
        folded = folded.replace("ae", "a").replace("oe", "o").replace("ue", "u")
        extras = list(filter(None, map(_extras.__getitem__, words)))
        for token in set(_HYPHENATED.findall(page)):
            joined = stem(token.replace("-", ""))
            extras.append(joined)
            if len(joined) >= MIN_COMPOUND_STEM:
                extras.append(tail_token(joined))
        if "-" in page:
            extras.extend(elided_compounds(page))
        out.append(folded + "\n" + " ".join(extras))
    return out


_extras: dict[str, str] = {}  # word → its extra tokens joined by spaces ("" for none)


def _learn(words: list[str]) -> None:
    if len(_extras) > 500_000:
        _extras.clear()
    lowered = [w.casefold() for w in words]  # page text is NFC already (clean_page_text)
    for word, low, raw_stem in zip(words, lowered, _stemmer.stemWords(lowered), strict=True):
        form, word_stem = _fold(low), _fold(raw_stem)
        extras = [word_stem] if word_stem != form else []
        if len(word_stem) >= MIN_COMPOUND_STEM and word_stem.isalpha():
            extras.append(tail_token(word_stem))
        _extras[word] = " ".join(extras)


def _fold(text: str) -> str:
    """surface() for a word already case-folded, without the cache (new words only)."""
    if text.isascii():
        return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return surface(text)


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
