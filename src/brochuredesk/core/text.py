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
# Starts at the hyphen (a pattern starting with \w would be tried at every character).
_LINE_END_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n[ \t]*(\S+)")  # after fix_characters: "-" only
_ODD_SPACE = re.compile(r"[\t\r\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
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
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def fix_characters(text: str) -> str:
    """Compose umlauts PDFs split in two ('M¨arz'), drop soft hyphens and control characters."""
    if "\u00a8" in text:
        text = _SPACING_DIAERESIS.sub(lambda m: _DIAERESIS[m.group(1)], text)
    if "\u00ad" in text:
        text = _SOFT_HYPHEN_BREAK.sub("", text).replace("\u00ad", "")
    text = _CONTROL.sub("", text).replace("\u2010", "-").replace("\u2011", "-")
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    text = _ODD_SPACE.sub(" ", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


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
    text = dehyphenate(fix_characters(text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    return " ".join(text.split())
