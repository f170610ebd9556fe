"""Laying out the dossier PDF with PyMuPDF (called by export.export_dossier)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pymupdf

from brochuredesk.core.extract.pdf import open_document

if TYPE_CHECKING:
    from brochuredesk.core.examples.rows import Row

W, H = pymupdf.paper_size("a4")
MARGIN = 60
BLUE = (0.05, 0.27, 0.52)
# MuPDF's Helvetica and Helvetica Bold (Nimbus Sans), embedded as Unicode fonts: the PDF
# base-14 fonts only know Latin-1, so „quotes“, dashes, € or Polish names came out as "?".
SANS, BOLD = "sans", "sans-bold"


def _new_page(doc: Any) -> Any:
    page = doc.new_page(width=W, height=H)
    for name, builtin in ((SANS, "helv"), (BOLD, "hebo")):
        page.insert_font(fontname=name, fontbuffer=_font_buffer(builtin))
    return page


_BUFFERS: dict[str, bytes] = {}


def _font_buffer(builtin: str) -> bytes:
    if builtin not in _BUFFERS:
        _BUFFERS[builtin] = pymupdf.Font(builtin).buffer
    return _BUFFERS[builtin]


LABELS = {
    True: {
        "title": "Good-Practice-Dossier", "contents": "Inhalt", "examples": "Beispiele",
        "organisation": "Organisation", "region": "Region", "sector": "Branche",
        "fields": "Handlungsfelder", "summary": "Zusammenfassung", "excerpt": "Auszug", "url": "Kontakt / Web",
        "tags": "Schlagwörter", "notes": "Notizen", "source": "Quelle", "pages": "Seiten", "page": "Seite",
        "facts": "Steckbrief", "original": "Originalseiten", "made": "Erstellt am",
        "my_notes": "Meine Notizen", "page_short": "S.",
    },
    False: {
        "title": "Good-practice dossier", "contents": "Contents", "examples": "examples",
        "organisation": "Organisation", "region": "Region", "sector": "Sector",
        "fields": "Fields of action", "summary": "Summary", "excerpt": "Excerpt", "url": "Contact / web",
        "tags": "Tags", "notes": "Notes", "source": "Source", "pages": "pages", "page": "page",
        "facts": "Facts", "original": "Original pages", "made": "Made on",
        "my_notes": "My notes", "page_short": "p.",
    },
}  # fmt: skip


class _Flow:
    """Writes text down the pages, wrapped at word boundaries, and starts a new page when one
    is full: no text is ever cut off or dropped (PyMuPDF's insert_textbox writes nothing at
    all when a text does not fit its box)."""

    def __init__(self, doc: Any, page: Any, y: float) -> None:
        self.doc, self.page, self.y = doc, page, y
        self.bottom = H - MARGIN

    def next_page(self, page: Any | None = None) -> None:
        self.page = page if page is not None else _new_page(self.doc)
        self.y = float(MARGIN)

    def room(self, height: float) -> None:
        """Start a new page unless `height` more fits on this one."""
        if self.y + height > self.bottom:
            self.next_page()

    def text(
        self,
        text: str,
        x0: float,
        x1: float,
        *,
        font: str = SANS,
        size: float = 10.5,
        color: tuple[float, float, float] = (0, 0, 0),
        leading: float = 1.35,
    ) -> list[tuple[int, float]]:
        """Write `text` between x0 and x1; where each line went (page number, baseline: a
        page object made before the next page was added no longer writes)."""
        placed = []
        step = size * leading
        for line in wrap(text, x1 - x0, font, size):
            self.room(step)
            self.y += size
            self.page.insert_text((x0, self.y), line, fontname=font, fontsize=size, color=color)
            placed.append((self.page.number, self.y))
            self.y += step - size
        return placed


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """The lines `text` takes at `width` points: paragraphs kept, words whole unless one is
    wider than the line (then cut where the line ends)."""
    measure = _font(font).text_length
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            while measure(word, fontsize=size) > width:  # a very long word or address
                cut = len(word)
                while cut > 1 and measure(word[:cut], fontsize=size) > width:
                    cut -= 1
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:cut])
                word = word[cut:]
            candidate = f"{line} {word}" if line else word
            if line and measure(candidate, fontsize=size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


_FONTS: dict[str, Any] = {}


def _font(name: str) -> Any:
    if name not in _FONTS:
        _FONTS[name] = pymupdf.Font(fontbuffer=_font_buffer("hebo" if name == BOLD else "helv"))
    return _FONTS[name]


CONTENTS_TOP, CONTENTS_SIZE, CONTENTS_GAP = 130.0, 11.0, 9.0
CONTENTS_WIDTH = W - 2 * MARGIN - 40  # the page number stands right of it


def _contents_lines(title: str, organisation: str) -> list[str]:
    line = f"{title} — {organisation}" if organisation else title
    return wrap(line, CONTENTS_WIDTH, SANS, CONTENTS_SIZE)


def _contents_pages(rows: Sequence[Row]) -> int:
    """How many pages the contents take (known before the examples' page numbers are)."""
    step = CONTENTS_SIZE * 1.35
    pages, y = 1, CONTENTS_TOP - CONTENTS_SIZE
    for row in rows:
        height = len(_contents_lines(row.example.title, row.example.organisation)) * step
        if y + height > H - MARGIN:
            pages, y = pages + 1, float(MARGIN)
        y += height + CONTENTS_GAP
    return pages


def build_dossier(
    rows: Sequence[Row], path: Path, *, title: str, german: bool, subtitle: str = ""
) -> None:
    text = LABELS[german]
    doc = pymupdf.open()
    heading = title or text["title"]
    _cover(doc, heading, subtitle, len(rows), text)
    contents = [_new_page(doc).number for _ in range(_contents_pages(rows))]  # filled in last
    toc: list[list[Any]] = [[1, heading, 1], [1, text["contents"], 2]]
    entries = []
    for row in rows:
        facts_page = doc.page_count + 1
        _facts(doc, row, text)
        toc.append([1, row.example.title, facts_page])
        toc.append([2, text["facts"], facts_page])
        source, unlocked = open_document(row.file, row.brochure.password)
        try:
            if unlocked:
                first = doc.page_count + 1
                doc.insert_pdf(
                    source, from_page=row.example.first_page - 1, to_page=row.example.last_page - 1
                )
                toc.append([2, f"{text['original']} ({row.example.pages})", first])
        finally:
            source.close()
        entries.append((row.example.title, row.example.organisation, facts_page))
    _contents(doc, contents, entries, text)
    doc.set_toc(toc)
    doc.set_metadata({"title": heading, "creator": "BrochureDesk", "producer": "PyMuPDF"})
    doc.subset_fonts()  # only the glyphs used: a few KB instead of the whole fonts
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def _cover(doc: Any, heading: str, subtitle: str, count: int, text: dict[str, str]) -> None:
    page = _new_page(doc)
    page.draw_rect(pymupdf.Rect(0, 0, W, H * 0.45), color=None, fill=BLUE)
    size = 30.0
    while size > 14 and len(wrap(heading, W - 2 * MARGIN, BOLD, size)) * size * 1.2 > 140:
        size -= 2  # a long title gets smaller, never cut
    flow = _Flow(doc, page, 150.0)
    flow.bottom = H * 0.45 - 10
    flow.text(heading, MARGIN, W - MARGIN, font=BOLD, size=size, color=(1, 1, 1), leading=1.2)
    if subtitle:
        flow.y += 6
        flow.text(subtitle, MARGIN, W - MARGIN, size=15, color=(1, 1, 1), leading=1.25)
    page.insert_text(
        (MARGIN, max(350.0, flow.y + 24)), f"{count} {text['examples']}", fontname=SANS,
        fontsize=14, color=(1, 1, 1),
    )  # fmt: skip
    page.insert_text(
        (MARGIN, H - 80), f"{text['made']} {date.today():%d.%m.%Y}", fontname=SANS, fontsize=10
    )


def _contents(
    doc: Any, pages: list[int], entries: list[tuple[str, str, int]], text: dict[str, str]
) -> None:
    """The contents on the pages kept for them (page objects taken anew: those made before
    other pages were inserted no longer write)."""
    first = doc[pages[0]]
    first.insert_text((MARGIN, 90), text["contents"], fontname=BOLD, fontsize=18)
    spare = iter(pages[1:])
    flow = _Flow(doc, first, CONTENTS_TOP - CONTENTS_SIZE)
    flow.next_page = lambda page=None: _Flow.next_page(flow, doc[next(spare)])  # type: ignore[method-assign]
    step = CONTENTS_SIZE * 1.35
    for title, organisation, number in entries:
        lines = _contents_lines(title, organisation)
        flow.room(len(lines) * step)  # an entry is never split over two pages
        placed = flow.text("\n".join(lines), MARGIN, MARGIN + CONTENTS_WIDTH, size=CONTENTS_SIZE)
        number_at, first = placed[0]
        page = doc[number_at]
        page.insert_text((W - MARGIN - 20, first), str(number), fontname=SANS, fontsize=11)
        page.insert_link(  # the whole entry leads to the example's page
            {"kind": pymupdf.LINK_GOTO, "page": number - 1, "to": pymupdf.Point(0, 0),
             "from": pymupdf.Rect(MARGIN, first - CONTENTS_SIZE, W - MARGIN, placed[-1][1] + 3)}
        )  # fmt: skip
        flow.y += CONTENTS_GAP


def _facts(doc: Any, row: Row, text: dict[str, str]) -> None:
    example, brochure = row.example, row.brochure
    page = _new_page(doc)
    page.draw_rect(pymupdf.Rect(MARGIN, 60, MARGIN + 40, 64), color=None, fill=BLUE)
    flow = _Flow(doc, page, 76.0)
    flow.text(example.title, MARGIN, W - MARGIN, font=BOLD, size=20, leading=1.2)
    source = " · ".join(
        x for x in (brochure.title, brochure.publisher, str(brochure.year or "")) if x
    )
    facts = [
        (text["organisation"], example.organisation),
        (text["region"], example.region),
        (text["sector"], example.sector),
        (text["fields"], ", ".join(example.fields_of_action)),
        (text["source"], f"{source}, {text[_pages_word(example)]} {example.pages}"),
        (text["url"], example.url),
        (text["tags"], ", ".join(example.tags)),
        (text["summary"], example.summary),
        (text["excerpt"], f"„{' '.join(example.excerpt.split())}“" if example.excerpt else ""),
        (text["notes"], example.notes),
        (text["my_notes"], "\n".join(_note_line(n, text) for n in row.notes)),
    ]
    flow.y = max(flow.y + 14, 150.0)
    for label, value in facts:
        if not value:
            continue
        flow.room(3 * 10.5 * 1.35)  # a label never stands alone at the foot of a page
        top = flow.y
        placed = flow.text(value, MARGIN + 130, W - MARGIN)
        doc[placed[0][0]].insert_text(
            (MARGIN, placed[0][1]), label, fontname=BOLD, fontsize=10, color=BLUE
        )
        flow.y = max(flow.y, top + 22.0) + 8


def _note_line(note: Any, text: dict[str, str]) -> str:
    """'S. 13: „Werde Foodstarter“ – für den Vorstand' (a note of one's own)."""
    said = " – ".join(x for x in (f"„{note.quote}“" if note.quote else "", note.text) if x)
    return f"{text['page_short']} {note.page}: {said}"


def _pages_word(example: Any) -> str:
    return "page" if example.first_page == example.last_page else "pages"
