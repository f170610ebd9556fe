"""Import throughput against bare PyMuPDF extraction of the same files on the same cores."""

from __future__ import annotations

import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .common import CORPUS, SAMPLES, median, timed


def bare_extract(path: str) -> int:
    """The floor: every page's text and one cover render at our thumbnail size."""
    import pymupdf

    from brochuredesk.core.pdf import THUMB_MAX_H, THUMB_MAX_W

    with pymupdf.open(path) as doc:
        chars = sum(len(page.get_text()) for page in doc)
        page = doc[0]
        zoom = min(THUMB_MAX_W / page.rect.width, THUMB_MAX_H / page.rect.height)
        page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("jpg")
    return chars


def run_bare(files: list[Path]) -> None:
    with ProcessPoolExecutor(os.cpu_count()) as pool:
        list(pool.map(bare_extract, [str(f) for f in files]))


def run_ours(source: Path, workdir: Path) -> None:
    from brochuredesk.core.importer import import_paths
    from brochuredesk.core.library import open_library
    from brochuredesk.core.search.manage import open_index

    target = workdir / "lib"
    shutil.rmtree(target, ignore_errors=True)
    with open_library(target) as library:
        index = open_index(library)
        report = import_paths(library, [source], index=index)
        index.close()
    assert not report.failed, report.failed


def main(size: str) -> list[tuple[str, str]]:
    source = CORPUS / "german" if (CORPUS / "german").is_dir() else SAMPLES
    files = sorted(source.glob("*.pdf"))
    pages = 0
    import pymupdf

    for f in files:
        with pymupdf.open(f) as doc:
            pages += doc.page_count
    rounds = 3 if size == "full" else 1
    bare, ours = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(rounds):  # alternate, so machine noise hits both alike
            bare.append(timed(lambda: run_bare(files)))
            ours.append(timed(lambda: run_ours(source, Path(tmp))))
    b, o = median(bare), median(ours)
    return [
        ("import corpus", f"{source.name}: {len(files)} files, {pages} pages"),
        ("bare PyMuPDF (text + cover, all cores)", f"{b:.2f} s"),
        ("BrochureDesk import (catalog + covers + index)", f"{o:.2f} s"),
        ("import throughput", f"{pages / o:.0f} pages/s, {len(files) / o:.1f} brochures/s"),
        ("import / bare ratio (budget ≤ 1.3)", f"{o / b:.2f}"),
    ]
