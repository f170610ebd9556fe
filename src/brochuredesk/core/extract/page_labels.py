"""Printed page numbers: the PDF's page label rules ("i, ii, iii, then 1, 2, 3", "U1, U2"),
kept per brochure so a hit on physical page 22 can say it is printed as 21.

Only the rules are stored (a few per document); a label is worked out when it is shown.
Documents whose labels are just their page numbers store none.
"""

from __future__ import annotations

import re
from typing import Any

STYLES = ("D", "r", "R", "a", "A", "")
_HEX = re.compile(r"<([0-9A-Fa-f]{4,})>")


def _text(value: Any) -> str:
    """A label prefix as the reader sees it: PyMuPDF hands UTF-16 strings over as
    '<FEFF0055>' (that is "U")."""
    text = str(value or "")

    def decode(match: re.Match[str]) -> str:
        try:
            return bytes.fromhex(match.group(1)).decode("utf-16")
        except (ValueError, UnicodeDecodeError):
            return match.group(0)

    return _HEX.sub(decode, text)


def rules_of(doc: Any) -> list[dict[str, Any]]:
    """The document's label rules, checked; none when the labels are the page numbers."""
    try:
        raw = doc.get_page_labels()
    except Exception:
        return []
    rules: list[dict[str, Any]] = []
    for rule in raw or []:
        try:
            start, first = int(rule.get("startpage", 0)), int(rule.get("firstpagenum", 1) or 1)
        except (TypeError, ValueError):
            continue
        style = str(rule.get("style", "") or "")
        if start < 0 or style not in STYLES:
            continue
        rules.append(
            {"startpage": start, "prefix": _text(rule.get("prefix")), "style": style,
             "firstpagenum": max(1, first)}
        )  # fmt: skip
    rules.sort(key=lambda r: r["startpage"])
    count = int(getattr(doc, "page_count", 0) or 0)
    if all(label_of(rules, page) in ("", str(page)) for page in range(1, count + 1)):
        return []
    return rules


def label_of(rules: list[dict[str, Any]], page: int) -> str:
    """The printed label of physical page `page` (1-based); "" when the rules give none."""
    index = page - 1
    rule = None
    for candidate in rules:
        if candidate.get("startpage", 0) <= index:
            rule = candidate
        else:
            break
    if rule is None:
        return ""
    number = int(rule.get("firstpagenum", 1)) + index - int(rule.get("startpage", 0))
    style = rule.get("style", "")
    body = {
        "D": str(number), "r": _roman(number).lower(), "R": _roman(number),
        "a": _letters(number).lower(), "A": _letters(number),
    }.get(style, "")  # fmt: skip
    return f"{rule.get('prefix', '')}{body}"


def shown_page(rules: list[dict[str, Any]], page: int) -> str:
    """How a page is named to a reader: its printed label, with the physical number beside
    it where the two differ ("iv (PDF 6)"), else just the number."""
    label = label_of(rules, page)
    return f"{label} (PDF {page})" if label and label != str(page) else str(page)


def _roman(number: int) -> str:
    if number <= 0 or number >= 4000:
        return str(number)
    numerals = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    out = []
    for value, letters in numerals:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _letters(number: int) -> str:
    """A, B, … Z, AA, BB, … as PDF label style 'A' counts."""
    if number <= 0:
        return str(number)
    letter = chr(ord("A") + (number - 1) % 26)
    return letter * ((number - 1) // 26 + 1)
