"""German text normalisation shared by indexing and querying.

Every word becomes its *surface* form (case folded, ß → ss, accents dropped, ae/oe/ue → a/o/u)
and its *stem* (Snowball German, folded the same way). A page is indexed as its surface words
in order (so phrases work), followed by the few extra words only the page itself can tell:
compounds joined across hyphens ("Fachkräfte-Sicherung" → fachkraftesicherung) and the words
elided compounds stand for ("Aus- und Weiterbildung" → ausbildung).

Stems and compound tails are worked out when a query is run, not for every page at import
(that was 40 % of the indexed tokens and most of the import's own CPU time): a query word
matches the inflected forms of its stem (`inflections`) that the index's vocabulary holds
(`vocabulary`), and the words there that are compounds ending with one of them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from brochuredesk.core.text.clean import CONJUNCTIONS

MIN_WORD = 2  # shorter words are not in the vocabulary
MIN_COMPOUND = 8  # a compound a query word is the tail of has at least this many letters
MIN_PART = 4  # a compound part we match on has at least this many letters

_WORD = re.compile(r"\w+")
# Each pattern starts with a literal, so the regular-expression engine skips to the next
# hyphen instead of trying the pattern at every character of a page.
_INNER_HYPHEN = re.compile(r"-(?<=\w-)(?=\w)")  # all hyphens are "-" after clean_page_text
_ELISION_AFTER_HYPHEN = re.compile(r"-\s*(?:,\s*\w+-\s*)*(?:und|oder|bzw\.?|sowie|&|,)\s+(\w+)")
_ELISION_BEFORE_HYPHEN = re.compile(r"-(?<=\s-)(\w+)")  # " -bildung": was it "Aus- und -bildung"?
_BEFORE_HYPHEN = re.compile(r"(?:^|\s)(?:und|oder|bzw\.?|sowie|&)\s+$")
_DIGRAPHS = str.maketrans({"ß": "ss"})
_UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}
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
# Bytes of ASCII characters that are not part of a word: made spaces, a page's words are
# split from each other by bytes.split() (in C) instead of a regular expression.
_ASCII_SEPARATORS = bytes(c if c > 127 or chr(c).isalnum() else 32 for c in range(256))

# The endings the Snowball German stemmer takes off (inflection, -ung, -lich, -keit… and their
# combinations), as they occur on the words of 60 real German brochures, programmes and manuals
# (60 250 distinct words). A word matches the forms of its stem built with them; a list drawn
# from half of those files covered 99.9 % of the words only the other half had.
_ENDINGS = """
    e m n r s em en er es et ig ik nd ns re rn se st end ene ens ere ern ers est ete ets ige
    ike iks nde ren rer res sen ses ste sts ung ende ends enem enen ener enes erem eren erer
    eres erin este ests etem eten eter etes heit igem igen iger iges igst iken iker isch keit
    lich nden nder ndes stem sten ster stes ungs endem enden ender endes endet enern erern
    esten ester estes etern heits igend igere igern igers igste igung ikern ikers ische keits
    liche rlich stern ungen unger endere enders endete enerin enheit enlich erheit erlich
    estern heiten igende igeren igeres igkeit igsten igster igungs ischem ischen ischer isches
    keiten lichem lichen licher liches lichst rinnen rliche ungene enderen enderer enderes
    endsten erheits erinnen erliche igenden igender igkeits igungen ischere lichene lichens
    lichere lichste rlichen rlicher rliches ungenen enheiten erheiten erlichem erlichen
    erlicher erliches igkeiten ischeren ischeres lichenen lichener lichenes licherem licheren
    licherer lichkeit lichsten lichster lichstes enerinnen ererinnen igerinnen ikerinnen
    lichkeits lichkeiten
"""
INFLECTION_ENDINGS = tuple(_ENDINGS.split())


@lru_cache(maxsize=65536)
def surface(word: str) -> str:
    """Case-, accent- and spelling-insensitive form: Fachkräfte, FACHKRAEFTE → fachkrafte."""
    text = word.casefold()
    return _digraphs(text if text.isascii() else _strip_accents(text))


def _digraphs(text: str) -> str:
    """ae, oe, ue → a, o, u: the spelling of umlauts without them."""
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """Folded Snowball stem: Fachkraft, Fachkräfte, fachkraefte → fachkraft."""
    folded = unicodedata.normalize("NFC", word.casefold())
    return surface(_stemmer.stemWord(folded))


@lru_cache(maxsize=4096)
def inflections(word_stem: str) -> tuple[str, ...]:
    """The surface forms of the words whose stem is `word_stem`: fachkraft → fachkraft,
    fachkrafte, fachkraften… (forms no text contains cost the index one failed lookup).

    Stems have no umlauts. Where one met an ending's "e" (Trophäen, Europäer) the surface
    form has lost the "e" too (trophan), so those forms are built with the umlaut put back."""
    candidates = [word_stem + ending for ending in ("", *INFLECTION_ENDINGS)]
    umlaut = _UMLAUTS.get(word_stem[-1:])
    if umlaut:
        base = word_stem[:-1] + umlaut
        candidates += [base + ending for ending in INFLECTION_ENDINGS if ending[0] == "e"]
    stems = _fold_many(_stemmer.stemWords(candidates))
    forms = (surface(c) for c, s in zip(candidates, stems, strict=True) if s == word_stem)
    return tuple(dict.fromkeys(forms))


def fold(text: str) -> str:
    """What the index is given for a text: surface() of each word, but that of accents other
    than umlauts FTS5 drops them itself (remove_diacritics) when it reads the text. Umlauts
    go first, as in surface(): Europäer and Europaer are both europar."""
    text = text.casefold()
    if not text.isascii():
        text = text.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    return _digraphs(text)


def index_text(text: str) -> str:
    """The text FTS5 indexes for `text` (see index_texts)."""
    return index_texts([text])[0]


def index_texts(pages: list[str]) -> list[str]:
    """The texts FTS5 indexes for a document's pages: each page's words folded, in order,
    then the joined hyphenated compounds and the elided words it holds."""
    out = []
    for page in pages:
        folded = fold(page)
        if "-" in page:
            extras = [surface(compound.replace("-", "")) for compound in hyphenated(page)]
            extras += elided_compounds(page)
            if extras:
                folded += "\n" + " ".join(extras)
        out.append(folded)
    return out


def vocabulary(texts: list[str], seen: set[bytes] | None = None) -> dict[str, str]:
    """The distinct words of indexed texts: each FTS5 token (fold()ed, accents dropped as
    FTS5 drops them) → its surface() form, the key queries look words up by.

    The two differ only where an accent other than an umlaut met an "e" ("Coûe": fold() left
    the accent to FTS5, after the "ue" was replaced).

    With `seen`, only words of tokens not in it are returned, and it is updated: a process
    reading many files works out each word once."""
    data = "\n".join(texts).encode("utf-8", "replace").translate(_ASCII_SEPARATORS)
    tokens = set(data.split())
    if seen is not None:
        tokens.difference_update(seen)
        seen.update(tokens)
    words: dict[str, str] = {}
    accented: list[str] = []
    for token in tokens:
        if token.isalpha():  # ASCII letters only
            if len(token) >= MIN_WORD:
                word = token.decode()
                words[word] = word
        elif not token.isascii():  # letters with accents, or glued to „quotes“, dashes…
            accented += _WORD.findall(token.decode("utf-8", "replace"))
    if accented:
        plain = _strip_accents("\n".join(accented)).split("\n")
        for word in plain:
            if len(word) >= MIN_WORD and word.isalpha():
                words[word] = _digraphs(word)
    return words


def _strip_accents(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_DIGRAPHS)))


def hyphenated(text: str) -> set[str]:
    """Words joined by hyphens ("Friedrich-Ebert-Straße"), each once."""
    found: set[str] = set()
    end = -1
    size = len(text)
    for match in _INNER_HYPHEN.finditer(text):
        at = match.start()
        if at < end:
            continue  # a further hyphen of the compound found last
        start = at
        while start > 0 and (
            _is_word_char(text[start - 1])
            or (text[start - 1] == "-" and start > 1 and _is_word_char(text[start - 2]))
        ):
            start -= 1
        end = at + 1
        while end < size and (
            _is_word_char(text[end])
            or (text[end] == "-" and end + 1 < size and _is_word_char(text[end + 1]))
        ):
            end += 1
        found.add(text[start:end].strip("-"))
    return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _fold_many(words: list[str]) -> list[str]:
    """surface() of many lower-case words at once, on one joined string."""
    text = "\n".join(words)
    return _digraphs(text if text.isascii() else _strip_accents(text)).split("\n")


def elided_compounds(text: str) -> list[str]:
    """Surface forms of the words an elision stands for.

    "Aus- und Weiterbildung" also means Ausbildung; without a dictionary we do not know where
    "Weiterbildung" splits, so every plausible tail is tried ("Aus"+"bildung", "Aus"+"ildung"…);
    the wrong ones are words nobody searches for.
    """
    words: list[str] = []
    for match in _ELISION_AFTER_HYPHEN.finditer(text):
        start = match.start()
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        head, whole = text[start : match.start()], match.group(1)
        if not head or whole.lower() in CONJUNCTIONS:
            continue
        for cut in range(2, len(whole) - MIN_PART + 1):
            words.append(surface(head + whole[cut:]))
    for match in _ELISION_BEFORE_HYPHEN.finditer(text):
        before = _BEFORE_HYPHEN.search(text, max(0, match.start() - 12), match.start())
        if before is None:
            continue
        end = before.start()
        start = end
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        whole, tail = text[start:end], match.group(1)
        for cut in range(3, len(whole) - 1):
            words.append(surface(whole[:cut] + tail))
    return words


def words_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of `text`, for snippets and highlights."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
