"""The unit each heading opens: it runs until the next heading at least as prominent (the next
sibling or the chapter's end), mid-page, across page breaks or two to a page."""

from __future__ import annotations

from brochuredesk.core.examples.structure.headings import Document, Heading
from brochuredesk.core.plain import datarecord, field

MAX_SPAN = 8  # pages a unit is read over at most (its features still see that it ran on)


@datarecord
class Unit:
    heading: Heading
    first_page: int
    last_page: int
    lines: list[str] = field(default_factory=list)  # its text below the heading
    ran_on: bool = False  # it went on past MAX_SPAN pages: a chapter, not an example
    ended_by: Heading | None = None


def _ends(later: Heading, heading: Heading) -> bool:
    if later.size > heading.size + 0.25:
        return True
    return abs(later.size - heading.size) <= 0.25 and later.style[1] >= heading.style[1]


def units(doc: Document) -> list[Unit]:
    found = []
    headings = doc.headings
    for n, heading in enumerate(headings):
        ender = next((h for h in headings[n + 1 :] if _ends(h, heading)), None)
        end_page = ender.page if ender is not None else len(doc.pages)
        unit = Unit(heading, heading.page, heading.page, ended_by=ender)
        for number in range(heading.page, end_page + 1):
            if number - heading.page >= MAX_SPAN:
                unit.ran_on = True
                break
            page = doc.page(number)
            start = heading.last + 1 if number == heading.page else 0
            stop = ender.first if ender is not None and number == ender.page else len(page.lines)
            texts = [
                line.text
                for i, line in enumerate(page.lines[start:stop], start=start)
                if (number, i) not in doc.running
            ]
            if texts:
                unit.lines.extend(texts)
                unit.last_page = number
        found.append(unit)
    return found
