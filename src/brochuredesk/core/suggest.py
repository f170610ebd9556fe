"""Candidate good-practice examples in a brochure, from its structure.

Brochures announce their examples: an outline entry or a page heading says "Good Practice:",
"Praxisbeispiel", "Best Practice", "Erfolgsgeschichte"… and a named organisation ("… e.V.",
"… GmbH") stands near the top. Only such cues make a candidate, so a party programme or a
manual gets none or a few, not one per chapter.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from .examples import LAENDER, Example, page_range
from .models import Brochure

CUE = re.compile(
    r"\b(Good[\s-]Practice|Best[\s-]Practice|Praxisbeispiel|Fallbeispiel|Projektbeispiel"
    r"|Beispiel aus der Praxis|Erfolgsgeschichte|Leuchtturmprojekt|Steckbrief)\b\s*[:\-–]?\s*",
    re.IGNORECASE,
)
ORGANISATION = re.compile(
    r"((?:[A-ZÄÖÜ][\w.&-]*|[a-z]+[A-Z][\w.&-]*)(?:[ \t]+[\w.&-]+){0,4}?[ \t]+"
    r"(?:e\.[ \t]?V\.|gGmbH|GmbH|AG|eG|mbH))"
)
MAX_CANDIDATES = 12
HEAD_CHARS = 500


@dataclass
class Candidate:
    first_page: int
    last_page: int
    title: str
    organisation: str = ""
    region: str = ""
    sector: str = ""
    reason: str = ""  # "outline" or "heading"

    @property
    def pages(self) -> str:
        return page_range(self.first_page, self.last_page)

    @property
    def key(self) -> str:
        """What a dismissal remembers: the first page and the heading (stable across runs)."""
        return f"{self.first_page}:{' '.join(self.title.casefold().split())}"


def suggest(
    brochure: Brochure,
    pages: dict[int, str],
    existing: list[Example],
    dismissed: Collection[str] = (),
) -> list[Candidate]:
    """Candidates not yet taken as examples nor dismissed, in page order."""
    taken = {p for e in existing for p in range(e.first_page, e.last_page + 1)}
    found: dict[int, Candidate] = {}
    outline = [e for e in brochure.outline if e.page > 0]
    for i, entry in enumerate(outline):
        if not CUE.search(entry.title) and not ORGANISATION.search(entry.title):
            continue
        nxt = next((o.page for o in outline[i + 1 :] if o.page > entry.page), entry.page + 1)
        last = max(entry.page, min(nxt - 1, entry.page + 3, brochure.page_count))
        found.setdefault(entry.page, _candidate(entry.page, last, entry.title, pages, "outline"))
    for number in sorted(pages):
        if number in found:
            continue
        head = pages[number][:HEAD_CHARS]
        first_lines = "\n".join(head.split("\n")[:3])
        match = CUE.search(first_lines)
        if match:
            line = next(ln for ln in first_lines.split("\n") if CUE.search(ln))
            found[number] = _candidate(number, number, line, pages, "heading")
    candidates = [
        c for page, c in sorted(found.items()) if page not in taken and c.key not in dismissed
    ]
    return candidates[:MAX_CANDIDATES]


def _candidate(
    first: int, last: int, heading: str, pages: dict[int, str], reason: str
) -> Candidate:
    title = CUE.sub("", heading, count=1).strip(" :-–") or heading.strip()
    text = "\n".join(pages.get(p, "") for p in range(first, last + 1))
    candidate = Candidate(first, last, title[:200], reason=reason)
    candidate.organisation, candidate.region, candidate.sector = facts(text)
    return candidate


def facts(text: str) -> tuple[str, str, str]:
    """(organisation, region, sector) named in a passage: a "… e.V." / "… GmbH" near its top,
    the facts line it stands in ("foodRegio e.V. · Schleswig-Holstein · Ernährungswirtschaft")
    and the first German Land mentioned. Empty strings for what is not there."""
    organisation = sector = ""
    for line in text[: HEAD_CHARS * 2].split("\n"):
        if CUE.search(line):
            continue  # the heading itself
        match = ORGANISATION.search(line)
        if match:
            organisation = " ".join(match.group(1).split())
            parts = [p.strip() for p in re.split(r"\s[·|•]\s", line) if p.strip()]
            others = [p for p in parts if p != organisation and p not in LAENDER]
            if len(parts) > 1 and others:
                sector = others[-1][:80]
            break
    region = next((land for land in LAENDER if land in text), "")
    return organisation, region, sector
