"""A library folder: create or open it, lock it for one writer, check its schema version."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from brochuredesk.core.errors import CatalogTooNewError, LibraryLockedError, ReadOnlyError
from brochuredesk.core.fsutil import atomic_write, remove_stale_temporaries, sha256_hex
from brochuredesk.core.library.catalog import META, Catalog, now_iso
from brochuredesk.core.library.changelog import Journal
from brochuredesk.core.library.local_cache import library_cache, library_cache_by_id
from brochuredesk.core.library.lockfile import LibraryLock
from brochuredesk.core.library.records import FACTS_VERSION, Brochure
from brochuredesk.core.library.safety import inside, inside_text
from brochuredesk.core.library.storage import CatalogStorage
from brochuredesk.core.library.sync import open_sync
from brochuredesk.core.plain import datarecord, field, json_dumps

if TYPE_CHECKING:
    from brochuredesk.core.library.conflicts import Merged

SCHEMA_VERSION = 1
OUTSIDE = ".outside-the-library"  # where a path that leads out of the library points
CATALOG_NAME = "catalog.json"
INDEX_NAME = "index.sqlite"


def default_library_path() -> Path:
    """BROCHUREDESK_LIBRARY, else the platform's user data folder."""
    env = os.environ.get("BROCHUREDESK_LIBRARY")
    if env:
        return Path(env).expanduser()
    from brochuredesk.core.library.user_dirs import user_dir

    return user_dir("data") / "Library"


@datarecord
class Library:
    """An open library. Use as a context manager, or call close()."""

    root: Path
    read_only: bool
    catalog: Catalog
    locked_by: str = ""  # who holds the lock when we fell back to read-only
    read_only_reason: str = ""  # why a writer got read-only access to an unwritable folder
    merged_conflicts: list[Merged] = field(default_factory=list)  # sync conflict copies taken
    _lock: LibraryLock | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.root.name

    @property
    def files_dir(self) -> Path:
        return self.root / "files"

    @property
    def thumbnails_dir(self) -> Path:
        return self.root / "thumbnails"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def library_id(self) -> str:
        """The library's own id (catalog meta), the same on every machine that opens it; a
        library from before ids, opened read-only, goes by its path."""
        return str(self.catalog.meta().get("library_id", "")) or path_id(self.root)

    @property
    def cache_dir(self) -> Path:
        """This machine's folder for what it keeps of this library: rebuildable, never
        carried by a sync service (DESIGN.md §3)."""
        return library_cache_by_id(self.library_id)

    @property
    def index_path(self) -> Path:
        """The search index: SQLite in WAL mode, which must not live on a network or synced
        folder, so it is this machine's (local cache), built from the catalog and files."""
        return self.cache_dir / INDEX_NAME

    def file_path(self, brochure: Brochure) -> Path:
        """Absolute path of a brochure's PDF: the linked original, or the managed copy, which
        must lie inside the library (a catalog edited to say '../x' gets a path that does not
        exist, so nothing outside is shown, replaced or deleted)."""
        return Path(self.file_of(brochure.file, brochure.linked))

    def file_of(self, file: str, linked: bool) -> str:
        """file_path() of a record's `file` and `linked`, as text."""
        if linked and os.path.isabs(file):  # noqa: PTH117 - text on purpose (a listing of thousands)
            return file
        found = inside_text(str(self.root), file)
        if found is None:
            return str(self.files_dir / OUTSIDE)
        if not found.isascii() and not os.path.exists(found):  # noqa: PTH110 - text, as above
            return _other_normal_form(found)
        return found

    def thumbnail_path(self, brochure: Brochure) -> Path | None:
        """The cover image inside thumbnails/, or None."""
        if not brochure.thumbnail:
            return None
        path = inside(self.root, brochure.thumbnail)
        if path is None or path.parent != self.thumbnails_dir:
            return None
        return path

    def require_writable(self) -> None:
        if self.read_only:
            if self.locked_by:
                raise LibraryLockedError(path=str(self.root), holder=self.locked_by)
            if self.read_only_reason:
                raise ReadOnlyError(
                    "folder_read_only", path=str(self.root), reason=self.read_only_reason
                )
            raise ReadOnlyError()

    def close(self) -> None:
        self.catalog.storage.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _probe_writable(root: Path) -> None:
    """Create and remove a file in `root`; OSError when the folder takes no writes."""
    probe = root / f".write-test-{os.getpid()}-{os.urandom(4).hex()}"
    os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with contextlib.suppress(OSError):
        probe.unlink()


def path_id(root: Path) -> str:
    return sha256_hex(os.fsencode(str(root.absolute())))[:32]


def _give_id(catalog: Catalog) -> None:
    """A library without an id (new, or from before ids) gets one, once."""
    if not catalog.meta().get("library_id"):
        catalog.set_meta(library_id=os.urandom(16).hex())  # as uuid4().hex, without uuid


def _move_index_out(root: Path, target: Path) -> None:
    """Libraries from before kept index.sqlite (and its WAL files) in the library folder:
    moved to this machine's cache, or dropped when the cache has one already (it is
    rebuildable; a synced copy of it was a risk, never a backup)."""
    old = root / INDEX_NAME
    if not old.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    keep = not target.exists()
    for suffix in ("", "-wal", "-shm"):
        source = old.with_name(old.name + suffix)
        if not source.exists():
            continue
        try:
            if keep:
                import shutil

                shutil.move(str(source), str(target.with_name(target.name + suffix)))
            else:
                source.unlink()
        except OSError:
            with contextlib.suppress(OSError):
                source.unlink()


def checked_stamp_path(root: Path) -> Path:
    """Where this machine notes the catalog file it last checked or wrote (storage.py)."""
    return library_cache(root.absolute()) / "catalog-checked"


def open_library(
    root: Path | str | None = None,
    *,
    read_only: bool = False,
    fallback_read_only: bool = False,
) -> Library:
    """Open (creating when needed) the library at `root`.

    A writer takes the lock; when another process holds it, `fallback_read_only` opens the
    library read-only instead of raising LibraryLockedError. A catalog that cannot be parsed
    raises CatalogCorruptError and is left exactly as it is.
    """
    root = Path(root).expanduser() if root is not None else default_library_path()
    root = root.absolute()
    catalog_path = root / CATALOG_NAME
    lock: LibraryLock | None = None
    locked_by = read_only_reason = ""
    if not read_only:
        # This machine's lock (in its cache): one writer per machine; other machines write
        # their own change logs beside ours (a lock file in a synced folder travels late or
        # not at all, and on a file share it would keep every other machine read-only).
        lock = LibraryLock(library_cache(root.absolute()) / "lock")
        try:
            root.mkdir(parents=True, exist_ok=True)
            _probe_writable(root)  # the folder itself must take writes
            acquired = lock.acquire()
        except OSError as exc:  # a read-only medium or folder, no permission
            reason = exc.strerror or str(exc)
            if not (root / CATALOG_NAME).is_file():
                raise ReadOnlyError("folder_unwritable", path=str(root), reason=reason) from exc
            if not fallback_read_only:
                raise ReadOnlyError("folder_read_only", path=str(root), reason=reason) from exc
            lock, read_only, acquired = None, True, True
            read_only_reason = reason
        if not acquired and lock is not None:
            holder = lock.holder()
            if not fallback_read_only:
                raise LibraryLockedError(path=str(root), holder=holder)
            lock, read_only, locked_by = None, True, holder
    storage = CatalogStorage(
        catalog_path, root / "backups", read_only=read_only,
        checked_path=checked_stamp_path(root),
    )  # fmt: skip
    try:
        if not read_only:
            for sub in ("files", "thumbnails", "backups"):
                (root / sub).mkdir(exist_ok=True)
            for folder in (root, root / "thumbnails", root / "backups"):
                remove_stale_temporaries(folder)  # left by a process killed mid-write
            if not catalog_path.exists():
                first = {
                    "schema_version": SCHEMA_VERSION, "created": now_iso(),
                    "facts_version": FACTS_VERSION,
                }  # fmt: skip
                initial = {META: {"1": first}}
                atomic_write(catalog_path, json_dumps(initial, indent=True))
        catalog = Catalog(storage, None if read_only else Journal(root))
        _check_schema(catalog, read_only)
        merged: list[Merged] = []
        if not read_only:  # a writer takes in what a sync service left beside the catalog
            from brochuredesk.core.library.conflicts import (
                merge_conflict_copies,
                tidy_backup_copies,
            )

            merged = merge_conflict_copies(catalog, root)
            tidy_backup_copies(root)
        if storage.read() is not None:
            open_sync(catalog, root, read_only)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Library(
        root, read_only, catalog, locked_by=locked_by, read_only_reason=read_only_reason,
        merged_conflicts=merged, _lock=lock,
    )  # fmt: skip


def _check_schema(catalog: Catalog, read_only: bool) -> None:
    data = catalog.storage.read()
    if data is None:  # read-only open of a folder without a catalog: an empty library
        return
    found = int(catalog.meta().get("schema_version", SCHEMA_VERSION))
    if found > SCHEMA_VERSION:
        raise CatalogTooNewError(found=found, known=SCHEMA_VERSION)
    if found < SCHEMA_VERSION and not read_only:
        catalog.set_meta(schema_version=SCHEMA_VERSION, migrated=now_iso())
    if not read_only:
        catalog.move_outlines_out()
        _give_id(catalog)
        meta = catalog.meta()
        _move_index_out(catalog.root, library_cache_by_id(meta["library_id"]) / INDEX_NAME)


def _other_normal_form(path: str) -> str:
    """The file under the other Unicode normal form of its name, when only that exists: a
    Mac that wrote 'Fo\u0308rderung.pdf' (NFD) for the catalog's 'Förderung.pdf' (NFC), and a
    sync service that carried the name as it was."""
    import unicodedata

    for form in ("NFD", "NFC"):
        other = unicodedata.normalize(form, path)
        if other != path and os.path.exists(other):  # noqa: PTH110
            return other
    return path
