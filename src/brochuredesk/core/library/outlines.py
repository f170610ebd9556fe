"""Bookmarks (the PDF's outline) kept beside the catalog, one small file per brochure.

An outline is read from the PDF once, at import; it is needed when one brochure is shown or
searched for examples, never for a listing. Kept inline it made up 60 % of catalog.json, which
every command parses: at 3 000 brochures 4 of 6.6 MB. Here each is `outlines/<id>.json`,
written once (sync-safe: a sync service never has to merge it) and rebuildable from the PDF,
like a cover. Catalogs written before keep their inline outlines readable until the first
writable open moves them out.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from brochuredesk.core.fsutil import atomic_write
from brochuredesk.core.library.records import OutlineEntry
from brochuredesk.core.library.schema import outline_entry

OUTLINES_DIR = "outlines"


def outline_path(root: Path, brochure_id: str) -> Path:
    return root / OUTLINES_DIR / f"{brochure_id}.json"


def entries_record(entries: Iterable[OutlineEntry]) -> list[dict[str, Any]]:
    return [{"level": e.level, "title": e.title, "page": e.page} for e in entries]


def entries_of(record: Any) -> list[OutlineEntry]:
    """The valid entries of a stored outline; anything else in it is skipped."""
    if not isinstance(record, list):
        return []
    return [OutlineEntry(e["level"], e["title"], e["page"]) for e in record if outline_entry(e)]


def write_outline(root: Path, brochure_id: str, entries: list[OutlineEntry]) -> None:
    """Keep a brochure's outline (none: no file). Not fsynced: it can be read again from the
    PDF, and a cut-off write leaves the previous file or none, never half a file."""
    path = outline_path(root, brochure_id)
    if not entries:
        with contextlib.suppress(OSError):
            path.unlink()
        return
    path.parent.mkdir(exist_ok=True)
    atomic_write(path, orjson.dumps(entries_record(entries)), durable=False)


def read_outline(root: Path, brochure_id: str) -> list[OutlineEntry]:
    """A brochure's outline; none when its file is missing or unreadable."""
    try:
        return entries_of(orjson.loads(outline_path(root, brochure_id).read_bytes()))
    except (OSError, orjson.JSONDecodeError):
        return []


def remove_outline(root: Path, brochure_id: str) -> None:
    with contextlib.suppress(OSError):
        outline_path(root, brochure_id).unlink()
