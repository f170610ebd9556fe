"""Scanned brochures: pages without a text layer are read by Tesseract at import, found by
search on the right page with "(OCR)" beside the hit; without Tesseract the brochure comes in
as before and says how to install it."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest
from conftest import corpus_dir
from test_cli import run, run_json

from brochuredesk.core.extract import ocr

needs_tesseract = pytest.mark.skipif(
    not ocr.available(), reason="Tesseract language data missing (make test installs it)"
)


def image_only(source: Path, pages: list[int], target: Path, dpi: int = 150) -> Path:
    """The pages as pictures in a new PDF: what a scanner or an 'export as images' makes."""
    src = pymupdf.open(source)
    out = pymupdf.open()
    for number in pages:
        picture = src[number].get_pixmap(dpi=dpi, alpha=False)
        page = out.new_page(width=src[number].rect.width, height=src[number].rect.height)
        page.insert_image(page.rect, stream=picture.tobytes("png"))
    target.parent.mkdir(parents=True, exist_ok=True)
    out.save(target)
    return target


def umlaut_words(text: str) -> list[str]:
    words = re.findall(r"\b\w*[äöüÄÖÜß]\w*\b", text)
    return sorted({w for w in words if len(w) >= 7 and w.isalpha()}, key=len, reverse=True)


@needs_tesseract
def test_scanned_corpus_pages_found_on_the_right_page(tmp_path: Path) -> None:
    source = corpus_dir("german") / "bertelsmann_buergerforum_A5_2014.pdf"
    doc = pymupdf.open(source)
    pages = [2, 3]  # physical pages 3 and 4
    wanted = {n + 1: umlaut_words(doc[n].get_text()) for n in pages}
    scan = image_only(source, pages, tmp_path / "in" / "gescannt.pdf")
    assert all(not pymupdf.open(scan)[i].get_text().strip() for i in range(2))

    library = tmp_path / "lib"
    added = run_json(library, "import", str(scan))["added"]
    assert added and added[0]["status"] == "ok"
    found = 0
    tried = 0
    for scan_page, words in ((1, wanted[3]), (2, wanted[4])):
        for word in [w for w in words if w not in wanted[4 if scan_page == 1 else 3]][:4]:
            tried += 1
            hits = run_json(library, "search", word, "--exact")["results"]
            pages_hit = [h["page"] for r in hits for h in r["hits"]]
            if scan_page in pages_hit:
                found += 1
                hit = next(h for r in hits for h in r["hits"] if h["page"] == scan_page)
                assert hit.get("ocr") is True
    assert tried >= 4 and found >= tried * 0.75, (found, tried, wanted)
    text = run(library, "search", wanted[3][0]).stdout
    assert "(OCR)" in text


@needs_tesseract
def test_generated_scan_and_ocr_command(tmp_path: Path) -> None:
    """Without the corpus too: a page of print rendered to a picture; first imported with no
    Tesseract (it says how to get it), then read by `brochuredesk ocr`."""
    printed = pymupdf.open()
    page = printed.new_page()
    lines = ["Förderprogramm für Fachkräftesicherung", "Größere Übergänge im Handwerk"]
    for number, line in enumerate(lines * 3):
        page.insert_text((60, 100 + 40 * number), line, fontname="helv", fontsize=20)
    source = tmp_path / "gedruckt.pdf"
    printed.save(source)
    scan = image_only(source, [0], tmp_path / "in" / "scan.pdf", dpi=200)
    library = tmp_path / "lib"

    no_ocr = {"BROCHUREDESK_TESSDATA": "none"}
    added = run(library, "import", str(scan), "--json", env=no_ocr)
    assert added.returncode == 0
    brochure = run_json(library, "list")["brochures"][0]
    assert brochure["status"] == "no-text"
    shown = run_json(library, "show", brochure["id"])
    assert any("tesseract-ocr-deu" in w for w in shown["warnings"])
    assert run_json(library, "search", "Fachkräftesicherung")["total"] == 0

    refused = run(library, "ocr", env=no_ocr, check=False)
    assert refused.returncode == 1 and "tesseract" in refused.stderr.lower()

    done = run_json(library, "ocr")
    assert done["done"][0]["ocr_pages"] == [1]
    hits = run_json(library, "search", "Fachkräftesicherung")["results"]
    assert hits and hits[0]["hits"][0]["page"] == 1 and hits[0]["hits"][0]["ocr"] is True
    assert run_json(library, "list")["brochures"][0]["status"] == "ok"
    # A rebuilt index keeps the OCR text without running Tesseract again.
    run(library, "reindex", env=no_ocr)
    assert run_json(library, "search", "Größere Übergänge")["total"] == 1


def test_pages_larger_than_a4_are_read_at_less_than_300_dpi() -> None:
    """A poster's image stays within MAX_PIXELS (an A0 page at 300 dpi is 126 million pixels,
    past the import worker's memory cap); A4 and smaller pages keep 300 dpi."""
    a4, a3, a0 = (595, 842), (842, 1191), (2384, 3370)
    assert ocr.dpi_for(*a4) == 300 and ocr.dpi_for(420, 595) == 300
    for width, height in (a3, a0, (1684, 2384)):
        dpi = ocr.dpi_for(width, height)
        assert dpi < 300
        assert (width / 72 * dpi) * (height / 72 * dpi) <= ocr.MAX_PIXELS
    assert ocr.dpi_for(*a0) >= 80  # a poster's large letters still read


@needs_tesseract
def test_a_scanned_a1_poster_is_read(tmp_path: Path) -> None:
    printed = pymupdf.open()
    page = printed.new_page(width=1684, height=2384)  # A1
    lines = ["Benefizkonzert für Straßenkinder", "Eintritt frei · Spenden erwünscht"]
    for number, line in enumerate(lines):
        page.insert_text((120, 600 + 160 * number), line, fontname="helv", fontsize=64)
    source = tmp_path / "plakat.pdf"
    printed.save(source)
    scan = image_only(source, [0], tmp_path / "in" / "plakat-scan.pdf", dpi=100)
    library = tmp_path / "lib"
    run_json(library, "import", str(scan))
    hits = run_json(library, "search", "Straßenkinder")["results"]
    assert hits and hits[0]["hits"][0]["ocr"] is True


@pytest.mark.parametrize(
    ("variable", "folder"),
    [("ProgramFiles", "Tesseract-OCR"), ("LOCALAPPDATA", "Programs/Tesseract-OCR")],
)
def test_ub_mannheims_tesseract_is_found_where_windows_installs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str, folder: str
) -> None:
    """Program Files on another drive or in another language ('D:\\Programme'), or the user's
    own programs folder of a per-user install: read from the environment, as Windows has it."""
    home = tmp_path / "D" / "Programme"
    data = home / folder / "tessdata"
    data.mkdir(parents=True)
    (data / "deu.traineddata").write_bytes(b"\0")
    for name in ("BROCHUREDESK_TESSDATA", "TESSDATA_PREFIX"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, str(home))
    ocr.tessdata_folder.cache_clear()
    try:
        assert ocr.tessdata_folder() == str(data)
        assert ocr.languages().startswith("deu")
    finally:
        ocr.tessdata_folder.cache_clear()


@needs_tesseract
def test_a_poster_s_headline_beside_a_photo_is_its_title_and_found(tmp_path: Path) -> None:
    """The EMK Jena poster is one picture: a photo fills it, the headline stands on a green band
    above. Read as one page, Tesseract lost the headline and the title was the file's name."""
    source = corpus_dir("german") / "emk_jena_poster_benefizkonzert_A3.pdf"
    library = tmp_path / "lib"
    added = run_json(library, "import", str(source))["added"]
    assert added[0]["title"] == "Benefizkonzert für Flüchtlinge in Jena"
    hits = run_json(library, "search", "Benefizkonzert", "--exact")["results"]
    assert [h["page"] for h in hits[0]["hits"]] == [1] and hits[0]["hits"][0]["ocr"] is True
