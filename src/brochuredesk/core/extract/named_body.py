"""The body a brochure is by when no imprint, letterhead or cover line says so: a party's
programme, an association's flyer or form. Read from what the text says of itself — the
organisation its first page names with a legal form and the rest names again ("Antrag zur
Mitgliedschaft im Bayerischen Go-Verein e.V."), a sentence that says what it is ("Freifunk ist
eine nichtkommerzielle Initiative"), or the one party a programme names far more than any
other. Always marked "to check"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# "Bayerischen Go-Verein e.V.", "Quartier Zukunft gGmbH": a name of one to four capitalised
# words before its legal form.
_LEGAL = re.compile(
    r"(?P<name>(?:[A-ZÄÖÜ][\w&-]*\s+){1,4}(?:e\.\s?V\.|gGmbH|GmbH|e\.\s?G\.|eG)(?!\w))"
)
# "Freifunk ist eine nichtkommerzielle Initiative für freie Funknetzwerke."
_SELF = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<name>[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3})\s+ist\s+"
    r"(?:eine?|der|die|das|unser\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:Initiative|Verein|Organisation|Partei|Netzwerk|Verband|Stiftung|Bündnis"
    r"|Zusammenschluss|Gemeinschaft|Kirchengemeinde|Gemeinde)\b"
)
_PARTIES = {
    "CDU": r"\bCDU\b", "CSU": r"\bCSU\b", "SPD": r"\bSPD\b", "FDP": r"\bFDP\b",
    "AfD": r"\bAfD\b", "BSW": r"\bBSW\b", "ÖDP": r"\bÖDP\b", "Piratenpartei": r"\bPIRATEN\b|\bPiratenpartei\b",
    "DIE LINKE": r"\bDIE LINKE\b|\bDie Linke\b", "BÜNDNIS 90/DIE GRÜNEN": r"\bGRÜNE[N]?\b|\bBündnis 90/Die Grünen\b",
}  # fmt: skip
PARTY_MENTIONS = 12  # a programme names its own party this often at least
# "Ein Hackerspace ist ein …", "Das ist ein …": a thing or a pronoun, not a name.
_NOT_A_NAME = re.compile(
    r"^(?:Ein|Eine|Der|Die|Das|Dies\w*|Es|Er|Sie|Wir|Unser\w*|Jede\w*|Hier|Man)\b"
)
_LEADING_CASE = re.compile(r"^(?:Bayerischen|Deutschen|Evangelischen|Katholischen)\b")


def named_body(pages: Sequence[str]) -> str:
    """The body the text names as its own, or "" when it names none clearly."""
    text = "\n".join(pages)
    if not text.strip():
        return ""
    first = next((p for p in pages if p.strip()), "")
    for match in _LEGAL.finditer(first):
        name = " ".join(match.group("name").split())
        if text.count(name) >= 2 or len(pages) <= 2:
            return _nominative(name)
    for page in pages[:3]:
        for found in _SELF.finditer(page):
            name = found.group("name")
            if not _NOT_A_NAME.match(name):
                return name
    counts = Counter({p: len(re.findall(rx, text)) for p, rx in _PARTIES.items()})
    (top, n), *rest = counts.most_common() or [("", 0)]
    second = rest[0][1] if rest else 0
    if n >= PARTY_MENTIONS and n >= 3 * max(1, second):
        return top
    if {top, rest[0][0] if rest else ""} == {"CDU", "CSU"} and second >= PARTY_MENTIONS / 2:
        others = rest[1][1] if len(rest) > 1 else 0
        if second >= 3 * max(1, others):
            return "CDU/CSU"  # the Union's common programme
    return ""


def _nominative(name: str) -> str:
    """'Bayerischen Go-Verein e.V.' as a name is said: 'Bayerischer Go-Verein e.V.'."""
    words = name.split()
    if _LEADING_CASE.match(name) and len(words) >= 2 and not words[1].endswith("en"):
        words[0] = words[0][:-2] + "er"  # strong adjective before a masculine noun
    return " ".join(words)
