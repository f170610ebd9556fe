"""Saved searches: a name for what the user was looking at, the query and the sidebar's facets
together, kept in the catalog's settings (so they sync like every other edit).

Stored as `{"name", "query", "facets": [[kind, value], ...]}`; a plain string (how versions
before saved a search: the query only) reads as a search of that name without facets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from brochuredesk.core.fsutil import atomic_write
from brochuredesk.core.plain import JSONDecodeError, datarecord, json_dumps, json_loads

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


SEEN_FILE = "saved-searches-seen.json"  # in this machine's cache of the library


def seen_results(cache_dir: Path) -> dict[str, list[str]]:
    """Saved search name (folded) → the brochures it found when this user last opened it
    here. Kept per machine, not in the catalog: what is new to one colleague is not new to
    another."""
    try:
        data = json_loads((cache_dir / SEEN_FILE).read_bytes())
    except (OSError, JSONDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): [str(i) for i in v] for k, v in data.items() if isinstance(v, list)}


def mark_seen(cache_dir: Path, name: str, brochure_ids: Iterable[str]) -> None:
    """What the search finds now is what the user has seen of it."""
    seen = seen_results(cache_dir)
    seen[name.casefold()] = sorted(brochure_ids)
    with contextlib.suppress(OSError):
        cache_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(cache_dir / SEEN_FILE, json_dumps(seen), durable=False)


def new_since_seen(search: SavedSearch, seen: dict[str, list[str]], found: set[str]) -> int:
    """How many of the brochures the search finds were not there when the user last opened
    it; none for a search never opened here (everything would look new)."""
    before = seen.get(search.name.casefold())
    return len(found - set(before)) if before is not None else 0
