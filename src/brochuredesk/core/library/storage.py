"""TinyDB storage that never loses a catalog.

Every write goes to a temporary file, is fsynced and renamed over catalog.json, so a crash leaves
either the old or the new catalog. Before a write replaces the file, the current (known good)
version is kept in backups/ (previous.json, a hard link to the replaced file: the rename gave
catalog.json a new inode, so nothing done to it reaches the link), and the new one is copied
to backups/latest.json. A file that cannot be parsed is
never written over: reading it raises CatalogCorruptError and nothing writes until it is fixed.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from brochuredesk.core.errors import BrochureDeskError, CatalogCorruptError, ReadOnlyError
from brochuredesk.core.fsutil import atomic_write, replace
from brochuredesk.core.library.schema import problems
from brochuredesk.core.plain import JSONDecodeError, json_dumps, json_loads

BACKUP_PREFIX = "catalog-"
BACKUP_SUFFIX = ".json"
PREVIOUS_NAME = "previous.json"  # the catalog as it was before the latest write
LATEST_NAME = "latest.json"  # the catalog the latest write wrote


class CatalogStorage(Storage):
    """Cached, atomic, backed-up JSON storage for one catalog file.

    Every record of a catalog read is checked (core/library/schema.py) unless this machine has already
    checked or written this very file: `checked_path` remembers its inode, modification time
    and size (at 3 000 brochures the check was the largest cost of a `show`). A file replaced
    or changed in place by anything else (a sync client, an editor, a disk fault) differs in
    one of them and is checked again."""

    def __init__(
        self,
        path: Path,
        backups_dir: Path,
        *,
        read_only: bool = False,
        keep_backups: int = 20,
        backup_interval: float = 60.0,
        checked_path: Path | None = None,
    ) -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.checked_path = checked_path
        self.read_only = read_only
        self.keep_backups = keep_backups
        self.backup_interval = backup_interval
        self._cache: dict[str, Any] | None = None
        self._stamp: tuple[int, int] | None = None
        # change log file → the size of it this catalog holds folded in (changelog.py); each
        # write records it in meta "logs", so the next open knows what is new in the logs.
        self.folded: dict[str, int] = {}

    def read(self) -> dict[str, Any] | None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        stamp = (stat.st_mtime_ns, stat.st_size)
        if self._cache is not None and stamp == self._stamp:
            return self._cache
        raw = self.path.read_bytes()
        known = _file_stamp(stat) == self._checked()
        data = parse_catalog(self.path, raw, self.backups_dir, check=not known)
        if not known:
            self._remember_checked(stat)
        self._cache, self._stamp = data, stamp
        return data

    def hold(self, data: dict[str, Any]) -> None:
        """Show `data` instead of the file's content, without writing it (a read-only process
        that folded the change logs); the file changing on disk ends it."""
        self._cache = data

    def changed_on_disk(self) -> bool:
        """True when the file is no longer the one this storage last read or wrote."""
        try:
            stat = self.path.stat()
        except OSError:
            return False
        return self._stamp is not None and (stat.st_mtime_ns, stat.st_size) != self._stamp

    def _checked(self) -> str:
        if self.checked_path is None:
            return ""
        try:
            return self.checked_path.read_text(encoding="ascii")
        except (OSError, ValueError):
            return ""

    def _remember_checked(self, stat: os.stat_result) -> None:
        if self.checked_path is None:
            return
        with contextlib.suppress(OSError, BrochureDeskError):
            self.checked_path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.checked_path, _file_stamp(stat).encode(), durable=False)

    def write(self, data: dict[str, Any]) -> None:
        if self.read_only:
            self._cache = None
            raise ReadOnlyError()
        if self.folded:
            meta = data.setdefault("meta", {})
            row = meta.setdefault("1", {}) if isinstance(meta, dict) else {}
            if isinstance(row, dict):
                row["logs"] = dict(self.folded)
        try:
            payload = json_dumps(data)  # compact: a tag edit at 10 000 brochures stays cheap
            self._backup_current()
            atomic_write(self.path, payload)
            self._keep_latest(payload)
        except BaseException:
            # TinyDB mutated the cached dict before calling us: forget it, re-read the disk.
            self._cache = None
            raise
        stat = self.path.stat()
        self._cache, self._stamp = data, (stat.st_mtime_ns, stat.st_size)
        self._remember_checked(stat)  # written from checked records through typed changes

    def close(self) -> None:
        self._cache = None

    def _keep_latest(self, payload: bytes) -> None:
        """backups/latest.json: the catalog just written, as a real copy of its own. A hard
        link cost nothing, but shared the file's data: a sync client or a faulty disk that
        rewrote catalog.json in place damaged the link with it, and the last edit was lost.
        Not fsynced (catalog.json is): it guards against damage after the write, not against
        a power cut during it; the page cache writes it out within seconds."""
        with contextlib.suppress(OSError, BrochureDeskError):
            self.backups_dir.mkdir(exist_ok=True)
            atomic_write(self.backups_dir / LATEST_NAME, payload, durable=False)

    def _link(self, target: Path) -> None:
        pending = target.with_name(f".{target.name}.tmp")
        try:
            pending.unlink(missing_ok=True)
            os.link(self.path, pending)
            replace(pending, target)
        except OSError:
            pass  # no hard links here (FAT): the dated backups must do

    def _backup_current(self) -> None:
        """Keep the catalog about to be replaced: always as backups/previous.json (a hard
        link: no copy), and as a dated backup at most once per backup_interval."""
        if not self.path.exists():
            return
        self.backups_dir.mkdir(exist_ok=True)
        self._link(self.backups_dir / PREVIOUS_NAME)
        backups = list_backups(self.backups_dir)
        if backups and time.time() - backups[-1].stat().st_mtime < self.backup_interval:
            return
        self.backups_dir.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime())
        target = self.backups_dir / f"{BACKUP_PREFIX}{stamp}-{time.time_ns() % 10**9:09d}.json"
        try:
            os.link(self.path, target)
            os.utime(target)
        except OSError:
            # File systems without hard links (FAT on a USB stick): copy instead.
            import shutil

            shutil.copyfile(self.path, target)
        for old in backups[: max(0, len(backups) + 1 - self.keep_backups)]:
            with contextlib.suppress(OSError):
                old.unlink()


def _file_stamp(stat: os.stat_result) -> str:
    return f"{stat.st_dev} {stat.st_ino} {stat.st_mtime_ns} {stat.st_size}"


def parse_catalog(
    path: Path, raw: bytes, backups_dir: Path, *, check: bool = True
) -> dict[str, Any]:
    """The catalog's tables, or CatalogCorruptError saying how to restore it. Without `check`
    the records are taken as they are (a file this machine checked before)."""
    try:
        data = json_loads(raw)
        if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
            raise ValueError("not a table map")
        wrong = problems(data, limit=1) if check else []
        if wrong:
            raise ValueError(wrong[0])
    except JSONDecodeError as exc:
        reason = "empty file" if not raw.strip() else str(exc).split("\n")[0][:120]
        raise CatalogCorruptError(
            path=str(path),
            reason=reason,
            library=str(path.parent),
            backups=len(restore_candidates(backups_dir)),
        ) from exc
    return data


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups oldest first (their names sort by time)."""
    if not backups_dir.is_dir():
        return []
    return sorted(
        p
        for p in backups_dir.iterdir()
        if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)
    )


def restore_candidates(backups_dir: Path) -> list[Path]:
    """Backups to restore from, newest first: the last catalog written, the one before it,
    then the dated ones."""
    named = [backups_dir / LATEST_NAME, backups_dir / PREVIOUS_NAME]
    dated = list(reversed(list_backups(backups_dir)))
    return [p for p in named if p.is_file()] + dated
