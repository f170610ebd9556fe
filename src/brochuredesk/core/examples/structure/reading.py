"""A brochure's layout, read by MuPDF in a process of its own under a time limit, and kept in
this machine's cache of the library (layout/<sha256>.json.gz) so the next suggestion run in
the same brochure opens no PDF at all."""

from __future__ import annotations

import contextlib
import gzip
import json
import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any

from brochuredesk.core.examples.structure.layout import PageLayout
from brochuredesk.core.fsutil import atomic_write

READ_TIMEOUT = 60.0  # seconds to read one brochure's layout
FORMAT = 3  # bumped when PageLayout records change: older cache files are read again


def _serve(conn: Connection) -> None:
    from brochuredesk.core.examples.structure.layout import read_layout
    from brochuredesk.core.extract import pdf
    from brochuredesk.core.extract.pool import limit_memory, requests_from

    limit_memory()
    for request in requests_from(conn):
        path, password = request
        try:
            doc, unlocked = pdf.open_document(Path(path), password)
            try:
                pages = read_layout(doc, pdf.TEXT_FLAGS) if unlocked else []
            finally:
                doc.close()
            conn.send([page.to_record() for page in pages])
        except Exception:
            conn.send(None)
        finally:
            pdf.empty_store()


class LayoutReader:
    """Reads layouts for one run of suggestions (a process started at the first file that is
    not in the cache, kept for the next ones, replaced when a file hangs or crashes it)."""

    def __init__(self, cache: Path | None, timeout: float = READ_TIMEOUT) -> None:
        self.cache = cache
        self.timeout = timeout
        self._process: Any = None
        self._conn: Connection | None = None

    def __enter__(self) -> LayoutReader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def layout(self, path: Path, sha256: str, password: str = "") -> list[PageLayout] | None:
        """The pages' layout; None when the file cannot be read in time (suggestions then
        come from the text alone)."""
        cached = self._cached(sha256)
        if cached is not None:
            return cached
        records = self._read(path, password)
        if records is None:
            return None
        if self.cache is not None and sha256:
            with contextlib.suppress(OSError):
                self.cache.mkdir(parents=True, exist_ok=True)
                data = gzip.compress(json.dumps([FORMAT, records]).encode(), compresslevel=5)
                atomic_write(self.cache / f"{sha256}.json.gz", data, durable=False)
        return [PageLayout.from_record(r) for r in records]

    def _cached(self, sha256: str) -> list[PageLayout] | None:
        if self.cache is None or not sha256:
            return None
        try:
            version, records = json.loads(
                gzip.decompress((self.cache / f"{sha256}.json.gz").read_bytes())
            )
            if version != FORMAT:
                return None
            return [PageLayout.from_record(r) for r in records]
        except (OSError, ValueError, TypeError, EOFError):
            return None

    def _read(self, path: Path, password: str) -> list[Any] | None:
        if not path.is_file():
            return None
        if self._process is None or not self._process.is_alive():
            self._start()
        assert self._conn is not None
        try:
            self._conn.send((str(path), password))
            if self._conn.poll(self.timeout):
                records = self._conn.recv()
                return records if isinstance(records, list) else None
        except (EOFError, OSError):
            pass
        self.close(kill=True)  # hung or crashed: the next file gets a fresh process
        return None

    def _start(self) -> None:
        from brochuredesk.core.extract.pool import _start_method

        ctx: Any = multiprocessing.get_context(_start_method())
        self._conn, child = ctx.Pipe(duplex=True)
        self._process = ctx.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()

    def close(self, kill: bool = False) -> None:
        if self._process is None:
            return
        if not kill and self._conn is not None:
            with contextlib.suppress(OSError, ValueError):
                self._conn.send(None)
            self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None
