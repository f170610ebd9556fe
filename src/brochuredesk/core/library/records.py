"""Records that cross layers: what the catalog stores and the front ends show."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from brochuredesk.core.library.schema import outline_entry
from brochuredesk.core.plain import MISSING, datarecord, field, fields

STATUS_OK = "ok"
STATUS_LOCKED = "locked"
STATUS_NO_TEXT = "no-text"
STATUS_MISSING = "missing"
STATUS_ERROR = "error"
# Which reading of publisher and date a catalog's records hold (catalog meta "facts_version"):
# 1 took the PDF's creation date for a year no text stated; 2 read imprints; 3 covers too;
# 4 the body the text names as its own where nothing else says (to check).
FACTS_VERSION = 4


@datarecord
class OutlineEntry:
    level: int
    title: str
    page: int  # 1-based physical page; 0 when the entry points nowhere


@datarecord
class Brochure:
    """One PDF in the library. `id` is derived from the content hash, so it never changes."""

    id: str
    sha256: str
    title: str
    original_filename: str
    file: str  # relative to the library folder for managed copies, absolute for --link
    file_size: int
    page_count: int
    added: str
    modified: str
    subtitle: str = ""
    publisher: str = ""
    date: str = ""  # ISO, as precise as known: "2018", "2018-06", "2018-06-12"
    year: int | None = None
    language: str = ""
    linked: bool = False
    pdf_metadata: dict[str, str] = field(default_factory=dict)
    outline: list[OutlineEntry] = field(default_factory=list)
    page_labels: list[dict[str, Any]] = field(default_factory=list)  # printed page numbers
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    status: str = STATUS_OK
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    thumbnail: str = ""  # relative path below the library folder, "" when none
    password: str = ""  # kept so a locked brochure can be re-read after it was unlocked
    review: list[str] = field(default_factory=list)  # guessed fields to check: publisher, year
    edited: list[str] = field(default_factory=list)  # facts the user set by hand
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages whose text OCR read
    edition_group: str = ""  # editions/fingerprint.py: shared by the editions of one publication
    source_url: str = ""  # where it was downloaded from (the browser's marks, or set by hand)
    referrer_url: str = ""  # the page that linked to the download
    inbox: bool = False  # new: imported (or arrived from a watched folder), not opened yet
    evaluated: bool = False  # the user has worked through it ("Ausgewertet")

    def to_record(self) -> dict[str, Any]:
        """The catalog record: the fields, lists and dicts copied (dataclasses.asdict does
        the same through deepcopy, which cost the import ~0.2 s for 60 brochures). The
        outline is not part of it: it is kept in its own file (core/library/outlines.py)."""
        record = {name: getattr(self, name) for name in _RECORD_FIELDS}
        record["pdf_metadata"] = dict(self.pdf_metadata)
        record["page_labels"] = [dict(rule) for rule in self.page_labels]
        for name in ("tags", "warnings", "review", "edited", "ocr_pages"):
            record[name] = list(record[name])
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any], *, outline: bool = True) -> Brochure:
        """The brochure of a catalog record; `outline=False` leaves out an outline a record
        of an older catalog still holds (a listing of thousands does not need it)."""
        values = {k: v for k, v in record.items() if k in _BROCHURE_FIELD_SET}
        values["outline"] = (
            [
                OutlineEntry(e["level"], e["title"], e["page"])
                for e in record.get("outline", [])
                if outline_entry(e)
            ]
            if outline
            else []
        )
        return cls(**values)

    @staticmethod
    def summary_of(record: Mapping[str, Any]) -> dict[str, Any]:
        """summary() of a catalog record, without making the Brochure (`list --json` of
        thousands)."""
        found = {name: record.get(name, default) for name, default in _SUMMARY_DEFAULTS}
        found["tags"] = list(found["tags"])
        return found

    def summary(self) -> dict[str, Any]:
        """The fields of `list --json` (DESIGN.md §7)."""
        return {
            "id": self.id,
            "sha256": self.sha256,
            "title": self.title,
            "publisher": self.publisher,
            "year": self.year,
            "page_count": self.page_count,
            "original_filename": self.original_filename,
            "file": self.file,
            "tags": list(self.tags),
            "status": self.status,
        }


def brochure_id(sha256: str) -> str:
    """Short, stable id from the content hash (collisions are checked by the catalog)."""
    return sha256[:12]


_BROCHURE_FIELDS = tuple(f.name for f in fields(Brochure))
_RECORD_FIELDS = tuple(name for name in _BROCHURE_FIELDS if name != "outline")
_BROCHURE_FIELD_SET = frozenset(_BROCHURE_FIELDS)
_SUMMARY_FIELDS = (
    "id", "sha256", "title", "publisher", "year", "page_count", "original_filename", "file",
    "tags", "status",
)  # fmt: skip
_DEFAULTS: dict[str, Any] = {
    f.name: [] if f.default_factory is not MISSING else None if f.default is MISSING else f.default
    for f in fields(Brochure)
}
_SUMMARY_DEFAULTS = tuple((name, _DEFAULTS[name]) for name in _SUMMARY_FIELDS)
