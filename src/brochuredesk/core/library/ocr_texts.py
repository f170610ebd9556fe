"""Text that OCR read from scanned pages, kept beside the catalog, one file per brochure.

Unlike a cover or the index, OCR text is costly to make again (seconds a page), so a rebuilt
index takes it from here instead of running Tesseract over every scan once more. Each file,
`ocr/<id>.json`, is written once and replaced whole (sync-safe), `{"page": text}` with 1-based
physical page numbers.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import orjson

from brochuredesk.core.fsutil import atomic_write

OCR_DIR = "ocr"


def ocr_path(root: Path, brochure_id: str) -> Path:
    return root / OCR_DIR / f"{brochure_id}.json"


def write_ocr_texts(root: Path, brochure_id: str, texts: dict[int, str]) -> None:
    path = ocr_path(root, brochure_id)
    if not texts:
        with contextlib.suppress(OSError):
            path.unlink()
        return
    path.parent.mkdir(exist_ok=True)
    record = {str(page): text for page, text in sorted(texts.items())}
    atomic_write(path, orjson.dumps(record), durable=True)


def read_ocr_texts(root: Path, brochure_id: str) -> dict[int, str]:
    """Page → OCR text; empty when the brochure has none or its file is unreadable."""
    try:
        record = orjson.loads(ocr_path(root, brochure_id).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    if not isinstance(record, dict):
        return {}
    return {
        int(page): text
        for page, text in record.items()
        if isinstance(page, str) and page.isdigit() and isinstance(text, str)
    }


def remove_ocr_texts(root: Path, brochure_id: str) -> None:
    with contextlib.suppress(OSError):
        ocr_path(root, brochure_id).unlink()
