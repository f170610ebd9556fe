"""Everything PyMuPDF: open a PDF safely, read its texts, outline and metadata, render a cover.

Runs inside worker processes (see extract/pool.py): MuPDF is C code and a hostile PDF can hang or
crash it, so nothing here is called on the app's main process for files it has not seen.
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pymupdf

from brochuredesk.core.extract import ocr
from brochuredesk.core.extract.imprint import guess_date, guess_publisher, imprint_pages
from brochuredesk.core.extract.letter import letter_title
from brochuredesk.core.extract.metadata_guess import guess_language, guess_title, with_issue
from brochuredesk.core.extract.page_labels import rules_of
from brochuredesk.core.i18n import tr
from brochuredesk.core.library.records import STATUS_LOCKED, STATUS_NO_TEXT, STATUS_OK, OutlineEntry
from brochuredesk.core.plain import datarecord, field
from brochuredesk.core.text.clean import clean_page_text

PDF_MAGIC = b"%PDF-"
SNIFF_BYTES = 1024
THUMB_MAX_W = 320
THUMB_MAX_H = 448
MAX_OUTLINE = 2000
MIN_TEXT_CHARS = 20
OCR_CHECK_CHARS = 400  # pages with more text than this are never scans (cheap first test)
COVER_PAGES = 2  # where the title is looked for
# MuPDF's text defaults without ligatures kept: "ﬃ" must read as "ffi" to be found.
TEXT_FLAGS = (
    pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
)  # below this in the whole document we call it "no searchable text"

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


class PdfError(Exception):
    """The file cannot be catalogued; str() is the reason for the user."""


@datarecord
class Extraction:
    page_count: int
    metadata: dict[str, str] = field(default_factory=dict)
    title: str = ""
    subtitle: str = ""
    publisher: str = ""
    date: str = ""
    year: int | None = None
    language: str = ""
    outline: list[OutlineEntry] = field(default_factory=list)
    page_labels: list[dict[str, Any]] = field(default_factory=list)  # core/extract/page_labels.py
    pages: list[str] = field(default_factory=list)  # cleaned text, index = page number - 1
    status: str = STATUS_OK
    warnings: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)  # fields guessed without certainty
    abbreviations: list[tuple[str, str]] = field(default_factory=list)  # "Long (ABK)" pairs
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages whose text is OCR's
    fingerprint: list[int] = field(
        default_factory=list
    )  # editions/fingerprint.py sketch of the text


def sniff(path: Path) -> str | None:
    """None when the file starts like a PDF, else the reason it is not one."""
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head:
        return tr("empty_file")
    if PDF_MAGIC not in head:
        return tr("not_a_pdf")
    return None


def password_variants(password: str) -> list[str]:
    """The password as typed, and the normalised forms PDF readers expect (SASLprep ≈ NFKC)."""
    variants = [password]
    for form in ("NFKC", "NFC", "NFD"):
        stripped = unicodedata.normalize(form, password.replace("\u00ad", ""))
        if stripped not in variants:
            variants.append(stripped)
    return variants


def open_document(path: Path, password: str = "") -> tuple[Any, bool]:
    """(document, unlocked). Raises PdfError for files MuPDF cannot open as a PDF."""
    problem = sniff(path)
    if problem:
        raise PdfError(problem)
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as exc:
        raise PdfError(tr("damaged_pdf", reason=_reason(exc))) from exc
    if not doc.is_pdf:
        doc.close()
        raise PdfError(tr("not_a_pdf"))
    if doc.needs_pass:
        for variant in password_variants(password) if password else []:
            if doc.authenticate(variant):
                return doc, True
        return doc, False
    return doc, True


OcrProgress = Callable[[int, int], None]  # (pages read by OCR so far, pages to read)


def read_pdf(
    path: Path,
    password: str = "",
    with_ocr: OcrProgress | None = None,
    all_scans: bool = False,
    ocr_texts: dict[int, str] | None = None,
) -> tuple[Extraction, Any]:
    """Read everything the catalog and index need. Returns the open document for the cover.

    With `with_ocr` (called before each page, so a caller can count the time limit per page),
    pages without a text layer are read by Tesseract when its language data is installed: in a
    brochure that is mostly scans, or every such page with `all_scans` (asked for by name).
    `ocr_texts` (page → text) is what OCR read before: taken as it is, not read again."""
    doc, unlocked = open_document(path, password)
    if not unlocked:
        ext = Extraction(page_count=_safe_page_count(doc), status=STATUS_LOCKED)
        ext.metadata = _metadata(doc)
        ext.title = _fallback_title(path)
        ext.warnings.append(tr("locked_pdf"))
        return ext, doc
    try:
        page_count = doc.page_count
    except Exception as exc:
        doc.close()
        raise PdfError(tr("damaged_pdf", reason=_reason(exc))) from exc
    if page_count <= 0:
        doc.close()
        raise PdfError(tr("no_pages"))
    ext = Extraction(page_count=page_count, metadata=_metadata(doc))
    failed = 0
    cover_pages: dict[int, tuple[Any, Any]] = {}  # the first pages' text, kept for the title
    for number in range(page_count):
        try:
            page = doc[number]
            textpage = page.get_textpage(flags=TEXT_FLAGS)
            ext.pages.append(clean_page_text(page.get_text("text", textpage=textpage)))
            if number < COVER_PAGES:
                cover_pages[number] = (page, textpage)
        except Exception:
            failed += 1
            ext.pages.append("")
    if failed == page_count:
        doc.close()
        raise PdfError(tr("no_pages"))
    if failed:
        ext.warnings.append(tr("some_pages_failed", count=failed))
    for number, text in sorted((ocr_texts or {}).items()):
        if 1 <= number <= page_count and len(ext.pages[number - 1]) < OCR_CHECK_CHARS:
            ext.pages[number - 1] = text
            ext.ocr_pages.append(number)
    scanned = [
        n
        for n in range(page_count)
        if len(ext.pages[n]) < OCR_CHECK_CHARS and n + 1 not in ext.ocr_pages
    ]
    scanned = [n for n in scanned if ocr.needs_ocr(doc[n], ext.pages[n])]
    if not all_scans and len(scanned) * 2 < page_count:
        scanned = []  # a born-digital brochure's photo pages: OCR would read noise from them
    ocr_cover: list[ocr.StyledLine] = []
    if scanned and with_ocr is not None and ocr.available():
        _read_by_ocr(doc, ext, scanned, with_ocr)
    elif scanned:
        ext.warnings.append(tr("ocr_missing", count=len(scanned)))
    cover_scanned = 1 in ext.ocr_pages and ocr.available()
    if with_ocr is not None and cover_scanned and ocr.few_words(ext.pages[0]):
        with_ocr(len(scanned), len(scanned))  # a heartbeat: the strips take seconds
        ocr_cover = _ocr_cover(doc[0], ext)
    if doc.is_repaired:
        ext.warnings.append(tr("repaired"))
    ext.outline = _outline(doc, page_count)
    ext.page_labels = rules_of(doc)
    _describe(ext, cover_pages, path, ocr_cover)
    if sum(len(text) for text in ext.pages) < MIN_TEXT_CHARS:
        ext.status = STATUS_NO_TEXT
        ext.warnings.append(tr("no_text"))
    return ext, doc


def _read_by_ocr(doc: Any, ext: Extraction, numbers: list[int], progress: OcrProgress) -> None:
    failed = 0
    for done, number in enumerate(numbers):
        progress(done, len(numbers))
        try:
            text = clean_page_text(ocr.read_page(doc[number], TEXT_FLAGS))
        except Exception:
            failed += 1
            continue
        if ocr.worth_keeping(text):
            ext.pages[number] = text
            ext.ocr_pages.append(number + 1)
    progress(len(numbers), len(numbers))
    ext.ocr_pages.sort()
    if ext.ocr_pages:
        ext.warnings.append(tr("ocr_done", count=len(ext.ocr_pages)))
    if failed:
        ext.warnings.append(tr("ocr_failed", count=failed))


def _ocr_cover(page: Any, ext: Extraction) -> list[ocr.StyledLine]:
    """A scanned cover's lines as OCR reads it strip by strip (ocr.read_bands), with their
    sizes for the title; lines the whole page's read missed go into its text, so a search finds
    the poster by its headline."""
    try:
        lines = ocr.read_bands(page, _styled_lines)
    except Exception:
        return []
    known = " ".join(ext.pages[0].split()).casefold()
    missing = [text for text, _, _ in lines if " ".join(text.split()).casefold() not in known]
    if missing:
        ext.pages[0] = clean_page_text("\n".join([*missing, ext.pages[0]]))
    return lines


def _describe(
    ext: Extraction,
    cover_pages: dict[int, tuple[Any, Any]],
    path: Path,
    ocr_cover: Sequence[ocr.StyledLine] = (),
) -> None:
    """Title, subtitle, publisher, date and language from the cover, imprint and metadata."""
    cover_lines: list[tuple[str, float, tuple[float, float, float, float]]] = []
    for number in sorted(cover_pages):
        page, textpage = cover_pages[number]
        try:
            cover_lines = _styled_lines(page, textpage)
        except Exception:
            cover_lines = []
        if cover_lines:
            break
    read_by_ocr = not cover_lines and bool(ocr_cover)
    cover_lines = cover_lines or list(ocr_cover)
    ext.title, ext.subtitle = letter_title(cover_lines, ext.pages)
    if not ext.title:
        ext.title, ext.subtitle = guess_title(
            ext.metadata.get("title", ""), cover_lines, ext.pages[:2], path.stem
        )
    if read_by_ocr and not _beside(ext.subtitle, ext.title, cover_lines):
        ext.subtitle = ""  # OCR guesses letter sizes: a big line far off is a poster's detail
    imprint = imprint_pages(ext.pages)
    publisher = guess_publisher(ext.pages, ext.metadata.get("author", ""), imprint)
    dated = guess_date(ext.pages, ext.metadata.get("creationDate", ""), imprint)
    ext.publisher, ext.date, ext.year = publisher.value, dated.date, dated.year
    ext.title = with_issue(ext.title, ext.date, path.stem)
    ext.review = [
        name for name, fact in (("publisher", publisher), ("year", dated)) if not fact.sure
    ]
    ext.language = guess_language(ext.pages)


def _beside(subtitle: str, title: str, lines: Sequence[ocr.StyledLine]) -> bool:
    """Whether the subtitle's line stands next to the title's (within two of its heights)."""
    first = next((box for text, _, box in lines if text and text in subtitle), None)
    main = next((box for text, _, box in lines if text and text in title), None)
    if first is None or main is None:
        return False
    gap = max(first[1] - main[3], main[1] - first[3])
    return gap < 2 * (main[3] - main[1])


def _styled_lines(
    page: Any, textpage: Any = None
) -> list[tuple[str, float, tuple[float, float, float, float]]]:
    """The page's lines as (text, largest font size, bbox); text set on an arc, one or two
    letters per line, is joined back into one line."""
    flags = pymupdf.TEXT_MEDIABOX_CLIP
    lines: list[tuple[str, float, tuple[float, float, float, float]]] = []
    arc: list[tuple[str, float, tuple[float, float, float, float]]] = []

    def end_arc() -> None:
        if len(arc) > 3:
            x0, y0 = min(b[2][0] for b in arc), min(b[2][1] for b in arc)
            x1, y1 = max(b[2][2] for b in arc), max(b[2][3] for b in arc)
            text = clean_page_text("".join(t for t, _, _ in arc))
            lines.append((text, max(s for _, s, _ in arc), (x0, y0, x1, y1)))
        else:  # a short word of a sentence on a line of its own: "wir" over "stellen das mal"
            lines.extend(
                line
                for line in arc
                if len(line[0]) >= 2 and line[0].isalpha() and line[0].islower()
            )
        arc.clear()

    if textpage is None:
        textpage = page.get_textpage(flags=flags)
    for block in page.get_text("dict", textpage=textpage)["blocks"]:
        for line in block.get("lines", []):
            text, size, bbox = _line_text(line)
            if not text:
                continue
            if len(text) <= 3 and (not arc or arc[-1][1] == size):
                arc.append((text, size, bbox))  # maybe a letter of text set on an arc
                continue
            end_arc()
            if abs(line.get("dir", (1, 0))[1]) <= 0.2:
                lines.append((clean_page_text(text), size, bbox))
    end_arc()
    return [line for line in lines if line[0]]


def _line_text(line: dict[str, Any]) -> tuple[str, float, tuple[float, float, float, float]]:
    """A line's spans joined (with a space where there is a gap), and its largest letters."""
    parts: list[str] = []
    last_x1: float | None = None
    size = 0.0
    for span in line["spans"]:
        text = span["text"]
        if not text.strip():
            continue
        gap = span["bbox"][0] - last_x1 if last_x1 is not None else 0.0
        if parts and gap > 0.15 * span["size"]:
            parts.append(" ")
        parts.append(text)
        last_x1 = span["bbox"][2]
        if sum(c.isalnum() for c in text) >= 1:
            size = max(size, span["size"])
    return "".join(parts).strip(), round(size, 1), tuple(line["bbox"])


MEMORY_LIMIT = 256 * 1024 * 1024  # a worker's resident memory above which MuPDF's store goes
_files_read = 0


def empty_store() -> None:
    """Free what MuPDF keeps of earlier files (fonts, images) once the worker holds more than
    MEMORY_LIMIT (or every 25 files where the resident size cannot be read), so a worker that
    reads thousands of files stays bounded; below it, the next file of the same house style
    reuses its fonts (emptying after every file cost the import 6 %). PyMuPDF does not report
    the store's own size."""
    global _files_read
    _files_read += 1
    resident = _resident_bytes()
    if resident > MEMORY_LIMIT or (resident < 0 and _files_read % 25 == 0):
        with contextlib.suppress(Exception):
            pymupdf.TOOLS.store_shrink(100)


def _resident_bytes() -> int:
    """This process's resident memory in bytes, -1 where /proc does not tell."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return -1


def render_cover(doc: Any) -> bytes:
    """The first page as a JPEG no larger than THUMB_MAX_W × THUMB_MAX_H pixels."""
    page = doc[0]
    width, height = page.rect.width, page.rect.height
    if width <= 0 or height <= 0:
        raise PdfError("empty page")
    zoom = min(THUMB_MAX_W / width, THUMB_MAX_H / height, 3.0)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
    data: bytes = pix.tobytes("jpg", jpg_quality=82)
    return data


def _metadata(doc: Any) -> dict[str, str]:
    try:
        raw = doc.metadata or {}
    except Exception:
        return {}
    clean = {}
    for key, value in raw.items():
        if isinstance(value, str):
            value = " ".join(value.replace("\x00", "").split())[:500]
            if value:
                clean[key] = value
    return clean


def _outline(doc: Any, page_count: int) -> list[OutlineEntry]:
    try:
        toc = doc.get_toc(simple=True)
    except Exception:
        return []
    entries = []
    for level, title, page in toc[:MAX_OUTLINE]:
        page = page if 1 <= page <= page_count else 0
        entries.append(OutlineEntry(int(level), " ".join(str(title).split())[:300], int(page)))
    return entries


def _safe_page_count(doc: Any) -> int:
    try:
        return int(doc.page_count)
    except Exception:
        return 0


def _fallback_title(path: Path) -> str:
    return path.stem.replace("_", " ").strip() or path.name


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:160] or type(exc).__name__
