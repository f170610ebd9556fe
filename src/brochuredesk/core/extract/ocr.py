"""Reading pages without a text layer with Tesseract, through MuPDF's own OCR.

MuPDF carries Tesseract's engine inside; it needs only the language data (`tessdata`: the
`deu` and `eng` traineddata files). Debian's `tesseract-ocr-deu`, Homebrew's `tesseract-lang`
and the Windows installer of UB Mannheim put them where `tessdata_folder` looks. Runs inside
the worker processes (extract/pool.py): one page at a time, each reported, so the time limit counts
per page and a 100-page scan is not a hanging file.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

LANGUAGES = ("deu", "eng")
DPI = 300  # Tesseract reads body text best at 300 dpi; 200 lost umlauts in small print
# A page larger than A4 is read at less: an A3 poster at 300 dpi is a 52 MB image and took
# the import worker to 350 MiB, an A0 one would take it past its memory cap. Posters' letters
# are large; 12 million pixels read A4 at 300 dpi, A3 at 249, A0 at 87.
MAX_PIXELS = 12_000_000
MIN_DPI = 72
MIN_PAGE_CHARS = 12  # a page with less text than this (and a picture) is read by OCR
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]{4,}")

_CANDIDATES = (
    "/usr/share/tesseract-ocr/*/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
    "/opt/local/share/tessdata",
    "C:/Program Files/Tesseract-OCR/tessdata",
    "C:/Program Files (x86)/Tesseract-OCR/tessdata",
)
# Where UB Mannheim's Tesseract installer puts itself on Windows: Program Files on whatever
# drive and in whatever language Windows has it ("D:\Programme"), or the user's own programs
# folder when installed for one user only.
_WINDOWS_HOMES = (
    ("ProgramFiles", "Tesseract-OCR"),
    ("ProgramFiles(x86)", "Tesseract-OCR"),
    ("ProgramW6432", "Tesseract-OCR"),
    ("LOCALAPPDATA", "Programs/Tesseract-OCR"),
    ("LOCALAPPDATA", "Tesseract-OCR"),
)


@functools.lru_cache(maxsize=1)
def tessdata_folder() -> str:
    """The folder holding German (or at least English) language data, "" when none is found.
    BROCHUREDESK_TESSDATA, then TESSDATA_PREFIX, then the bundle's own copy, then the usual
    install places, then beside the `tesseract` program on the PATH (no process is started:
    tests/faults/test_security.py)."""
    named = [os.environ.get("BROCHUREDESK_TESSDATA", ""), os.environ.get("TESSDATA_PREFIX", "")]
    if os.environ.get("BROCHUREDESK_TESSDATA") == "none":  # tests: a machine without Tesseract
        return ""
    bundled = Path(getattr(sys, "_MEIPASS", "")) / "tessdata" if hasattr(sys, "_MEIPASS") else None
    candidates = [p for p in named if p] + ([str(bundled)] if bundled else [])
    for variable, folder in _WINDOWS_HOMES:
        if os.environ.get(variable):
            candidates.append(str(Path(os.environ[variable]) / folder / "tessdata"))
    for pattern in _CANDIDATES:
        base = Path(pattern.split("*")[0]) if "*" in pattern else None
        if base is None:
            candidates.append(pattern)
        elif base.is_dir():
            candidates += sorted((str(p) for p in base.glob("*/tessdata")), reverse=True)
    program = shutil.which("tesseract")  # a Tesseract installed elsewhere keeps it nearby
    if program:
        home = Path(program).resolve().parent
        candidates += [str(home / "tessdata"), str(home.parent / "share" / "tessdata")]
    for folder in candidates:
        if folder and any((Path(folder) / f"{lang}.traineddata").is_file() for lang in LANGUAGES):
            return str(Path(folder))
    return ""


def available() -> bool:
    return bool(tessdata_folder())


def languages() -> str:
    """ "deu+eng", or the part of it that is installed."""
    folder = Path(tessdata_folder())
    present = [lang for lang in LANGUAGES if (folder / f"{lang}.traineddata").is_file()]
    return "+".join(present)


def needs_ocr(page: Any, text: str) -> bool:
    """True for a page whose text layer is empty or garbage (few letters among its
    characters, e.g. a scan with a broken font mapping) and that shows a picture."""
    letters = len(_LETTERS.findall(text))
    visible = len(text) - text.count(" ") - text.count("\n")
    if letters >= MIN_PAGE_CHARS and letters >= 0.5 * visible:
        return False
    try:
        return bool(page.get_images(full=False))
    except Exception:
        return False


def worth_keeping(text: str) -> bool:
    """OCR of a photo reads a few stray letters: text, only when it has some words."""
    return len(_LETTERS.findall(text)) >= MIN_PAGE_CHARS


def read_page(page: Any, flags: int) -> str:
    """The page's text as Tesseract reads it from a 300 dpi rendering, less on pages larger
    than A4 (raises on failure)."""
    with _quiet_stderr():
        textpage = page.get_textpage_ocr(
            flags=flags, language=languages(), dpi=dpi_for(page.rect.width, page.rect.height),
            full=True, tessdata=tessdata_folder(),
        )  # fmt: skip
    text: str = page.get_text("text", textpage=textpage)
    return text


BANDS = 4  # a cover read again in this many horizontal strips, each overlapping the next
_OVERLAP = 0.15  # of a strip's height, so a line on a strip's edge is whole in one of them
STRIP_DPI = 100  # a cover's big letters read as well at 100 dpi as at 300, in a ninth of the pixels
StyledLine = tuple[str, float, tuple[float, float, float, float]]  # text, size, bbox


def read_bands(page: Any, lines_of: Callable[[Any], list[StyledLine]]) -> list[StyledLine]:
    """The page read again strip by strip, as (text, size, bbox) in the page's coordinates:
    a photo beside a headline throws Tesseract's page layout off, and the whole page's read
    loses the headline (the EMK Jena poster: nothing of "Benefizkonzert für Flüchtlinge in
    Jena" in it, all of it in the top strip's). Lines with no real word are left out, and a
    line read in two overlapping strips is kept once. `lines_of` reads a page's styled lines."""
    import pymupdf

    rect = page.rect
    dpi = min(STRIP_DPI, dpi_for(rect.width, rect.height))
    step = rect.height / BANDS
    found: list[StyledLine] = []
    seen: set[str] = set()
    for band in range(BANDS):
        top = max(0.0, band * step - _OVERLAP * step)
        bottom = min(rect.height, (band + 1) * step + _OVERLAP * step)
        clip = pymupdf.Rect(rect.x0, rect.y0 + top, rect.x1, rect.y0 + bottom)
        with _quiet_stderr():
            data = page.get_pixmap(dpi=dpi, clip=clip).pdfocr_tobytes(
                language=languages(), tessdata=tessdata_folder()
            )
        with pymupdf.open("pdf", data) as strip:
            scale = clip.width / strip[0].rect.width
            for text, size, (x0, y0, x1, y1) in lines_of(strip[0]):
                key = " ".join(text.split()).casefold()
                if key in seen or not _real_words(text):
                    continue
                seen.add(key)
                box = (clip.x0 + x0 * scale, clip.y0 + y0 * scale,
                       clip.x0 + x1 * scale, clip.y0 + y1 * scale)  # fmt: skip
                found.append((text, round(size * scale, 1), box))
    return found


POSTER_WORDS = 40  # a first page read with fewer words than this is read again in strips


def few_words(text: str) -> bool:
    """A scanned cover or poster the whole-page read made little of, worth the strips' read
    (about the time of one more page); a page of running text is read well as a whole."""
    return len(_WORD.findall(text)) < POSTER_WORDS


def _real_words(text: str) -> bool:
    """A line of words, not of specks OCR took for letters ("|°?*", "Le", "D |eCN")."""
    visible = [c for c in text if not c.isspace()]
    letters = sum(c.isalpha() for c in visible)
    return bool(_WORD.search(text)) and letters >= 0.75 * len(visible)


def dpi_for(width: float, height: float) -> int:
    """The resolution to read a page of this size (points) at: DPI, or what keeps its image
    within MAX_PIXELS."""
    square_inches = max(width, 1.0) * max(height, 1.0) / 72 / 72
    return max(MIN_DPI, min(DPI, int(math.sqrt(MAX_PIXELS / square_inches))))


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Tesseract writes "Line cannot be recognized!!" and the like straight to file
    descriptor 2, into the terminal of `brochuredesk import`: sent to the null device while
    it reads (in a worker process, where nothing else writes meanwhile)."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
