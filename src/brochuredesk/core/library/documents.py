"""The JSON documents of the CLI contract about brochures (DESIGN.md §7: `show --json`,
`list --json`), built here once for every front end that hands them out."""

from __future__ import annotations

from typing import Any

from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.library.sidefiles import entries_record


def brochure_document(library: Library, brochure: Brochure) -> dict[str, Any]:
    """One brochure with its outline, its file and cover paths; never its password."""
    record = brochure.to_record()
    record["outline"] = entries_record(brochure.outline)
    record.pop("password", None)
    record["file"] = str(library.file_path(brochure))
    thumb = library.thumbnail_path(brochure)
    record["thumbnail"] = str(thumb) if thumb else ""
    return record


def listing_document(library: Library) -> dict[str, Any]:
    """Every brochure's summary by title, straight from the records: thousands of Brochure
    objects would cost more than the listing itself."""
    listed = []
    records = sorted(
        library.catalog.iter_records(), key=lambda r: str(r.get("title", "")).casefold()
    )
    for record in records:
        summary = Brochure.summary_of(record)
        summary["file"] = library.file_of(summary["file"], bool(record.get("linked")))
        listed.append(summary)
    return {"brochures": listed}
