"""Each machine's change log: `changes/<machine-id>.jsonl` in the library folder.

One writer per file (this machine), append only, so a sync service or a file share never has
to merge it; every machine reads all of them. A line is one operation on the catalog with a
hybrid logical clock: wall time in milliseconds, a counter and the machine id, written as one
string that sorts in clock order. The clock never goes back: it starts past every clock this
machine has read in the logs, so a machine whose system time is wrong still orders its edits
after what it has seen (Kulkarni et al., "Logical Physical Clocks", 2014).

Operations (`k`): `put` a whole record, `set` fields, `add`/`rem` members of a list kept as a
set (tags, fields of action), `del` a record, `cfg` settings. `t` is the table: `b` brochures,
`e` examples. fold.py turns all of them into the catalog.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from brochuredesk.core.library.local_cache import cache_root
from brochuredesk.core.plain import JSONDecodeError, json_dumps, json_loads

CHANGES_DIR = "changes"
TAIL_BYTES = 65536
TAIL_OPS = 32  # the last lines read for the clock (one writer per machine appends in order)
SUFFIX = ".jsonl"
_CLOCK = re.compile(r"^(\d{13})-(\d{6})-([0-9a-f]{12})$")

Op = dict[str, Any]


def machine_id() -> str:
    """This machine's id: made once, kept in its cache folder (a different cache folder is a
    different machine)."""
    path = cache_root() / "machine-id"
    with contextlib.suppress(OSError):
        known = path.read_text(encoding="ascii").strip()
        if re.fullmatch(r"[0-9a-f]{12}", known):
            return known
    made = os.urandom(6).hex()  # 48 random bits, as uuid4().hex[:12] gave
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(made, encoding="ascii")
    return made


class Clock:
    """A hybrid logical clock of one machine."""

    def __init__(self, machine: str) -> None:
        self.machine = machine
        self.wall = 0
        self.counter = 0
        self._lock = threading.Lock()

    def observe(self, clock: str) -> None:
        """Move past a clock read in a log."""
        found = _CLOCK.match(clock)
        if found is None:
            return
        wall, counter = int(found.group(1)), int(found.group(2))
        with self._lock:
            if (wall, counter) > (self.wall, self.counter):
                self.wall, self.counter = wall, counter

    def tick(self) -> str:
        now = int(time.time() * 1000)
        with self._lock:
            if now > self.wall:
                self.wall, self.counter = now, 0
            else:
                self.counter += 1
            return f"{self.wall:013d}-{self.counter:06d}-{self.machine}"


def log_files(root: Path) -> list[Path]:
    """Every change log of the library, conflict copies a sync service made of one included
    (their operations are the same operations: folding dedupes them by clock)."""
    folder = root / CHANGES_DIR
    try:
        return sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX) and p.is_file())
    except OSError:
        return []


def sizes(root: Path) -> dict[str, int]:
    """file name → its size: what a snapshot of the catalog records as folded in."""
    found = {}
    for path in log_files(root):
        with contextlib.suppress(OSError):
            found[path.name] = path.stat().st_size
    return found


def read_ops(path: Path) -> Iterator[Op]:
    """The operations of one log; a damaged line (a disk fault, a cut-off last line of a
    machine killed mid-write) is skipped, the rest still count."""
    try:
        raw = path.read_bytes()
    except OSError:
        return
    for line in raw.split(b"\n"):
        if not line.strip():
            continue
        try:
            op = json_loads(line)
        except JSONDecodeError:
            continue
        if isinstance(op, dict) and isinstance(op.get("c"), str) and _CLOCK.match(op["c"]):
            yield op


def damaged_lines(path: Path) -> int:
    """How many lines of a log cannot be read (for `check`); a cut-off last line counts."""
    try:
        raw = path.read_bytes()
    except OSError:
        return 0
    bad = 0
    for line in raw.split(b"\n"):
        if line.strip():
            try:
                op = json_loads(line)
                if not (isinstance(op, dict) and _CLOCK.match(str(op.get("c", "")))):
                    bad += 1
            except JSONDecodeError:
                bad += 1
    return bad


def all_ops(root: Path) -> list[Op]:
    ops: dict[str, Op] = {}
    for path in log_files(root):
        for op in read_ops(path):
            ops.setdefault(op["c"], op)
    return [ops[c] for c in sorted(ops)]


class Journal:
    """This machine's log of one library: appends operations, each line flushed and fsynced
    before the catalog write it describes, so a crash between the two loses nothing."""

    def __init__(self, root: Path, machine: str | None = None) -> None:
        self.root = root
        self.machine = machine or machine_id()
        self.path = root / CHANGES_DIR / f"{self.machine}{SUFFIX}"
        self.clock = Clock(self.machine)
        for op in self._own_tail():
            self.clock.observe(op["c"])

    def _own_tail(self) -> Iterable[Op]:
        """The last operations of this machine's log (its last clock is among them): only the
        end of the file is read, whatever its length."""
        try:
            with self.path.open("rb") as handle:
                handle.seek(0, os.SEEK_END)
                handle.seek(max(0, handle.tell() - TAIL_BYTES))
                tail = handle.read()
        except OSError:
            return []
        ops: list[Op] = []
        lines = tail.split(b"\n")[1:] if len(tail) == TAIL_BYTES else tail.split(b"\n")
        for line in reversed(lines):  # from the end: the newest lines hold the last clock
            with contextlib.suppress(JSONDecodeError):
                op = json_loads(line) if line.strip() else None
                if isinstance(op, dict) and isinstance(op.get("c"), str):
                    ops.append(op)
                    if len(ops) >= TAIL_OPS:
                        break
        return ops

    def observe_clock(self, clock: str) -> None:
        self.clock.observe(clock)

    def observe(self, ops: Iterable[Op]) -> None:
        for op in ops:
            self.clock.observe(op["c"])

    def append(self, ops: list[Op]) -> None:
        if not ops:
            return
        lines = []
        for op in ops:
            op["c"] = self.clock.tick()
            lines.append(json_dumps(op))
        self.path.parent.mkdir(exist_ok=True)
        data = b"\n".join(lines) + b"\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            if os.fstat(fd).st_size and not _ends_with_newline(self.path):
                data = b"\n" + data  # after a line cut off by a crash: start a fresh line
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"
