"""Cleaning text as PDFs deliver it: decomposed umlauts, soft hyphens, words split at line ends."""

from __future__ import annotations

import re
import unicodedata

# Words after "Aus-" in "Aus- und Weiterbildung": the hyphen marks an elided compound, not a
# word broken at the line end, so it stays.
CONJUNCTIONS = frozenset(
    [
        "und",
        "oder",
        "bzw",
        "sowie",
        "bis",
        "als",
        "wie",
        "noch",
        "and",
        "or",
        "to",
        "u.",
        "o.",
        "bzw.",
        "&",
        ",",
    ]
)

_SPACING_DIAERESIS = re.compile(r"\u00a8\s?([AOUaouEeIi])")
_DIAERESIS = {"A": "Ä", "O": "Ö", "U": "Ü", "a": "ä", "o": "ö", "u": "ü", "e": "ë", "i": "ï"}
_DIAERESIS.update({"E": "Ë", "I": "Ï"})
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*\n[ \t]*")
# Starts with the hyphen, a literal: the engine skips from hyphen to hyphen instead of trying
# the pattern at every character (the look-behind then checks for a letter before it).
_LINE_END_HYPHEN = re.compile(r"-(?<=\w-)[ \t]*\n[ \t]*(\S+)")  # after fix_characters: "-" only
# Whitespace other than space and line feed (all that str.split() splits at), and control
# characters: one pass finds both; they are rare, so the replacement function seldom runs.
_ODD_SPACE_CHARS = "\t\r\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_ODD_CHARS = re.compile(f"[{_ODD_SPACE_CHARS}\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\ufffe\\uffff]+")
_ODD_SPACE = re.compile(f"[{_ODD_SPACE_CHARS}]")
_MANY_SPACES = re.compile(r"  +")
_LINE_BREAKS = re.compile(r"\n[ \n]+")  # a line break with the next line's indent, empty lines
_LIGATURE_CHARS = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)


def fix_characters(text: str) -> str:
    """Compose umlauts PDFs split in two ('M¨arz'), drop soft hyphens and control characters."""
    if "\u00a8" in text:
        text = _SPACING_DIAERESIS.sub(lambda m: _DIAERESIS[m.group(1)], text)
    # Soft hyphens, control characters and odd whitespace are all unprintable: most pages
    # have none, and one isprintable() pass says so faster than the patterns would.
    if not text.replace("\n", "").isprintable():
        if "\u00ad" in text:
            text = _SOFT_HYPHEN_BREAK.sub("", text).replace("\u00ad", "")
        text = _ODD_CHARS.sub(_space_or_nothing, text)
    text = text.replace("\u2010", "-").replace("\u2011", "-")
    if any(ligature in text for ligature in _LIGATURE_CHARS):
        text = text.translate(_LIGATURES)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _space_or_nothing(match: re.Match[str]) -> str:
    """A run of odd whitespace becomes a space; control characters go."""
    return " " if _ODD_SPACE.search(match.group()) else ""


def _join_hyphenated(match: re.Match[str]) -> str:
    word = match.group(1)
    if word.lower() in CONJUNCTIONS:
        return f"- {word}"  # "Aus-⏎und Weiterbildung": keep the elision
    if word[0].isupper() or word[0].isdigit():
        return f"-{word}"  # "E-⏎Mail", "Fachkräfte-⏎Sicherung": a real hyphen
    return word  # "Weiter-⏎bildung": a word split at the line end


def dehyphenate(text: str) -> str:
    """Join words the layout split at a line end, keeping real hyphens and elisions."""
    text = text.replace("\u2010", "-").replace("\u2011", "-")
    return _LINE_END_HYPHEN.sub(_join_hyphenated, text)


def clean_page_text(text: str) -> str:
    """The page text we store and search: fixed characters, joined words, tidy lines."""
    text = _LINE_END_HYPHEN.sub(_join_hyphenated, fix_characters(text))
    if "  " in text:
        text = _MANY_SPACES.sub(" ", text)
    text = text.replace(" \n", "\n")
    if "\n\n" in text or "\n " in text:
        text = _LINE_BREAKS.sub("\n", text)
    return text.strip(" \n")


def one_line(text: str) -> str:
    return " ".join(text.split())
