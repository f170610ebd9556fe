"""Taking in what other machines wrote: catalog.json is the readable snapshot, the change logs
(changelog.py) are the history every machine agrees on.

The snapshot records, in its meta `logs`, how much of each log it holds. When the logs in the
folder hold more (another machine's log arrived through the sync service, or a process was
killed between its log line and its catalog write), all operations are folded again
(fold.py) and the snapshot rewritten from them. A library without logs (new, or from before
them) starts its history here: every record becomes a `put` in this machine's log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from brochuredesk.core.library import changelog
from brochuredesk.core.library.catalog import BROCHURES, EXAMPLES, META, NOTES, SETTINGS, Catalog
from brochuredesk.core.library.fold import fold

TABLES = (BROCHURES, EXAMPLES, NOTES, SETTINGS)


def logs_of(catalog: Catalog) -> dict[str, int]:
    stored = catalog.meta().get("logs", {})
    return {str(k): int(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def open_sync(catalog: Catalog, root: Path, read_only: bool) -> bool:
    """At open: start the history, or take in what is new in the logs. True when the catalog
    changed."""
    catalog.storage.folded = logs_of(catalog)
    if catalog.journal is not None:  # past every clock the snapshot holds
        catalog.journal.observe_clock(str(catalog.meta().get("clock", "")))
    present = changelog.sizes(root)
    if not present:
        if not read_only and catalog.journal is not None:
            start_history(catalog)
        return False
    if present == catalog.storage.folded:
        return False
    return take_in(catalog, root)


def start_history(catalog: Catalog) -> None:
    """Every brochure, example and setting as this machine's first operations."""
    data = catalog.storage.read() or {}
    ops: list[changelog.Op] = []
    for table, short in ((BROCHURES, "b"), (EXAMPLES, "e"), (NOTES, "n")):
        for record in data.get(table, {}).values():
            clean = {k: v for k, v in record.items() if k != "outline"}
            ops.append({"k": "put", "t": short, "id": record["id"], "r": clean})
    for row in data.get(SETTINGS, {}).values():
        if row:
            ops.append({"k": "cfg", "f": dict(row)})
    catalog._log(ops)
    catalog.set_meta(logs=dict(catalog.storage.folded))


def needs_taking_in(catalog: Catalog, root: Path) -> bool:
    present = changelog.sizes(root)
    return bool(present) and present != catalog.storage.folded


def take_in(catalog: Catalog, root: Path) -> bool:
    """Fold every log and make the snapshot what they say (in memory only when read-only).
    True when the catalog's records changed."""
    present = changelog.sizes(root)  # before reading: what is read is at least this much
    ops = changelog.all_ops(root)
    if catalog.journal is not None and ops:
        catalog.journal.observe(ops[-1:])  # our next clock goes past everything seen
    tables = fold(ops)
    data: dict[str, Any] = dict(catalog.storage.read() or {})
    changed = any(_rows(data.get(t, {})) != _rows(tables.get(t, {})) for t in TABLES)
    new = {**data, **tables}
    meta = dict(new.get(META, {}).get("1", {})) if isinstance(new.get(META), dict) else {}
    meta["logs"] = present
    if ops:
        meta["clock"] = ops[-1]["c"]  # the newest clock folded in: later edits go past it
    new[META] = {"1": meta}
    catalog.storage.folded = dict(present)
    if catalog.journal is None:  # read-only: this process sees it, the file stays as it is
        catalog.storage.hold(new)
    else:
        catalog.storage.write(new)
    catalog.forget_ids()
    return changed


def _rows(table: dict[str, Any]) -> list[Any]:
    return sorted((r for r in table.values()), key=lambda r: str(r.get("id", "")))
