"""Conflict copies of catalog.json that sync services make when two machines wrote it: read,
merged into the catalog, and moved to backups/conflicts/.

Dropbox writes "catalog (Anna's conflicted copy 2026-11-30).json" (German: "… in Konflikt
stehende Kopie …"), Nextcloud and ownCloud "catalog (conflicted copy 2026-11-30 084512).json",
Syncthing "catalog.sync-conflict-20261130-084512-ABCDEFG.json", OneDrive "catalog-LAPTOP.json",
Google Drive "catalog (1).json". Without change logs there is no clock per field, so the merge
keeps everything it can: a brochure or example only in the copy comes back, one in both takes
the copy's fields when the copy's record was modified later, tags are united. Nothing is ever
dropped because a copy lacks it (it may be new here).
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brochuredesk.core.library.records import Brochure
from brochuredesk.core.plain import JSONDecodeError, datarecord, json_loads

if TYPE_CHECKING:
    from brochuredesk.core.library.catalog import Catalog

CONFLICTS_DIR = "conflicts"
# What a sync service calls the copy it keeps of `<stem>.json` when two machines wrote it.
_COPY_OF = (
    r"^{stem}(?:"
    r"(?:\s*\(.*(?:conflict|konflikt|kopie|copy).*\)"  # Dropbox, Nextcloud, ownCloud, German
    r"|\.sync-conflict-[\w-]+"  # Syncthing
    r"|-[A-Za-z0-9][\w-]{{0,40}}"  # OneDrive: catalog-MACHINE
    r"|\s*\(\d{{1,3}}\)"  # Google Drive, browsers: catalog (1)
    r"|\.conflict\d+"  # rclone bisync 1.66 and later: catalog.conflict1.json
    r")\.json"
    r"|\.json(?:\.\.path\d|\.conflict\d+)"  # rclone bisync: catalog.json..path1
    r")$"
)
_COPY = re.compile(_COPY_OF.format(stem="catalog"), re.IGNORECASE)
# Conflict copies of the backups every machine writes (latest.json, previous.json): older
# snapshots of the catalog, which the change logs and the remaining backups make redundant.
_BACKUP_COPY = re.compile(_COPY_OF.format(stem="(?:latest|previous)"), re.IGNORECASE)


@datarecord
class Merged:
    name: str  # the conflict copy's file name
    brochures: int  # records added or updated from it
    examples: int


def tidy_backup_copies(root: Path) -> int:
    """Delete the sync service's conflict copies of backups/latest.json and previous.json;
    how many there were."""
    removed = 0
    with contextlib.suppress(OSError):
        for path in (root / "backups").iterdir():
            if path.is_file() and _BACKUP_COPY.match(path.name):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
    return removed


def conflict_copies(root: Path) -> list[Path]:
    try:
        names = sorted(p for p in root.iterdir() if p.is_file() and _COPY.match(p.name))
    except OSError:
        return []
    return names


def merge_conflict_copies(catalog: Catalog, root: Path) -> list[Merged]:
    """Merge every readable conflict copy into `catalog` and move it to backups/conflicts/;
    an unreadable one is moved there too (it cannot be merged, it is kept)."""
    from brochuredesk.core.library.changelog import log_files

    done = []
    logged = bool(log_files(root))  # the logs hold every machine's edits: a copy adds nothing
    for copy in conflict_copies(root):
        try:
            data = json_loads(copy.read_bytes())
            tables = data if isinstance(data, dict) else {}
        except (OSError, JSONDecodeError):
            tables = {}
        if logged:
            tables = {}
        brochures = _merge_brochures(catalog, _records(tables.get("brochures")))
        examples = _merge_examples(catalog, _records(tables.get("examples")))
        target = root / "backups" / CONFLICTS_DIR / copy.name
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            import shutil

            shutil.move(str(copy), str(target))
        done.append(Merged(copy.name, brochures, examples))
    return done


def _records(table: Any) -> list[dict[str, Any]]:
    if not isinstance(table, dict):
        return []
    return [r for r in table.values() if isinstance(r, dict) and isinstance(r.get("id"), str)]


def _merge_brochures(catalog: Catalog, records: list[dict[str, Any]]) -> int:
    from brochuredesk.core.library.schema import OPTIONAL_BROCHURE, REQUIRED_BROCHURE

    current = {r["id"]: r for r in catalog.iter_records()}
    new: list[Brochure] = []
    changes: dict[str, dict[str, Any]] = {}
    for record in records:
        if not all(check(record.get(k)) for k, check in REQUIRED_BROCHURE.items()):
            continue
        clean = {
            k: v
            for k, v in record.items()
            if k in REQUIRED_BROCHURE or (k in OPTIONAL_BROCHURE and OPTIONAL_BROCHURE[k](v))
        }
        clean.pop("outline", None)
        mine = current.get(record["id"])
        if mine is None:
            new.append(Brochure.from_record(clean, outline=False))
            continue
        tags = _union(mine.get("tags", []), clean.get("tags", []))
        if str(clean.get("modified", "")) > str(mine.get("modified", "")):
            fields = {k: v for k, v in clean.items() if k != "id" and mine.get(k) != v}
            fields["tags"] = tags
        else:
            fields = {"tags": tags} if tags != mine.get("tags", []) else {}
        if fields and any(mine.get(k) != v for k, v in fields.items()):
            changes[record["id"]] = fields
    if new:
        catalog.add(new)
    catalog.update_many(changes, touch=False)
    return len(new) + len(changes)


def _merge_examples(catalog: Catalog, records: list[dict[str, Any]]) -> int:
    from brochuredesk.core.library.example_records import Example
    from brochuredesk.core.library.schema import REQUIRED_EXAMPLE

    current = {e.id: e for e in catalog.examples()}
    brochures = {r["id"] for r in catalog.iter_records()}
    count = 0
    for record in records:
        if not all(check(record.get(k)) for k, check in REQUIRED_EXAMPLE.items()):
            continue
        if record["brochure_id"] not in brochures:
            continue
        try:
            theirs = Example.from_record(dict(record))
        except (TypeError, ValueError):
            continue
        mine = current.get(theirs.id)
        if mine is None:
            catalog.add_example(theirs)
            count += 1
        elif theirs.modified > mine.modified:
            fields = {
                k: v
                for k, v in theirs.to_record().items()
                if k not in ("id", "modified") and getattr(mine, k, None) != v
            }
            fields["tags"] = _union(mine.tags, theirs.tags)
            catalog.update_example(mine.id, **fields)
            count += 1
    return count


def _union(mine: list[str], theirs: list[str]) -> list[str]:
    seen = {t.casefold() for t in mine}
    return list(mine) + [t for t in theirs if isinstance(t, str) and t.casefold() not in seen]
