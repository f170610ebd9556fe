"""Watched folders: PDFs that appear in them are imported once they are complete.

watchdog (inotify, FSEvents, ReadDirectoryChangesW) tells at once that something changed in a
folder; a rescan every few seconds is the backstop it cannot be: network shares send no events,
and a folder that vanished (a USB stick pulled out) and came back needs a new watch. A file is
ready when its name is no browser's partial name, its size and time stood still for a second,
and it ends like a PDF (`%%EOF` near its end; a file that never gets one is taken after half
a minute of standing still, so a truncated download is reported rather than waited for
forever). Only the folder itself is watched, not folders below it.

What was handled (imported, duplicate or failed) is remembered per library on this machine
(local cache), by path, size and time, so a file is taken once and a failure is told once.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from brochuredesk.core.fsutil import atomic_write
from brochuredesk.core.library.local_cache import library_cache
from brochuredesk.core.plain import JSONDecodeError, datarecord, field, json_dumps, json_loads

PARTIAL_SUFFIXES = (".part", ".crdownload", ".download", ".partial", ".opdownload", ".tmp")
SETTLE_SECONDS = 1.0  # size and time unchanged this long: the writer has finished
NO_EOF_SECONDS = 30.0  # a PDF without %%EOF that stood still this long is taken anyway
RESCAN_SECONDS = 3.0  # every folder is looked at this often, events or not
PENDING_POLL = 0.3  # while files are settling, they are looked at this often
TAIL_BYTES = 2048
SEEN_FILE = "watched-files.json"
MAX_SEEN = 20_000

Key = tuple[int, int]  # (size, mtime_ns)


def is_candidate(name: str) -> bool:
    """A PDF's name that is not a download in progress or a hidden/lock file."""
    lower = name.lower()
    if lower.startswith((".", "~$")) or lower.endswith(PARTIAL_SUFFIXES):
        return False
    return lower.endswith(".pdf")


def ends_like_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - TAIL_BYTES))
            return b"%%EOF" in handle.read()
    except OSError:
        return False


@datarecord
class Failure:
    path: str
    reason: str
    when: float


@datarecord
class SeenFiles:
    """Files handled before, and the failures not yet dismissed; kept in the local cache."""

    path: Path | None = None
    files: dict[str, Key] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    @classmethod
    def of_library(cls, root: Path) -> SeenFiles:
        return cls.load(library_cache(root) / SEEN_FILE)

    @classmethod
    def load(cls, path: Path) -> SeenFiles:
        seen = cls(path)
        with contextlib.suppress(OSError, JSONDecodeError, TypeError, ValueError):
            data = json_loads(path.read_bytes())
            seen.files = {p: (int(k[0]), int(k[1])) for p, k in data.get("files", {}).items()}
            seen.failures = [Failure(**f) for f in data.get("failures", [])]
        return seen

    def save(self) -> None:
        if self.path is None:
            return
        if len(self.files) > MAX_SEEN:  # oldest entries first out (dicts keep their order)
            self.files = dict(list(self.files.items())[-MAX_SEEN:])
        data = {
            "files": {p: list(k) for p, k in self.files.items()},
            "failures": [vars(f) for f in self.failures],
        }
        with contextlib.suppress(Exception):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, json_dumps(data), durable=False)

    def handled(self, path: Path, key: Key) -> bool:
        return self.files.get(str(path)) == key

    def mark(self, path: Path, key: Key, failure: str = "") -> None:
        self.files.pop(str(path), None)
        self.files[str(path)] = key
        self.failures = [f for f in self.failures if f.path != str(path)]
        if failure:
            self.failures.append(Failure(str(path), failure, time.time()))

    def dismiss(self, paths: Iterable[str] | None = None) -> None:
        drop = None if paths is None else set(paths)
        self.failures = [f for f in self.failures if drop is not None and f.path not in drop]


def _key(stat: os.stat_result) -> Key:
    return (stat.st_size, stat.st_mtime_ns)


class FolderWatch:
    """Which files in the watched folders are ready. `poll()` does the work; `wait()` sleeps
    until an event or the next rescan. No import happens here (see watch_import.py)."""

    def __init__(
        self,
        folders: Iterable[Path],
        seen: SeenFiles,
        *,
        settle: float = SETTLE_SECONDS,
        use_events: bool = True,
    ) -> None:
        self.folders = [Path(f).expanduser() for f in folders]
        self.seen = seen
        self.settle = settle
        self.pending: dict[Path, tuple[Key, float, float]] = {}  # key, since, first seen
        self.present: dict[Path, bool] = {}
        self.wake = threading.Event()
        self._observer: Any = None
        self._watches: dict[Path, Any] = {}
        if use_events:
            self._observer = _observer()

    def start(self) -> None:
        if self._observer is not None:
            self._observer.start()

    def stop(self) -> None:
        self.wake.set()
        if self._observer is not None:
            with contextlib.suppress(Exception):
                self._observer.stop()
                self._observer.join(timeout=5)

    def wait(self, stop: threading.Event) -> None:
        """Until something happened in a folder, a settling file is due, the next rescan, or
        `stop`."""
        timeout = PENDING_POLL if self.pending else RESCAN_SECONDS
        if self.wake.wait(timeout):
            self.wake.clear()
            time.sleep(0.05)  # a burst of events (a download's many writes) as one
        if stop.is_set():
            self.wake.set()

    def poll(self, now: float | None = None) -> list[Path]:
        """The files that became ready since the last call."""
        now = time.monotonic() if now is None else now
        ready: list[Path] = []
        for folder in self.folders:
            here = folder.is_dir()
            if here != self.present.get(folder):
                self.present[folder] = here
                self._follow(folder, here)
            if here:
                ready += self._scan(folder, now)
        return ready

    def _scan(self, folder: Path, now: float) -> list[Path]:
        ready = []
        listed: set[Path] = set()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return []
        for entry in entries:
            if not is_candidate(entry.name):
                continue
            path = Path(entry.path)
            try:
                if not entry.is_file():
                    continue
                key = _key(entry.stat())
            except OSError:
                continue
            listed.add(path)
            if self.seen.handled(path, key):
                continue
            known = self.pending.get(path)
            if known is None or known[0] != key:
                self.pending[path] = (key, now, known[2] if known else now)
                continue
            still = now - known[1]
            if still >= self.settle and (ends_like_pdf(path) or still >= NO_EOF_SECONDS):
                del self.pending[path]
                ready.append(path)
        for gone in [p for p in self.pending if p.parent == folder and p not in listed]:
            del self.pending[gone]  # renamed (…pdf.part → …pdf) or deleted before it settled
        return ready

    def _follow(self, folder: Path, present: bool) -> None:
        """Watch a folder that (re)appeared; forget the watch of one that vanished."""
        if self._observer is None:
            return
        old = self._watches.pop(folder, None)
        if old is not None:
            with contextlib.suppress(Exception):
                self._observer.unschedule(old)
        if present:
            with contextlib.suppress(Exception):
                self._watches[folder] = self._observer.schedule(
                    _Nudge(self.wake), str(folder), recursive=False
                )

    def key_of(self, path: Path) -> Key | None:
        try:
            return _key(path.stat())
        except OSError:
            return None


class _Nudge:
    """A watchdog handler that only wakes the watch: what changed is found by the scan."""

    def __init__(self, wake: threading.Event) -> None:
        self.wake = wake

    def dispatch(self, event: Any) -> None:
        self.wake.set()


def _observer() -> Any:
    try:
        from watchdog.observers import Observer
    except ImportError:  # the rescans alone still find everything, a little later
        return None
    return Observer()


Handler = Callable[[list[Path]], None]


def run(watch: FolderWatch, handle: Handler, stop: threading.Event) -> None:
    """Poll, hand ready files to `handle`, sleep; until `stop` is set."""
    watch.start()
    try:
        while not stop.is_set():
            ready = watch.poll()
            if ready:
                handle(ready)
            watch.wait(stop)
    finally:
        watch.stop()
