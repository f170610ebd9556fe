"""Rendering pages for the viewer in a separate process, each request under a time limit.

A PDF can hang MuPDF's renderer (one in the test corpus does, for minutes): the app asks a
render process and waits at most `timeout`; a process that does not answer is killed and the
next request starts a fresh one, so the window never freezes and never crashes with it.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from brochuredesk.core.i18n import tr
from brochuredesk.core.library.safety import is_web_link
from brochuredesk.core.plain import datarecord, field

RENDER_TIMEOUT = 15.0
MAX_PIXELS = 40_000_000  # a huge page at a high zoom must not allocate gigabytes


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, as the page is shown


@datarecord
class RenderRequest:
    path: Path
    page: int  # 1-based
    zoom: float  # pixels per point
    password: str = ""
    terms: tuple[str, ...] = ()  # words to highlight (original spellings found in the text)
    words: bool = False  # also send the words and links with their boxes (the viewer's page)


@datarecord
class RenderedPage:
    png: bytes
    page_count: int
    width: float  # page size in points
    height: float
    zoom: float
    hits: list[tuple[float, float, float, float]] = field(default_factory=list)  # in points
    # (x0, y0, x1, y1, word, block, line) in reading order, when asked for
    words: list[tuple[float, float, float, float, str, int, int]] = field(default_factory=list)
    # (x0, y0, x1, y1, uri) of the page's http(s) links; file:, launch and script actions are
    # never passed on
    links: list[tuple[float, float, float, float, str]] = field(default_factory=list)


class RenderError(Exception):
    """The page cannot be shown; str() is the reason for the user."""


def _serve(conn: Connection) -> None:
    from brochuredesk.core.extract import pdf
    from brochuredesk.core.extract.hit_boxes import hit_boxes
    from brochuredesk.core.extract.pool import limit_memory, requests_from

    limit_memory()

    docs: dict[str, Any] = {}
    for request in requests_from(conn):
        try:
            key = str(request.path)
            doc = docs.get(key)
            if doc is None:
                doc, unlocked = pdf.open_document(request.path, request.password)
                if not unlocked:
                    raise RenderError(tr("locked_pdf"))
                docs.clear()  # keep one document open: the one being read
                docs[key] = doc
            page = doc[request.page - 1]
            rect = page.rect
            zoom = request.zoom
            if rect.width * rect.height * zoom * zoom > MAX_PIXELS:
                zoom = (MAX_PIXELS / max(1.0, rect.width * rect.height)) ** 0.5
            import pymupdf

            pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            # Found text comes in the unrotated page's coordinates; the picture is of the
            # page as shown: a rotated page's boxes are turned with it.
            turn = page.rotation_matrix if page.rotation else None
            shown = functools.partial(_as_shown, turn)

            hits: list[tuple[float, float, float, float]] = []
            for x0, y0, x1, y1 in hit_boxes(page, request.terms, pdf.TEXT_FLAGS):
                hits.append(shown(x0, y0, x1, y1))
            hits.sort(key=lambda box: (round(box[1]), box[0]))  # in reading order, for F3
            words, links = [], []
            if request.words:
                for link in page.get_links():
                    uri, box = str(link.get("uri") or ""), link.get("from")
                    if box is not None and is_web_link(uri):
                        a, b, c, d = shown(box.x0, box.y0, box.x1, box.y1)
                        links.append((a, b, c, d, uri.strip()))
                for x0, y0, x1, y1, word, block, line, _ in page.get_text(
                    "words",
                    flags=pdf.TEXT_FLAGS,  # MuPDF's block order: columns read whole
                ):
                    a, b, c, d = shown(x0, y0, x1, y1)
                    words.append((a, b, c, d, word, block, line))
            conn.send(
                RenderedPage(
                    pix.tobytes("png"),
                    doc.page_count,
                    rect.width,
                    rect.height,
                    zoom,
                    hits,
                    words,
                    links,
                )
            )
        except Exception as exc:
            conn.send(RenderError(str(exc)[:200] or type(exc).__name__))


def _as_shown(turn: Any, x0: float, y0: float, x1: float, y1: float) -> Box:
    """A box of the unrotated page (as MuPDF reports found text) on the page as shown."""
    if turn is None:
        return (x0, y0, x1, y1)
    import pymupdf

    box = pymupdf.Rect(x0, y0, x1, y1) * turn
    return (box.x0, box.y0, box.x1, box.y1)


class RenderService:
    """One render process, restarted when it hangs or dies. Thread-safe: one request at a
    time (callers from worker threads queue on the lock)."""

    def __init__(self, timeout: float = RENDER_TIMEOUT) -> None:
        self.timeout = timeout
        self._lock = threading.Lock()
        self._ctx = multiprocessing.get_context("spawn")
        self._conn: Connection | None = None
        self._process: Any = None

    def _start(self) -> None:
        parent, child = self._ctx.Pipe(duplex=True)
        self._process = self._ctx.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self._conn = parent

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def render(self, request: RenderRequest) -> RenderedPage:
        with self._lock:
            if self._process is None or not self._process.is_alive():
                self._kill()
                self._start()
            assert self._conn is not None
            self._conn.send(request)
            if not self._conn.poll(self.timeout):
                self._kill()
                raise RenderError(tr("timeout", seconds=self.timeout))
            try:
                answer = self._conn.recv()
            except (EOFError, OSError) as exc:
                code = self._exitcode()
                self._kill()
                raise RenderError(tr("worker_crashed", code=code)) from exc
        if isinstance(answer, RenderError):
            raise answer
        assert isinstance(answer, RenderedPage)
        return answer

    def _exitcode(self) -> object:
        return getattr(self._process, "exitcode", "?")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError, ValueError):
                    self._conn.send(None)
            if self._process is not None:
                self._process.join(timeout=2)
            self._kill()
