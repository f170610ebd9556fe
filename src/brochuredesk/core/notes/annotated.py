"""A copy of a brochure with one's notes in it, for any PDF reader: each note with a quote
is a Highlight annotation over those words carrying the note as its text; a note on a whole
page is a sticky note at the page's top corner. The library's own file is never changed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from brochuredesk.core.errors import BrochureDeskError
from brochuredesk.core.extract.pdf import open_document
from brochuredesk.core.library.note_records import COLORS, Note


def write_annotated(source: Path, password: str, notes: Sequence[Note], target: Path) -> int:
    """Write the copy to `target` (a temporary file the caller renames into place); how many
    notes it carries (a quote no longer found on its page is placed as a sticky note)."""
    doc, unlocked = open_document(source, password)
    if not unlocked:
        doc.close()
        raise BrochureDeskError("locked_pdf")
    try:
        placed = 0
        for note in sorted(notes, key=lambda n: (n.page, n.created)):
            if not 1 <= note.page <= doc.page_count:
                continue
            page = doc[note.page - 1]
            color = COLORS.get(note.color, COLORS["yellow"])
            quads = page.search_for(note.quote, quads=True) if note.quote else []
            if quads:
                annot = page.add_highlight_annot(quads[0] if len(quads) == 1 else quads[:1])
            else:
                annot = page.add_text_annot((page.rect.x0 + 18, page.rect.y0 + 18), "")
            annot.set_colors(stroke=color)
            annot.set_info(content=note.text or note.quote, title="BrochureDesk")
            annot.update()
            placed += 1
        doc.save(str(target), garbage=1, deflate=True)
        return placed
    finally:
        doc.close()
