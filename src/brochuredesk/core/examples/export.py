"""Exporting good-practice examples: CSV and JSON for spreadsheets, a dossier PDF for a board.

Every export is written to a temporary file beside the target and renamed at the end: the
target is either the complete new file or untouched, never half written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from brochuredesk.core.errors import BrochureDeskError
from brochuredesk.core.examples.rows import Row, as_json_record
from brochuredesk.core.fsutil import write_into_place

CSV_COLUMNS = [
    "id", "title", "organisation", "region", "sector", "fields_of_action", "summary", "url",
    "tags", "notes", "brochure_id", "brochure_title", "brochure_publisher", "brochure_year",
    "pages", "file",
]  # fmt: skip


# The header row in the reader's language: the CSV is opened in Excel for a board meeting.
CSV_HEADERS = {
    "en": {
        "id": "ID", "title": "Title", "organisation": "Organisation", "region": "Region",
        "sector": "Sector", "fields_of_action": "Fields of action", "summary": "Summary",
        "url": "Web / contact", "tags": "Tags", "notes": "Notes", "brochure_id": "Brochure ID",
        "brochure_title": "Brochure", "brochure_publisher": "Publisher",
        "brochure_year": "Year", "pages": "Pages", "file": "File",
    },
    "de": {
        "id": "ID", "title": "Titel", "organisation": "Organisation", "region": "Region",
        "sector": "Branche", "fields_of_action": "Handlungsfelder", "summary": "Kurzbeschreibung",
        "url": "Web / Kontakt", "tags": "Schlagwörter", "notes": "Notizen",
        "brochure_id": "Broschüren-ID", "brochure_title": "Broschüre",
        "brochure_publisher": "Herausgeber", "brochure_year": "Jahr", "pages": "Seiten",
        "file": "Datei",
    },
}  # fmt: skip


def write_atomically(target: Path, write: Callable[[Path], object], *, force: bool = False) -> Path:
    """Let `write` fill a temporary file beside `target`, then rename it into place; an
    existing file is replaced only when the user said so (`force`)."""
    target = target.expanduser().absolute()
    if target.exists() and not force:
        raise BrochureDeskError("export_exists", path=str(target))
    write_into_place(target, write, durable=False, suffix=".part")
    return target


def export_json(rows: Sequence[Row], target: Path, *, force: bool = False) -> Path:
    document = {"exported": date.today().isoformat(), "examples": [as_json_record(r) for r in rows]}
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    return write_atomically(target, lambda path: path.write_bytes(data), force=force)


def export_csv(
    rows: Sequence[Row], target: Path, *, force: bool = False, german: bool = True
) -> Path:
    """UTF-8 with a byte-order mark and ';' between fields: what German Excel opens as is;
    the header row in German or English."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADERS["de" if german else "en"])
    for row in rows:
        record = as_json_record(row)
        record["fields_of_action"] = "; ".join(row.example.fields_of_action)
        record["tags"] = "; ".join(row.example.tags)
        record["pages"] = row.example.pages
        writer.writerow({column: record.get(column, "") for column in CSV_COLUMNS})
    data = buffer.getvalue().encode("utf-8-sig")
    return write_atomically(target, lambda path: path.write_bytes(data), force=force)


def export_dossier(
    rows: Sequence[Row],
    target: Path,
    *,
    title: str = "",
    subtitle: str = "",
    force: bool = False,
    german: bool = True,
) -> Path:
    """A PDF: cover (title, subtitle), contents linked to the examples, and for each example
    a page of its facts followed by its original pages, with bookmarks for every part."""
    from brochuredesk.core.examples.dossier import build_dossier

    return write_atomically(
        target,
        lambda path: build_dossier(rows, path, title=title, subtitle=subtitle, german=german),
        force=force,
    )
