"""The examples an export or a dossier is made of: each with its brochure and its file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from brochuredesk.core.errors import BrochureDeskError
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.note_records import Note
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.plain import datarecord, field


@datarecord
class Row:
    example: Example
    brochure: Brochure
    file: Path
    notes: list[Note] = field(default_factory=list)  # one's own notes on the example's pages


def rows_for(library: Library, refs: Sequence[str]) -> list[Row]:
    """The examples named (all of them when none are), each with its brochure."""
    catalog = library.catalog
    examples = [catalog.get_example(r) for r in refs] if refs else catalog.examples()
    if not examples:
        raise BrochureDeskError("nothing_to_export")
    rows = []
    notes = catalog.notes()
    for example in examples:
        brochure = catalog.get(example.brochure_id)
        own = [
            n for n in notes
            if n.brochure_id == brochure.id and example.first_page <= n.page <= example.last_page
        ]  # fmt: skip
        rows.append(Row(example, brochure, library.file_path(brochure), own))
    return rows


def as_json_record(row: Row) -> dict[str, Any]:
    record = row.example.to_json()
    record.update(
        brochure_title=row.brochure.title,
        brochure_publisher=row.brochure.publisher,
        brochure_year=row.brochure.year,
        file=str(row.file),
    )
    return record
