"""Hostile PDFs (DESIGN.md §8: not a PDF; a PDF that hangs or crashes MuPDF; links or scripts
inside a PDF): the CLI and the app stay up, each file gets its row of the table, the time limit
covers text and rendering, and memory stays bounded."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import ALL

from brochuredesk.core.extract.render import RenderError, RenderRequest, RenderService
from brochuredesk.core.library.folder import open_library

TIMEOUT = "5"  # seconds per step for these tests (20 by default)


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, make in ALL.items():
        make(folder / name)
    return folder


@pytest.fixture(scope="module")
def imported(hostile_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    """Import every hostile file once; the report, the library and the peak memory."""
    lib = tmp_path_factory.mktemp("lib") / "Bibliothek"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "brochuredesk", "--library", str(lib), "import", str(hostile_dir),
         "--timeout", TIMEOUT, "--json"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, BROCHUREDESK_LANG="en"),
    )  # fmt: skip
    elapsed = time.monotonic() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"hostile import: {elapsed:.1f} s, peak RSS of a process {peak_kib / 1024:.0f} MiB"
          f" (before: {before / 1024:.0f} MiB)")  # fmt: skip
    return {"proc": proc, "report": json.loads(proc.stdout), "lib": lib, "peak_kib": peak_kib}


def test_every_hostile_file_gets_its_row_of_the_table(imported) -> None:  # type: ignore[no-untyped-def]
    proc, report = imported["proc"], imported["report"]
    assert proc.returncode == 1  # some failed, the rest was done
    failed = {Path(f["path"]).name: f["error"] for f in report["failed"]}
    added = {a["original_filename"]: a for a in report["added"]}
    assert failed["archive.pdf"] == "not a PDF" and failed["error-page.pdf"] == "not a PDF"
    assert "stopped after 5 s" in failed["nested-forms.pdf"]  # text extraction would take minutes
    assert set(added) == {
        "operators.pdf", "huge-page.pdf", "5000-pages.pdf", "scripts-and-links.pdf",
        "deeply-nested.pdf",
    }  # fmt: skip
    assert added["5000-pages.pdf"]["page_count"] == 5000
    assert "Traceback" not in proc.stderr


def test_covers_are_bounded_and_a_hanging_cover_only_loses_the_cover(imported) -> None:  # type: ignore[no-untyped-def]
    import pymupdf

    with open_library(imported["lib"], read_only=True) as library:
        by_name = {b.original_filename: b for b in library.catalog.brochures()}
        huge = library.thumbnail_path(by_name["huge-page.pdf"])
        assert huge is not None and huge.is_file()
        with pymupdf.open(huge) as image:
            rect = image[0].rect
        assert rect.width <= 320 and rect.height <= 448
        operators = by_name["operators.pdf"]  # its cover render hangs: kept without a cover
        assert operators.page_count == 1


def test_memory_stays_bounded(imported) -> None:  # type: ignore[no-untyped-def]
    assert imported["peak_kib"] < 1536 * 1024  # no process above 1.5 GiB


def test_the_5000_page_brochure_is_searchable_to_its_last_page(imported) -> None:  # type: ignore[no-untyped-def]
    proc = subprocess.run(
        [sys.executable, "-m", "brochuredesk", "--library", str(imported["lib"]), "search",
         '"Seite 4999"', "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    results = json.loads(proc.stdout)["results"]
    assert results and any(h["page"] == 4999 for h in results[0]["hits"])


def test_rendering_is_stopped_after_its_time_limit_and_the_next_page_renders(
    hostile_dir: Path,
) -> None:
    service = RenderService(timeout=3)
    try:
        started = time.monotonic()
        with pytest.raises(RenderError, match="stopped after 3 s"):
            service.render(RenderRequest(hostile_dir / "operators.pdf", 1, 1.0))
        assert time.monotonic() - started < 15
        page = service.render(RenderRequest(hostile_dir / "huge-page.pdf", 1, 4.0))
        assert page.png[:4] == b"\x89PNG" and page.width == 200000
        assert page.zoom < 0.05  # bounded in pixels, not drawn at 4×
    finally:
        service.close()


def test_only_web_links_leave_the_render_process(hostile_dir: Path) -> None:
    service = RenderService(timeout=20)
    try:
        page = service.render(
            RenderRequest(hostile_dir / "scripts-and-links.pdf", 1, 1.0, words=True)
        )
    finally:
        service.close()
    assert sorted(link[4] for link in page.links) == [
        "http://example.org/cluster", "https://example.org/sicher",
    ]  # fmt: skip
