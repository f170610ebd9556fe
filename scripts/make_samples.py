"""Generate the sample brochures in resources/samples/ (committed; run `make samples` to redo).

Each looks like a real cluster brochure: a coloured cover with a big title block, an imprint
with Herausgeber and Stand, contents, two-column chapters with words hyphenated at line ends,
and good-practice examples of named cluster initiatives on their own pages.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_texts import BROCHURES

OUT = Path(__file__).resolve().parents[1] / "resources" / "samples"
W, H = pymupdf.paper_size("a4")
MARGIN = 56
GUTTER = 22
BODY = ("helv", 10.0, 14.0)  # font, size, leading
FIXED_DATE = "D:20200101120000+01'00'"


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy line breaking; a word with '|' marks is hyphenated when that fills the line."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip() if line else word
        if pymupdf.get_text_length(candidate.replace("|", ""), font, size) <= width:
            line = candidate
            continue
        parts = word.split("|")
        placed = False
        for cut in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:cut]) + "-"
            trial = f"{line} {head}".strip()
            if pymupdf.get_text_length(trial, font, size) <= width:
                lines.append(trial)
                line = "|".join(parts[cut:])
                placed = True
                break
        if not placed:
            if line:
                lines.append(line.replace("|", ""))
            line = word
    if line:
        lines.append(line.replace("|", ""))
    return lines


def two_columns(page: Any, top: float, paragraphs: list[str]) -> None:
    font, size, leading = BODY
    col_w = (W - 2 * MARGIN - GUTTER) / 2
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [*wrap(paragraph, col_w, font, size), ""]
    per_col = int((H - MARGIN - top) // leading)
    half = min(per_col, (len(lines) + 1) // 2)
    for i, text in enumerate(lines):
        col, row = divmod(i, half)
        x = MARGIN + col * (col_w + GUTTER)
        if text:
            page.insert_text((x, top + row * leading), text, fontname=font, fontsize=size)


def footer(page: Any, number: int, title: str) -> None:
    page.insert_text((MARGIN, H - 28), title, fontname="helv", fontsize=7.5, color=(0.4,) * 3)
    page.insert_text((W - MARGIN - 10, H - 28), str(number), fontname="helv", fontsize=8)


def build(spec: dict[str, Any]) -> pymupdf.Document:
    doc = pymupdf.open()
    colour = spec["colour"]
    # Cover
    page = doc.new_page(width=W, height=H)
    page.draw_rect(pymupdf.Rect(0, 0, W, H * 0.62), color=None, fill=colour)
    y = 210.0
    for line in spec["title"]:
        page.insert_text((MARGIN, y), line, fontname="hebo", fontsize=34, color=(1, 1, 1))
        y += 42
    for line in wrap(spec["subtitle"], W - 2 * MARGIN, "helv", 16):
        page.insert_text((MARGIN, y + 14), line, fontname="helv", fontsize=16, color=(1, 1, 1))
        y += 21
    page.insert_text((MARGIN, H - 90), spec["publisher"][:80], fontname="hebo", fontsize=11)
    # Imprint
    page = doc.new_page(width=W, height=H)
    page.insert_text((MARGIN, 90), "Impressum", fontname="hebo", fontsize=16)
    imprint = [
        "Herausgeber",
        spec["publisher"],
        spec["address"],
        "",
        "Redaktion und Gestaltung",
        "Agentur Nordlicht, Kiel",
        "",
        spec["stand"],
        "",
        "Diese Publikation wird kostenlos abgegeben und ist nicht zum Verkauf bestimmt.",
    ]
    y = 120.0
    for line in imprint:
        for part in wrap(line, W - 2 * MARGIN, "helv", 10) or [""]:
            page.insert_text((MARGIN, y), part, fontname="helv", fontsize=10)
            y += 14
    footer(page, 2, spec["title"][0])
    doc.new_page(width=W, height=H)  # contents, filled after the chapters are placed
    toc: list[list[Any]] = [[1, "Impressum", 2], [1, "Inhalt", 3]]
    sections = [(t, "", p) for t, p in spec["chapters"]] + list(spec["examples"])
    for heading, subline, paragraphs in sections:
        page = doc.new_page(width=W, height=H)
        number = doc.page_count
        page.draw_rect(pymupdf.Rect(MARGIN, 70, MARGIN + 40, 74), color=None, fill=colour)
        page.insert_text((MARGIN, 104), heading, fontname="hebo", fontsize=18)
        top = 134.0
        if subline:
            page.insert_text((MARGIN, 124), subline, fontname="helv", fontsize=10, color=colour)
            top = 150.0
        two_columns(page, top, paragraphs)
        footer(page, number, spec["title"][0])
        toc.append([1, heading, number])
    contents = doc[2]
    contents.insert_text((MARGIN, 90), "Inhalt", fontname="hebo", fontsize=16)
    for i, (_, heading, number) in enumerate(toc[2:]):
        contents.insert_text((MARGIN, 124 + i * 18), heading, fontname="helv", fontsize=11)
        contents.insert_text((W - MARGIN - 20, 124 + i * 18), str(number), fontsize=11)
    footer(contents, 3, spec["title"][0])
    doc.set_toc(toc)
    doc.set_metadata(
        {
            "title": spec["meta_title"],
            "author": "",
            "creator": "BrochureDesk sample generator",
            "producer": "PyMuPDF",
            "creationDate": FIXED_DATE,
            "modDate": FIXED_DATE,
        }
    )
    return doc


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for spec in BROCHURES:
        doc = build(spec)
        doc.save(OUT / spec["file"], garbage=4, deflate=True, no_new_id=True)
        print(f"{spec['file']}: {doc.page_count} pages")


if __name__ == "__main__":
    main()
