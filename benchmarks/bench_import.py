"""Import throughput against bare PyMuPDF extraction of the same files on the same cores."""

from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .common import CORPUS, SAMPLES, german_text, german_words, median, timed


def bare_extract(path: str) -> int:
    """The floor: every page's text and one cover render at our thumbnail size."""
    import pymupdf

    from brochuredesk.core.extract.pdf import THUMB_MAX_H, THUMB_MAX_W

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
    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import open_library
    from brochuredesk.core.search.manage import open_index

    target = workdir / "lib"
    shutil.rmtree(target, ignore_errors=True)
    with open_library(target) as library:
        index = open_index(library)
        report = import_paths(library, [source], index=index)
        index.close()
    assert not report.failed, report.failed


def generate_brochures(folder: Path, count: int, seed: int = 7) -> None:
    """Brochures of 10–80 pages of German-like text in two columns, a coloured title page,
    and a picture on every fifth page."""
    import pymupdf

    rng = random.Random(seed)
    words = german_words(8000)
    folder.mkdir(parents=True, exist_ok=True)
    picture = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 320, 200), False)
    for x in range(0, 320, 8):  # a gradient: compresses like a photo, not like noise
        picture.set_rect(
            pymupdf.IRect(x, 0, x + 8, 200), (x * 255 // 320, 120, 255 - x * 255 // 320)
        )
    image = picture.tobytes("jpg")
    for number in range(count):
        doc = pymupdf.open()
        cover = doc.new_page()
        cover.draw_rect(pymupdf.Rect(0, 0, 595, 420), color=None, fill=(0.05, 0.27, 0.52))
        cover.insert_textbox(pymupdf.Rect(50, 150, 545, 300), german_text(words, rng, 6).title(),
                             fontsize=28, color=(1, 1, 1))  # fmt: skip
        for page_no in range(rng.randint(10, 80) - 1):
            page = doc.new_page()
            for column in (0, 1):
                box = pymupdf.Rect(50 + column * 255, 60, 290 + column * 255, 790)
                if page_no % 5 == 0 and column == 1:
                    page.insert_image(pymupdf.Rect(box.x0, 60, box.x1, 210), stream=image)
                    box.y0 = 220
                page.insert_textbox(box, german_text(words, rng, 260), fontsize=9.5)
        doc.save(folder / f"Broschüre {number:03d}.pdf", garbage=1, deflate=True)
        doc.close()


def peak_rss_mib(source: Path, workdir: Path) -> tuple[float, float]:
    """Peak resident memory (MiB) of an import from the command line: the main process, and
    the largest worker."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    lib = workdir / "rss-lib"
    shutil.rmtree(lib, ignore_errors=True)
    command = [sys.executable, "-m", "brochuredesk", "--library", str(lib), "import", str(source)]
    # The import process itself is the probe's child; its workers are the import's children,
    # which the import waits for, so RUSAGE_CHILDREN of the probe covers the largest of all.
    out = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True)
    largest = int(out.stdout.strip() or 0) / 1024
    ours = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return largest, ours


def ratio(source: Path, rounds: int, tmp: Path) -> tuple[int, int, float, float]:
    import pymupdf

    files = sorted(source.glob("*.pdf"))
    pages = 0
    for f in files:
        with pymupdf.open(f) as doc:
            pages += doc.page_count
    bare, ours = [], []
    run_bare(files)  # warm: the files in the page cache, the modules loaded, for both alike
    run_ours(source, tmp)
    for _ in range(rounds):  # alternate, so machine noise hits both alike
        bare.append(timed(lambda: run_bare(files)))
        ours.append(timed(lambda: run_ours(source, tmp)))
    return len(files), pages, median(bare), median(ours)


def ocr_seconds_per_page(source: Path, tmp: Path, pages: int = 4) -> float | None:
    """Wall seconds per page of an import of corpus pages rendered to pictures (an image-only
    PDF, as a scanner makes): what OCR costs, apart from the born-digital budget."""
    import pymupdf

    from brochuredesk.core.extract import ocr

    if not ocr.available():
        return None
    originals = sorted(source.glob("*.pdf"), key=lambda f: f.stat().st_size)
    scan = pymupdf.open()
    for original in originals:
        with pymupdf.open(original) as doc:
            for page in doc:
                if len(scan) < pages and len(page.get_text()) > 1500:
                    picture = page.get_pixmap(dpi=150)
                    target = scan.new_page(width=page.rect.width, height=page.rect.height)
                    target.insert_image(target.rect, stream=picture.tobytes("png"))
        if len(scan) >= pages:
            break
    folder = tmp / "scans"
    folder.mkdir()
    scan.save(folder / "scan.pdf")
    seconds = timed(lambda: run_ours(folder, tmp))
    return seconds / len(scan)


def main(size: str) -> list[tuple[str, str]]:
    source = CORPUS / "german" if (CORPUS / "german").is_dir() else SAMPLES
    rounds = 3 if size == "full" else 1
    rows = []
    # The budget is for born-digital brochures: the corpus's one scanned poster would add its
    # OCR (seconds a page, not extraction) to our side only. OCR is measured on its own below.
    from brochuredesk.core.extract import ocr

    ocr_time = None
    with tempfile.TemporaryDirectory() as tmp:
        ocr_time = ocr_seconds_per_page(source, Path(tmp))
    os.environ["BROCHUREDESK_TESSDATA"] = "none"
    ocr.tessdata_folder.cache_clear()
    with tempfile.TemporaryDirectory() as tmp:
        generated = Path(tmp) / "generated"
        generate_brochures(generated, 40 if size == "full" else 8)
        for label, folder in ((source.name, source), ("generated", generated)):
            count, pages, b, o = ratio(folder, rounds, Path(tmp))
            rows += [
                (f"import corpus: {label}", f"{count} files, {pages} pages"),
                ("  bare PyMuPDF (text + cover, all cores)", f"{b:.2f} s"),
                ("  BrochureDesk import (catalog + covers + index)", f"{o:.2f} s"),
                ("  import throughput", f"{pages / o:.0f} pages/s, {count / o:.1f} brochures/s"),
                ("  import / bare ratio (budget ≤ 1.3)", f"{o / b:.2f}"),
            ]
        largest, _ = peak_rss_mib(source, Path(tmp))
        rows.append((f"peak RSS of a process, CLI import of {source.name}", f"{largest:.0f} MiB"))
    if ocr_time is not None:
        rows.append(("OCR of scanned pages (import, one file, per page)", f"{ocr_time:.2f} s"))
    return rows
