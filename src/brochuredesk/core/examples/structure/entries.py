"""Examples listed inside one example's unit: a box of short entries, each a paragraph opened by
its name and a colon or a dash ("Weather Data: the National Ocean and Atmospheric
Administration …", "Canada – T3010 Charity Information Return Data …"). A box with several
such paragraphs holds several examples, not one; each entry is offered on its own, the box's
title kept as its chapter."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from brochuredesk.core.examples.facts import labelled
from brochuredesk.core.examples.structure.layout import Line
from brochuredesk.core.examples.structure.runs import CAPTION, is_fragment
from brochuredesk.core.plain import datarecord

MIN_ENTRIES = 3  # fewer named paragraphs are a unit's own structure, not a list of examples
LEAD_WORDS = (2, 8)  # an entry's name: more than a field's label ("Kontakt:"), no sentence
MIN_REST_WORDS = 4  # the entry's text goes on after its name on the same line
INDENT = 3.0  # points: a paragraph's first line starts this much right of its second
GAP_SHARE = 0.6  # of the line's size: the extra space that opens a paragraph

_LEAD = re.compile(r"^(?P<lead>[^\W_][^:–—]{2,80}?)\s*(?::|\s[–—]\s)\s*(?P<rest>\S.*)$")


@datarecord
class Entry:
    page: int
    title: str
    lines: list[str]
    paragraph: int = 1  # lines of its own paragraph (what follows it up to the next is kept)


def _opens_paragraph(lines: Sequence[tuple[int, Line]], i: int) -> bool:
    page, line = lines[i]
    if i == 0 or lines[i - 1][0] != page:
        return True
    before = lines[i - 1][1]
    if line.y0 - before.y1 > GAP_SHARE * line.size:
        return True
    after = lines[i + 1][1] if i + 1 < len(lines) and lines[i + 1][0] == page else None
    return after is not None and line.x0 - after.x0 >= INDENT and abs(before.x0 - after.x0) < 1


def _lead(text: str) -> str | None:
    """The name an entry opens with, when its line has the shape of one."""
    match = _LEAD.match(text.strip())
    if match is None or CAPTION.match(text.strip()) or labelled([text.strip()]):
        return None
    lead, rest = match.group("lead").strip(), match.group("rest")
    words = lead.split()
    long_words = [w for w in words if len(w) > 3]
    if not LEAD_WORDS[0] <= len(words) <= LEAD_WORDS[1] or len(rest.split()) < MIN_REST_WORDS:
        return None
    if lead[-1:] in ".,;!?" or CAPTION.match(lead) or is_fragment(lead):
        return None
    if sum(w[:1].isupper() for w in long_words) * 2 < len(long_words):
        return None  # a sentence that has a colon in it, not a name
    return lead


def entries(lines: Sequence[tuple[int, Line]]) -> list[Entry]:
    """The paragraphs among a unit's lines (page, line) that open with a name, each with what
    follows up to the next one."""
    found: list[Entry] = []
    open_paragraph = False
    for i, (page, line) in enumerate(lines):
        opens = _opens_paragraph(lines, i)
        lead = _lead(line.text) if opens else None
        if lead is not None:
            found.append(Entry(page, lead, [line.text]))
            open_paragraph = True
        elif found:
            found[-1].lines.append(line.text)
            open_paragraph = open_paragraph and not opens
            found[-1].paragraph += open_paragraph
    return [e for e in found if e.paragraph >= 2]  # a paragraph, not a one-line field


def listed_examples(units: Sequence[Sequence[tuple[int, Line]]]) -> list[list[Entry]]:
    """For each unit of one run, the examples it lists, or none: a lead that opens paragraphs
    in two units of the run (or twice in one) is a section label of the series ('Ziel des
    Projekts:'), not a name, and a unit lists examples only with MIN_ENTRIES names left."""
    found = [entries(lines) for lines in units]
    seen = Counter(e.title.casefold() for listed in found for e in listed)
    named = [[e for e in listed if seen[e.title.casefold()] == 1] for listed in found]
    return [listed if len(listed) >= MIN_ENTRIES else [] for listed in named]
