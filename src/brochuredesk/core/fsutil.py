"""Crash-safe file writes: a file is either its old or its new content, never half of each."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from .errors import StorageWriteError


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


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename.

    On failure the previous content of `path` is untouched and the temporary file is removed.
    `durable` adds the fsyncs that make the new content survive a power cut.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
        if durable:
            fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise write_error(path, exc) from exc


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
