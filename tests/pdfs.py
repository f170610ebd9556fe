"""Real PDFs made with PyMuPDF for tests: each page is a list of lines placed as they are, so a
test decides exactly where a line (and a hyphenated word) breaks."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import pymupdf

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import Library, open_library
from brochuredesk.core.search.index import SearchIndex
from brochuredesk.core.search.manage import open_index


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


@contextlib.contextmanager
def indexed_library(
    root: Path, documents: dict[str, Sequence[Sequence[str]]]
) -> Iterator[tuple[Library, SearchIndex]]:
    """A library at root/lib of one generated PDF per document (name → pages of lines),
    imported and indexed; closed afterwards."""
    sources = [make_pdf(root / "in" / f"{name}.pdf", pages) for name, pages in documents.items()]
    library = open_library(root / "lib")
    index = open_index(library)
    try:
        assert not import_paths(library, sources, index=index).failed
        yield library, index
    finally:
        index.close()
        library.close()
