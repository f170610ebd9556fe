"""What is kept beside the catalog, one small JSON file per brochure: its outline
(`outlines/<id>.json`) and the text OCR read from its scanned pages (`ocr/<id>.json`).

Neither belongs in catalog.json, which every command parses: outlines made up 60 % of it (4 of
6.6 MB at 3 000 brochures) and are needed only when one brochure is shown or searched for
examples; OCR text is large and costly to make again (seconds a page), so a rebuilt index
takes it from here instead of running Tesseract over every scan once more. Each file is
written once and replaced whole, so a sync service never has to merge one; a cut-off write
leaves the previous file or none, never half of one. Catalogs written before outlines moved
out keep their inline outlines readable until the first writable open moves them here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from brochuredesk.core.fsutil import atomic_write
from brochuredesk.core.library.records import OutlineEntry
from brochuredesk.core.library.schema import outline_entry
from brochuredesk.core.plain import JSONDecodeError, datarecord, json_dumps, json_loads

T = TypeVar("T")


@datarecord(frozen=True)
class SideFile(Generic[T]):
    """One kind of per-brochure file: where it lives, how it is written and read back."""

    folder: str
    encode: Callable[[T], Any]
    decode: Callable[[Any], T]  # whatever the file holds → a valid value (invalid parts skipped)
    durable: bool  # fsynced: only what cannot be read from the PDF again

    def path(self, root: Path, brochure_id: str) -> Path:
        return root / self.folder / f"{brochure_id}.json"

    def write(self, root: Path, brochure_id: str, value: T) -> None:
        """Keep a brochure's value; an empty one removes its file."""
        if not value:
            self.remove(root, brochure_id)
            return
        path = self.path(root, brochure_id)
        path.parent.mkdir(exist_ok=True)
        atomic_write(path, json_dumps(self.encode(value)), durable=self.durable)

    def read(self, root: Path, brochure_id: str) -> T:
        """A brochure's value; empty when its file is missing or unreadable."""
        try:
            record = json_loads(self.path(root, brochure_id).read_bytes())
        except (OSError, JSONDecodeError):
            record = None
        return self.decode(record)

    def remove(self, root: Path, brochure_id: str) -> None:
        with contextlib.suppress(OSError):
            self.path(root, brochure_id).unlink()


def entries_record(entries: Iterable[OutlineEntry]) -> list[dict[str, Any]]:
    return [{"level": e.level, "title": e.title, "page": e.page} for e in entries]


def entries_of(record: Any) -> list[OutlineEntry]:
    """The valid entries of a stored outline; anything else in it is skipped."""
    if not isinstance(record, list):
        return []
    return [OutlineEntry(e["level"], e["title"], e["page"]) for e in record if outline_entry(e)]


def _ocr_record(texts: dict[int, str]) -> dict[str, str]:
    return {str(page): text for page, text in sorted(texts.items())}


def _ocr_texts(record: Any) -> dict[int, str]:
    """Page (1-based, physical) → OCR text."""
    if not isinstance(record, dict):
        return {}
    return {
        int(page): text
        for page, text in record.items()
        if isinstance(page, str) and page.isdigit() and isinstance(text, str)
    }


OUTLINES: SideFile[list[OutlineEntry]] = SideFile("outlines", entries_record, entries_of, False)
OCR_TEXTS: SideFile[dict[int, str]] = SideFile("ocr", _ocr_record, _ocr_texts, True)
