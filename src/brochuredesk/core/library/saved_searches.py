"""Saved searches: a name for what the user was looking at, the query and the sidebar's facets
together, kept in the catalog's settings (so they sync like every other edit).

Stored as `{"name", "query", "facets": [[kind, value], ...]}`; a plain string (how versions
before saved a search: the query only) reads as a search of that name without facets.
"""

from __future__ import annotations

from typing import Any

from brochuredesk.core.plain import datarecord

SETTING = "saved_searches"


@datarecord(frozen=True)
class SavedSearch:
    name: str
    query: str = ""
    facets: tuple[tuple[str, str], ...] = ()

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "query": self.query, "facets": [list(f) for f in self.facets]}

    @classmethod
    def from_record(cls, record: Any) -> SavedSearch | None:
        """None for anything that is not a saved search (a hand-edited or damaged setting)."""
        if isinstance(record, str):
            return cls(record, record) if record.strip() else None
        if not isinstance(record, dict) or not isinstance(record.get("name"), str):
            return None
        facets = tuple(
            (f[0], f[1])
            for f in record.get("facets") or []
            if isinstance(f, list | tuple) and len(f) == 2 and all(isinstance(x, str) for x in f)
        )
        raw = record.get("query")
        query = raw if isinstance(raw, str) else ""
        name = record["name"].strip()
        return cls(name, query, facets) if name and (query or facets) else None


def read_saved(setting: Any) -> list[SavedSearch]:
    found = (SavedSearch.from_record(r) for r in setting) if isinstance(setting, list) else ()
    return [s for s in found if s is not None]


def with_saved(setting: Any, search: SavedSearch) -> list[dict[str, Any]]:
    """The setting with `search` added, or in place of the one of the same name."""
    kept = [s for s in read_saved(setting) if s.name.casefold() != search.name.casefold()]
    return [s.to_record() for s in [*kept, search]]


def without_saved(setting: Any, name: str) -> list[dict[str, Any]]:
    return [s.to_record() for s in read_saved(setting) if s.name.casefold() != name.casefold()]
