"""Real PDFs made with PyMuPDF for tests: each page is a list of lines placed as they are, so a
test decides exactly where a line (and a hyphenated word) breaks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pymupdf


def make_pdf(
    path: Path,
    pages: Sequence[Sequence[str]],
    *,
    meta_title: str = "",
    title_size: float = 0.0,
    password: str = "",
) -> Path:
    """Write a PDF whose page i holds the lines pages[i]. With title_size, the first line of
    the first page is set that big (a cover title)."""
    doc = pymupdf.open()
    for number, lines in enumerate(pages):
        page = doc.new_page()
        y = 72.0
        for i, line in enumerate(lines):
            size = title_size if (number == 0 and i == 0 and title_size) else 11.0
            page.insert_text((72, y + size), line, fontname="helv", fontsize=size)
            y += size * 1.5
    doc.set_metadata({"title": meta_title})
    path.parent.mkdir(parents=True, exist_ok=True)
    if password:
        doc.save(
            path,
            encryption=pymupdf.PDF_ENCRYPT_AES_256,
            user_pw=password,
            owner_pw=password + "-owner",
        )
    else:
        doc.save(path)
    return path
