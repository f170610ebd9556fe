"""Notes of one's own on pages of a brochure: added, changed and removed in the catalog (so
they sync like every other edit) and in the search index (a hit in a note says so)."""

from __future__ import annotations

from typing import Any

from brochuredesk.core.errors import InvalidValueError
from brochuredesk.core.library.catalog import now_iso
from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.note_records import COLORS, Note, new_note_id
from brochuredesk.core.search.index import SearchIndex


def add_note(
    library: Library,
    index: SearchIndex | None,
    brochure_ref: str,
    page: int,
    text: str = "",
    quote: str = "",
    color: str = "yellow",
) -> Note:
    library.require_writable()
    brochure = library.catalog.get(brochure_ref)
    stamp = now_iso()
    note = Note(new_note_id(), brochure.id, page, stamp, stamp)
    _apply(note, brochure.page_count, page=page, text=text, quote=quote, color=color)
    if not note.text and not note.quote:
        raise InvalidValueError("empty_note")
    library.catalog.add_note(note)
    if index is not None:
        index.set_note(note, brochure.year)
    return note


def edit_note(library: Library, index: SearchIndex | None, ref: str, **fields: Any) -> Note:
    library.require_writable()
    note = library.catalog.get_note(ref)
    brochure = library.catalog.get(note.brochure_id)
    _apply(note, brochure.page_count, **fields)
    changes = {
        k: v for k, v in note.to_record().items() if k not in ("id", "brochure_id", "created")
    }
    updated = library.catalog.update_note(note.id, **changes)
    if index is not None:
        index.set_note(updated, brochure.year)
    return updated


def remove_note(library: Library, index: SearchIndex | None, ref: str) -> Note:
    library.require_writable()
    note = library.catalog.remove_note(ref)
    if index is not None:
        index.remove_record(note.id)
    return note


def _apply(note: Note, page_count: int, **fields: Any) -> None:
    """The given fields (None: as it is), checked: a page of the brochure, a known colour."""
    page = fields.get("page")
    if page is not None:
        if not isinstance(page, int) or not 1 <= page <= max(1, page_count):
            raise InvalidValueError("invalid_page", page=page, pages=page_count)
        note.page = page
    for name in ("text", "quote"):
        if fields.get(name) is not None:
            setattr(note, name, str(fields[name]).strip())
    color = fields.get("color")
    if color is not None:
        if color not in COLORS:
            raise InvalidValueError("invalid_color", color=color, colors=", ".join(COLORS))
        note.color = color
