"""How a team library is doing, read from its change logs: which brochures another machine
imported whose file the sync service has not brought yet, and which machines' logs have not
changed for long (a laptop that stopped syncing)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from brochuredesk.core.library.changelog import SUFFIX, log_files, read_ops
from brochuredesk.core.plain import datarecord

QUIET_DAYS = 30  # a machine whose log has not changed for this long is reported by `check`


@datarecord
class Machine:
    name: str  # its log's machine id
    last_change: float  # when its log last changed (seconds since the epoch)


def machine_of(name: str) -> str:
    """The machine id of a change log's file name (a sync service's conflict copy of the log,
    'ab12….sync-conflict-20261208-101010-XYZ.jsonl', is the same machine's)."""
    return name.removesuffix(SUFFIX).split(".")[0]


def _machine(path: Path) -> str:
    return machine_of(path.name)


def arriving(root: Path, own: str, missing: Iterable[str]) -> set[str]:
    """Of the brochures (ids) whose files are missing, those another machine's log put in the
    catalog and this machine's never did: their file is still on its way through the sync
    service ("Datei kommt noch"), not lost."""
    wanted = set(missing)
    if not wanted:
        return set()
    by_others: set[str] = set()
    by_us: set[str] = set()
    for path in log_files(root):
        mine = _machine(path) == own
        for op in read_ops(path):
            if op.get("k") == "put" and op.get("t") == "b" and op.get("id") in wanted:
                (by_us if mine else by_others).add(op["id"])
    return by_others - by_us


def machines(root: Path, own: str) -> list[Machine]:
    """The other machines that write to this library, newest change first."""
    found: dict[str, float] = {}
    for path in log_files(root):
        name = _machine(path)
        if name == own:
            continue
        try:
            changed = path.stat().st_mtime
        except OSError:
            continue
        found[name] = max(found.get(name, 0.0), changed)
    return sorted((Machine(n, t) for n, t in found.items()), key=lambda m: -m.last_change)


def quiet_machines(root: Path, own: str, now: float | None = None) -> list[Machine]:
    """Other machines whose logs have not changed for QUIET_DAYS."""
    now = time.time() if now is None else now
    return [m for m in machines(root, own) if now - m.last_change > QUIET_DAYS * 86400]


SYNCTHING_SIGNS = (".stignore", ".stversions")  # what Syncthing leaves in a folder it shares
MARKER = ".stfolder"


def missing_syncthing_marker(root: Path) -> Path | None:
    """The folder Syncthing shares this library in, when its `.stfolder` marker is gone:
    Syncthing then stops syncing the folder (it takes it for an unmounted disk), so edits
    reach nobody until the marker is made again."""
    for folder in (root, *list(root.resolve().parents)[:8]):
        if (folder / MARKER).exists():
            return None
        if any((folder / sign).exists() for sign in SYNCTHING_SIGNS):
            return folder
    return None


def removed_brochures(root: Path, ids: Iterable[str]) -> set[str]:
    """Of `ids`, the brochures some machine's log removed: an example another machine added
    to one of them before the removal reached it outlives its brochure there."""
    wanted = set(ids)
    if not wanted:
        return set()
    return {
        op["id"]
        for path in log_files(root)
        for op in read_ops(path)
        if op.get("k") == "del" and op.get("t") == "b" and op.get("id") in wanted
    }
