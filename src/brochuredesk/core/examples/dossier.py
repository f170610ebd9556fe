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
    },
    False: {
        "title": "Good-practice dossier", "contents": "Contents", "examples": "examples",
        "organisation": "Organisation", "region": "Region", "sector": "Sector",
        "fields": "Fields of action", "summary": "Summary", "excerpt": "Excerpt", "url": "Contact / web",
        "tags": "Tags", "notes": "Notes", "source": "Source", "pages": "pages", "page": "page",
        "facts": "Facts", "original": "Original pages", "made": "Made on",
    },
}  # fmt: skip


def build_dossier(
    rows: Sequence[Row], path: Path, *, title: str, german: bool, subtitle: str = ""
) -> None:
    text = LABELS[german]
    doc = pymupdf.open()
    heading = title or text["title"]
    _cover(doc, heading, subtitle, len(rows), text)
    _new_page(doc)  # contents, filled in once the page numbers are known
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
    _contents(doc[1], entries, text)
    doc.set_toc(toc)
    doc.set_metadata({"title": heading, "creator": "BrochureDesk", "producer": "PyMuPDF"})
    doc.subset_fonts()  # only the glyphs used: a few KB instead of the whole fonts
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def _cover(doc: Any, heading: str, subtitle: str, count: int, text: dict[str, str]) -> None:
    page = _new_page(doc)
    page.draw_rect(pymupdf.Rect(0, 0, W, H * 0.45), color=None, fill=BLUE)
    page.insert_textbox(
        pymupdf.Rect(MARGIN, 150, W - MARGIN, 290), heading, fontname=BOLD, fontsize=30,
        color=(1, 1, 1),
    )  # fmt: skip
    if subtitle:
        page.insert_textbox(
            pymupdf.Rect(MARGIN, 292, W - MARGIN, 330), subtitle, fontname=SANS, fontsize=15,
            color=(1, 1, 1),
        )  # fmt: skip
    page.insert_text(
        (MARGIN, 350), f"{count} {text['examples']}", fontname=SANS, fontsize=14, color=(1, 1, 1)
    )
    page.insert_text(
        (MARGIN, H - 80), f"{text['made']} {date.today():%d.%m.%Y}", fontname=SANS, fontsize=10
    )


def _contents(page: Any, entries: list[tuple[str, str, int]], text: dict[str, str]) -> None:
    page.insert_text((MARGIN, 90), text["contents"], fontname=BOLD, fontsize=18)
    y = 130.0
    for title, organisation, number in entries:
        line = f"{title} — {organisation}" if organisation else title
        page.insert_textbox(
            pymupdf.Rect(MARGIN, y - 11, W - MARGIN - 40, y + 20),
            line,
            fontname=SANS,
            fontsize=11,
        )
        page.insert_text((W - MARGIN - 20, y), str(number), fontname=SANS, fontsize=11)
        page.insert_link(  # the whole line leads to the example's page
            {"kind": pymupdf.LINK_GOTO, "from": pymupdf.Rect(MARGIN, y - 12, W - MARGIN, y + 8),
             "page": number - 1, "to": pymupdf.Point(0, 0)}
        )  # fmt: skip
        y += 24
        if y > H - MARGIN:
            break


def _facts(doc: Any, row: Row, text: dict[str, str]) -> None:
    example, brochure = row.example, row.brochure
    page = _new_page(doc)
    page.draw_rect(pymupdf.Rect(MARGIN, 60, MARGIN + 40, 64), color=None, fill=BLUE)
    page.insert_textbox(
        pymupdf.Rect(MARGIN, 76, W - MARGIN, 140), example.title, fontname=BOLD, fontsize=20
    )
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
    ]
    y = 150.0
    for label, value in facts:
        if not value:
            continue
        page.insert_text((MARGIN, y + 10), label, fontname=BOLD, fontsize=10, color=BLUE)
        box = pymupdf.Rect(MARGIN + 130, y, W - MARGIN, H - MARGIN)
        left = page.insert_textbox(box, value, fontname=SANS, fontsize=10.5)
        used = box.height - left if left >= 0 else box.height
        y += max(22.0, used + 10)
        if y > H - MARGIN - 20:
            break


def _pages_word(example: Any) -> str:
    return "page" if example.first_page == example.last_page else "pages"
