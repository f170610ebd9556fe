"""Dates as people type them, read into the ISO form the catalog keeps ("2019", "2019-06",
"2019-06-12": as precise as known), and written back the way the reader writes them."""

from __future__ import annotations

import re

# (pattern, the order of its groups): German and ISO forms, with or without leading zeros
_FORMS = (
    (re.compile(r"(\d{4})"), "y"),
    (re.compile(r"(\d{4})-(\d{1,2})"), "ym"),
    (re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"), "ymd"),
    (re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})"), "dmy"),
    (re.compile(r"(\d{1,2})\s?[./]\s?(\d{4})"), "my"),
)
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
FIRST_YEAR, LAST_YEAR = 1000, 2999


def parse_date(text: str) -> str | None:
    """The ISO date `text` names ("12.06.2019" → "2019-06-12", "6/2019" → "2019-06"),
    "" for an empty text, None when it is no date (the caller says so and keeps the old one)."""
    text = text.strip()
    if not text:
        return ""
    for pattern, order in _FORMS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
        year, month, day = parts["y"], parts.get("m"), parts.get("d")
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return None
        if month is None:
            return f"{year:04d}"
        if not 1 <= month <= 12:
            return None
        if day is None:
            return f"{year:04d}-{month:02d}"
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        if not 1 <= day <= (_DAYS[month - 1] if month != 2 or leap else 28):
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def year_of(date: str) -> int | None:
    return int(date[:4]) if date[:4].isdigit() else None


def shown_date(date: str, german: bool) -> str:
    """An ISO date as the reader writes it: "12.06.2019" and "06/2019" in German, ISO in
    English; a year alone as it is."""
    if len(date) == 10 and date[4] == "-" and date[7] == "-":
        return f"{date[8:]}.{date[5:7]}.{date[:4]}" if german else date
    if len(date) == 7 and date[4] == "-":
        return f"{date[5:]}/{date[:4]}"
    return date[:4]
