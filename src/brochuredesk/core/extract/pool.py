"""Worker processes that read PDFs, each job under a time limit.

MuPDF is C code: a hostile PDF can hang it for minutes or crash the process. Each job runs in
a worker process; the parent watches the clock and the process. A worker that goes quiet for
longer than the time limit is killed and replaced, a crashed one is replaced, and the job is
reported with what was read before it stopped (the text, when only the cover hung).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from brochuredesk.core.i18n import tr
from brochuredesk.core.library.lockfile import close_inherited_locks
from brochuredesk.core.plain import datarecord, field

DEFAULT_TIMEOUT = 20.0  # seconds a worker may go without reporting progress
WORKER_MEMORY = 3 * 1024**3  # bytes of address space a PDF worker may use (POSIX)
HEARTBEAT_PAGES = 64


@datarecord
class Job:
    key: str  # the caller's handle (e.g. the file's sha256)
    path: Path
    password: str = ""
    with_index: bool = True
    with_cover: bool = True
    with_ocr: bool = True  # read scanned pages with Tesseract (when it is installed)
    all_scans: bool = False  # OCR every page without text, not only in mostly-scanned files
    ocr_texts: dict[int, str] = field(default_factory=dict)  # page → text OCR read before
    origin: Any = None  # where the file came from, when the user said so (a Provenance)


@datarecord
class Outcome:
    job: Job
    extraction: Any = None  # pdf.Extraction, None when the file failed
    index_texts: list[str] = field(default_factory=list)
    index_words: dict[str, str] = field(default_factory=dict)  # vocabulary new from the worker
    cover: bytes | None = None
    error: str = ""  # why the file failed (extraction is None)
    warnings: list[str] = field(default_factory=list)
    ocr_progress: tuple[int, int] | None = None  # (pages read by OCR, pages to read)


OcrReport = Callable[[Job, int, int], None]


def _worker_main(conn: Connection, parent_end: Connection | None = None) -> None:
    """Loop of one worker process: read jobs, send ('progress'|'text'|'cover'|'failed', …)."""
    if parent_end is not None:
        # A forked worker holds a copy of the parent's end of its pipe: closed, the worker
        # sees end-of-file and quits when the parent dies, even by kill -9.
        parent_end.close()
        close_inherited_locks()
    from brochuredesk.core.editions.fingerprint import fingerprint
    from brochuredesk.core.extract import pdf
    from brochuredesk.core.text.abbreviations import learn
    from brochuredesk.core.text.normalize import index_texts, vocabulary

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker, OCR included
    if hasattr(os, "nice"):
        os.nice(5)  # reading PDFs must not make the window stutter: it yields the CPU to it
    limit_memory()
    handed_over: set[bytes] = set()  # tokens whose vocabulary words went with earlier jobs

    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        doc = None
        try:

            def ocr_step(done: int, total: int) -> None:
                conn.send(("ocr", done, total))  # also the heartbeat: the limit is per page

            extraction, doc = pdf.read_pdf(
                job.path,
                job.password,
                ocr_step if job.with_ocr else None,
                job.all_scans,
                job.ocr_texts,
            )
            conn.send(("progress", len(extraction.pages)))
            texts: list[str] = []
            words: dict[str, str] = {}
            if job.with_index:
                for start in range(0, len(extraction.pages), HEARTBEAT_PAGES):
                    texts += index_texts(extraction.pages[start : start + HEARTBEAT_PAGES])
                    conn.send(("progress", start))
                if len(handed_over) > 1_000_000:
                    handed_over.clear()
                words = vocabulary(texts, handed_over)
                extraction.abbreviations = sorted(set().union(*map(learn, extraction.pages)))
            extraction.fingerprint = fingerprint(extraction.pages)
            conn.send(("text", extraction, texts, words))
            if job.with_cover and extraction.page_count and extraction.status != "locked":
                try:
                    conn.send(("cover", pdf.render_cover(doc)))
                except Exception as exc:
                    conn.send(("cover_failed", pdf._reason(exc)))
            else:
                conn.send(("cover", None))
        except (BrokenPipeError, ConnectionResetError, EOFError):
            return  # the importing process is gone (killed): nobody to tell, no traceback
        except pdf.PdfError as exc:
            conn.send(("failed", str(exc)))
        except Exception as exc:
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            conn.send(("failed", tr("damaged_pdf", reason=detail[:200])))
        finally:
            if doc is not None:
                with contextlib.suppress(Exception):
                    doc.close()
            # MuPDF keeps fonts and images of earlier files in its store: emptied after each
            # file, a worker's memory stays what one file needs, however many it reads.
            pdf.empty_store()


class _Worker:
    def __init__(self, ctx: Any) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        forked = ctx.get_start_method() == "fork"
        args = (child, self.conn) if forked else (child,)
        self.process = ctx.Process(target=_worker_main, args=args, daemon=True)
        self.process.start()
        child.close()
        self.outcome: Outcome | None = None
        self.deadline = 0.0

    def assign(self, job: Job, timeout: float) -> None:
        self.outcome = Outcome(job)
        self.deadline = time.monotonic() + timeout
        self.conn.send(job)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
        self.process.join(timeout=2 if not kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def extract_all(
    jobs: Iterable[Job],
    *,
    processes: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: threading.Event | None = None,
    on_ocr: OcrReport | None = None,
) -> Iterator[Outcome]:
    """Run `jobs` on worker processes; yield each Outcome as it finishes (in any order).
    `on_ocr(job, done, total)` hears of each scanned page a worker reads by OCR."""
    queue = iter(jobs)
    upcoming = next(queue, None)
    if upcoming is None:
        return
    ctx = multiprocessing.get_context(_start_method())
    # Workers start (importing MuPDF takes a moment) while the caller prepares more jobs.
    workers = [_Worker(ctx) for _ in range(max(1, processes or os.cpu_count() or 1))]
    try:
        while True:
            if cancel is not None and cancel.is_set():
                return
            for i, worker in enumerate(workers):
                if worker.outcome is None and upcoming is not None:
                    if not worker.process.is_alive():
                        worker.stop(kill=True)
                        worker = workers[i] = _Worker(ctx)
                    worker.assign(upcoming, timeout)
                    upcoming = next(queue, None)
            busy = [w for w in workers if w.outcome is not None]
            if not busy:
                return
            wait_for = min(w.deadline for w in busy) - time.monotonic()
            ready = wait(
                [w.conn for w in busy] + [w.process.sentinel for w in busy],
                timeout=max(0.0, min(wait_for, 0.25)),
            )
            now = time.monotonic()
            for i, worker in enumerate(workers):
                if worker.outcome is None:
                    continue
                current = worker.outcome
                reading = current.ocr_progress
                finished = _receive(worker, ready, timeout)
                step = current.ocr_progress
                if on_ocr is not None and step is not None and step != reading:
                    on_ocr(current.job, step[0], step[1])
                if finished is None and (worker.process.sentinel in ready):
                    if not worker.conn.poll():
                        finished = _crashed(worker)
                if finished is None and now > worker.deadline:
                    finished = _timed_out(worker, timeout)
                if finished is not None:
                    worker.outcome = None
                    if not worker.process.is_alive():
                        worker.stop(kill=True)
                        workers[i] = _Worker(ctx) if upcoming is not None else worker
                    yield finished
    finally:
        for worker in workers:
            worker.stop(kill=cancel is not None and cancel.is_set())


def requests_from(conn: Connection) -> Iterator[Any]:
    """What a serving process (renderer, layout reader) is asked, until the parent sends None
    or goes away."""
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        yield request


def limit_memory(limit: int | None = None) -> None:
    """Cap this process's address space, so a PDF that makes MuPDF allocate without end fails
    with an out-of-memory error in its worker instead of pushing the machine into swap.
    BROCHUREDESK_WORKER_MEMORY_MB overrides the cap; nothing happens where rlimits do not
    exist (Windows)."""
    try:
        import resource
    except ImportError:
        return
    override = os.environ.get("BROCHUREDESK_WORKER_MEMORY_MB", "")
    cap = int(override) * 1024**2 if override.isdigit() else (limit or WORKER_MEMORY)
    with contextlib.suppress(ValueError, OSError):
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _start_method() -> str:
    """fork where it is safe (Linux, no other thread that could hold a lock): a forked worker
    is ready at once; spawn elsewhere (the app has Qt threads; Windows and macOS spawn).
    BROCHUREDESK_WORKERS=spawn forces spawn, e.g. to smoke-test a frozen app's worker start."""
    if os.environ.get("BROCHUREDESK_WORKERS") == "spawn":
        return "spawn"
    if sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _receive(worker: _Worker, ready: list[Any], timeout: float) -> Outcome | None:
    """Read every message waiting from `worker`; the Outcome once its job is complete."""
    outcome = worker.outcome
    assert outcome is not None
    while worker.conn in ready and worker.conn.poll():
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            return None
        kind = message[0]
        worker.deadline = time.monotonic() + timeout
        if kind == "failed":
            outcome.error = message[1]
            return outcome
        if kind == "ocr":
            outcome.ocr_progress = (message[1], message[2])
        elif kind == "text":
            outcome.extraction, outcome.index_texts, outcome.index_words = message[1:4]
        elif kind == "cover":
            outcome.cover = message[1]
            return outcome
        elif kind == "cover_failed":
            outcome.warnings.append(tr("cover_failed", reason=message[1]))
            return outcome
    return None


def _crashed(worker: _Worker) -> Outcome:
    outcome = worker.outcome
    assert outcome is not None
    code = worker.process.exitcode
    if outcome.extraction is not None:
        outcome.warnings.append(tr("cover_failed", reason=tr("worker_crashed", code=code)))
    else:
        outcome.error = tr("worker_crashed", code=code)
    return outcome


def _timed_out(worker: _Worker, timeout: float) -> Outcome:
    outcome = worker.outcome
    assert outcome is not None
    worker.process.kill()
    worker.process.join()
    if outcome.extraction is not None:
        outcome.warnings.append(tr("cover_timeout", seconds=timeout))
    else:
        outcome.error = tr("timeout", seconds=timeout)
    return outcome
