"""Crash-safe file writes: a file is either its old or its new content, never half of each."""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable
from pathlib import Path

from brochuredesk.core.errors import StorageWriteError


def sha256_hex(data: bytes) -> str:
    """SHA-256 of `data` in hex, without `hashlib`'s OpenSSL import (5 ms of every command
    that opens a library) where CPython carries its own implementation."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11's own
    except ImportError:  # another Python: hashlib's
        from hashlib import sha256
    return str(sha256(data).hexdigest())


def fsync_dir(directory: Path) -> None:
    """Persist a rename on POSIX; Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_error(path: Path, exc: OSError) -> StorageWriteError:
    """The user-facing error for a failed write of `path`."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageWriteError("disk_full", path=str(path))
    return StorageWriteError("write_failed", path=str(path), reason=exc.strerror or str(exc))


# Windows refuses to replace a file another handle has open without FILE_SHARE_DELETE — what
# Python's open() gives, so also a reader in the window, a second CLI call, a virus scanner or
# a sync client that is reading the catalog at that moment: "access denied" (5) or "used by
# another process" (32). Such readers let go within milliseconds, so the rename is tried again.
SHARING_ERRORS = (5, 32)
REPLACE_PATIENCE = 3.0  # seconds


def replace(source: Path, target: Path, patience: float = REPLACE_PATIENCE) -> None:
    """os.replace, tried again for up to `patience` seconds while Windows says another process
    holds `target` open; any other error at once."""
    waited, pause = 0.0, 0.01
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if getattr(exc, "winerror", None) not in SHARING_ERRORS or waited >= patience:
                raise
        time.sleep(pause)
        waited += pause
        pause = min(pause * 2, 0.25)


def write_into_place(
    target: Path, fill: Callable[[Path], object], *, durable: bool = True, suffix: str = ".tmp"
) -> None:
    """Let `fill` write a temporary file beside `target`, then rename it over `target`: the one
    way anything of ours is written (catalog, side files, copies of PDFs, exports).

    On failure the previous content of `target` is untouched and the temporary file is
    removed; every OSError becomes a StorageWriteError that names `target`. `durable` adds the
    fsyncs that make the new content survive a power cut.
    """
    tmp: Path | None = None
    try:
        import tempfile  # only when writing: 2 ms of every read-only command

        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        fill(tmp)
        if durable:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
        replace(tmp, target)
        if durable:
            fsync_dir(target.parent)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise write_error(target, exc) from exc


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` through a temporary file and a rename (write_into_place)."""
    write_into_place(path, lambda tmp: tmp.write_bytes(data), durable=durable)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete the temporary files atomic_write leaves when the process is killed mid-write
    ('.<name>.<random>.tmp'); only the lock holder may call this. How many were removed."""
    removed = 0
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:  # names only: thumbnails/ holds one file per brochure
            if entry.name[:1] == "." and entry.name.endswith(".tmp") and entry.is_file():
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)  # noqa: PTH108 - a DirEntry's path
                    removed += 1
    return removed
