"""The import pipeline: discover → hash → dedupe → extract (worker processes) → store.

The catalog write is the commit point: files, thumbnails and index rows of a brochure are in
place before its record is written, and each of them is reused or replaced when an interrupted
import runs again, so killing an import and re-running it finishes the job with nothing twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from brochuredesk.core.editions.groups import regroup
from brochuredesk.core.errors import BrochureDeskError
from brochuredesk.core.extract.pdf import Extraction, sniff
from brochuredesk.core.extract.pool import DEFAULT_TIMEOUT, Job, Outcome, extract_all
from brochuredesk.core.fsutil import atomic_write, write_into_place
from brochuredesk.core.i18n import tr
from brochuredesk.core.importer.provenance import Provenance, read_provenance
from brochuredesk.core.library.catalog import now_iso
from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.records import Brochure, brochure_id
from brochuredesk.core.library.sidefiles import OCR_TEXTS
from brochuredesk.core.plain import datarecord, field
from brochuredesk.core.text.filenames import numbered, safe_filename

FLUSH_SECONDS = 1.0
FLUSH_COUNT = 100


class PageIndex(Protocol):
    """What the importer needs from the search index."""

    def add_brochure(
        self,
        brochure: Brochure,
        pages: Sequence[str],
        texts: Sequence[str],
        words: Mapping[str, str],
        abbreviations: Iterable[tuple[str, str]],
        sketch: Sequence[int] | None = None,
    ) -> None: ...

    def add_words(self, words: Mapping[str, str]) -> None: ...

    def sketches(self) -> dict[str, list[int]]: ...

    def commit(self) -> None: ...


@datarecord
class ImportEvent:
    """Progress: `stage` is 'scan', 'hash', 'extract' or 'done' (done/total count files), or
    'ocr' (done/total count the scanned pages of the file `path` that OCR reads)."""

    stage: str
    done: int
    total: int
    path: str = ""


@datarecord
class ImportReport:
    added: list[Brochure] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, existing id)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, warning)
    cancelled: bool = False
    regrouped: list[str] = field(default_factory=list)  # brochures whose edition group changed

    def to_json(self) -> dict[str, object]:
        return {
            "added": [
                {
                    "id": b.id,
                    "title": b.title,
                    "original_filename": b.original_filename,
                    "page_count": b.page_count,
                    "status": b.status,
                }
                for b in self.added
            ],
            "duplicates": [{"path": p, "id": i} for p, i in self.duplicates],
            "failed": [{"path": p, "error": e} for p, e in self.failed],
            "warnings": [{"path": p, "warning": w} for p, w in self.warnings],
        }


Progress = Callable[[ImportEvent], None]


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """PDF files named or found below folders (recursively), and paths that do not exist.

    Files named explicitly are taken whatever their extension (the header check decides);
    inside folders only *.pdf files are taken. Symlinked folders are not followed (loops).
    """
    found: list[Path] = []
    missing: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            for folder, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    if name.lower().endswith(".pdf") and not name.startswith("._"):
                        candidate = Path(folder) / name
                        if candidate.is_file() and candidate.resolve() not in seen:
                            seen.add(candidate.resolve())
                            found.append(candidate)
        elif path.is_file():
            if path.resolve() not in seen:
                seen.add(path.resolve())
                found.append(path)
        else:
            missing.append((str(path), tr("no_such_path")))
    return found, missing


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def import_paths(
    library: Library,
    paths: Iterable[Path | str],
    *,
    index: PageIndex | None = None,
    link: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    processes: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    origin: Provenance | None = None,
) -> ImportReport:
    """Import PDFs into `library`; see the module docstring for the guarantees. `origin`:
    where the files came from, as the user says (else each file's own download marks)."""
    library.require_writable()
    report = ImportReport()
    notify = progress or (lambda event: None)
    for stale in library.files_dir.glob(".*.part"):  # copies a killed import left behind
        with contextlib.suppress(OSError):
            stale.unlink()
    files, missing = discover(Path(p) for p in paths)
    report.failed.extend(missing)
    files.sort(key=_size, reverse=True)  # largest first: no long file left for the end
    notify(ImportEvent("scan", len(files), len(files)))

    known = library.catalog.sha256_index()

    skipped: list[Path] = []

    def jobs() -> Iterator[Job]:
        """Hash and dedupe lazily, so the workers start reading while we hash."""
        for number, path in enumerate(files, 1):
            notify(ImportEvent("hash", number, len(files), str(path)))
            try:
                problem = sniff(path)
                digest = sha256_of(path) if problem is None else ""
            except OSError as exc:
                reason = exc.strerror or str(exc)
                report.failed.append((str(path), tr("unreadable_file", reason=reason)))
                skipped.append(path)
                continue
            if problem:
                report.failed.append((str(path), problem))
                skipped.append(path)
            elif digest in known:
                report.duplicates.append((str(path), known[digest]))
                skipped.append(path)
            else:
                known[digest] = brochure_id(digest)
                yield Job(digest, path, with_index=index is not None, origin=origin)

    total = len(files)
    notify(ImportEvent("extract", 0, total))
    workers = min(processes or os.cpu_count() or 1, len(files))
    committer = _Committer(library, index, link, report)

    def on_ocr(job: Job, done: int, pages: int) -> None:
        notify(ImportEvent("ocr", done, pages, str(job.path)))

    try:
        outcomes = extract_all(
            jobs(), processes=workers, timeout=timeout, cancel=cancel, on_ocr=on_ocr
        )
        for done, outcome in enumerate(outcomes, 1):
            notify(ImportEvent("extract", done + len(skipped), total, str(outcome.job.path)))
            committer.put(outcome)
    finally:
        committer.close()
    report.added.sort(key=lambda b: b.original_filename.casefold())
    if report.added and index is not None:
        report.regrouped = regroup(library, index.sketches())
        for brochure in report.added:
            if brochure.id in report.regrouped:
                brochure.edition_group = library.catalog.get(brochure.id).edition_group
    report.cancelled = cancel is not None and cancel.is_set()
    notify(ImportEvent("done", total, total))
    return report


class _Committer:
    """Stores finished files (copy, cover, index rows) and commits them in batches, on a
    thread of its own: the loop that reads the workers' results never waits for the disk or
    for SQLite, so the workers never wait to hand over a result."""

    def __init__(
        self, library: Library, index: PageIndex | None, link: bool, report: ImportReport
    ) -> None:
        self.library, self.index, self.link, self.report = library, index, link, report
        self.queue: queue.Queue[Outcome | None] = queue.Queue(maxsize=16)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="import-commit", daemon=True)

    def put(self, outcome: Outcome) -> None:
        if self.error is not None:
            raise self.error
        if not self.thread.is_alive() and self.thread.ident is None:
            self.thread.start()  # only now: the worker processes were started without it
        self.queue.put(outcome)

    def close(self) -> None:
        if self.thread.ident is None:
            self.thread.start()
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        pending: list[Brochure] = []
        last_flush = time.monotonic()
        try:
            while (outcome := self.queue.get()) is not None:
                brochure = self._store(outcome)
                if brochure is not None:
                    pending.append(brochure)
                if len(pending) >= FLUSH_COUNT or time.monotonic() - last_flush > FLUSH_SECONDS:
                    _flush(self.library, self.index, pending, self.report)
                    last_flush = time.monotonic()
        except BaseException as exc:
            self.error = exc
            while self.queue.get() is not None:  # let the producer finish
                pass
        finally:
            try:
                _flush(self.library, self.index, pending, self.report)
            except BaseException as exc:
                self.error = self.error or exc

    def _store(self, outcome: Outcome) -> Brochure | None:
        where = str(outcome.job.path)
        if outcome.extraction is None:
            self.report.failed.append((where, outcome.error))
            return None
        try:
            if self.index is not None:
                # The worker hands each word over once: kept even if this file fails here.
                self.index.add_words(outcome.index_words)
            brochure = _store(self.library, outcome, self.link)
            if self.index is not None:
                ext = outcome.extraction
                self.index.add_brochure(
                    brochure, ext.pages, outcome.index_texts, {}, ext.abbreviations,
                    ext.fingerprint,
                )  # fmt: skip
        except (BrochureDeskError, OSError) as exc:
            self.report.failed.append((where, str(exc)))
            return None
        self.report.warnings.extend((where, w) for w in brochure.warnings)
        return brochure


def _flush(
    library: Library, index: PageIndex | None, pending: list[Brochure], report: ImportReport
) -> None:
    """Commit the index, then the catalog: the catalog write makes the brochures exist."""
    if not pending:
        return
    if index is not None:
        index.commit()
    library.catalog.add(pending)
    report.added.extend(pending)
    pending.clear()


def _store(library: Library, outcome: Outcome, link: bool) -> Brochure:
    """Place the file and the cover; the Brochure record to commit."""
    ext: Extraction = outcome.extraction
    source = outcome.job.path
    digest = outcome.job.key
    bid = brochure_id(digest)
    if link:
        file = str(source.resolve())
    else:
        file = _copy_into_library(library, source, digest).relative_to(library.root).as_posix()
    thumbnail = ""
    if outcome.cover:
        target = library.thumbnails_dir / f"{bid}.jpg"
        try:
            atomic_write(target, outcome.cover, durable=False)
            thumbnail = target.relative_to(library.root).as_posix()
        except BrochureDeskError as exc:
            outcome.warnings.append(str(exc))
    if ext.ocr_pages:
        texts = {page: ext.pages[page - 1] for page in ext.ocr_pages}
        OCR_TEXTS.write(library.root, bid, texts)
    stamp = now_iso()
    origin = outcome.job.origin or read_provenance(source)
    return Brochure(
        id=bid,
        sha256=digest,
        title=ext.title or source.stem,
        subtitle=ext.subtitle,
        original_filename=source.name,
        file=file,
        file_size=source.stat().st_size,
        page_count=ext.page_count,
        added=stamp,
        modified=stamp,
        publisher=ext.publisher,
        date=ext.date,
        year=ext.year,
        language=ext.language,
        linked=link,
        pdf_metadata=ext.metadata,
        outline=ext.outline,
        page_labels=ext.page_labels,
        status=ext.status,
        warnings=ext.warnings + outcome.warnings,
        review=list(ext.review),
        thumbnail=thumbnail,
        password=outcome.job.password,
        ocr_pages=list(ext.ocr_pages),
        source_url=origin.source_url,
        referrer_url=origin.referrer_url,
        inbox=True,  # new until it is opened
    )


def _copy_into_library(library: Library, source: Path, digest: str) -> Path:
    """Copy `source` into files/ under its own (made safe) name; reuse an identical copy an
    interrupted import left behind; number the name when another file holds it."""
    name = safe_filename(source.name)
    for number in range(1, 10000):
        target = library.files_dir / (name if number == 1 else numbered(name, number))
        if not target.exists():
            break
        if target.stat().st_size == source.stat().st_size and sha256_of(target) == digest:
            return target
    write_into_place(
        target, lambda tmp: shutil.copyfile(source, tmp), durable=False, suffix=".part"
    )
    return target


def reread(
    library: Library,
    ref: str,
    *,
    password: str = "",
    index: PageIndex | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    all_scans: bool = False,
    on_ocr: Callable[[int, int], None] | None = None,
) -> Brochure:
    """Read a catalogued brochure's file again (after unlocking it with its password, or to
    read its scanned pages by OCR: `all_scans`, with `on_ocr(done, pages)` for progress).

    The user's own fields (tags, notes, edited title) stay; what the file says is refreshed.
    """
    library.require_writable()
    old = library.catalog.get(ref)
    path = library.file_path(old)
    job = Job(
        old.sha256,
        path,
        password=password or old.password,
        with_index=index is not None,
        all_scans=all_scans,
        ocr_texts=OCR_TEXTS.read(library.root, old.id),
    )
    report = (lambda job, done, pages: on_ocr(done, pages)) if on_ocr else None
    outcome = next(iter(extract_all([job], processes=1, timeout=timeout, on_ocr=report)))
    if outcome.extraction is None:
        raise BrochureDeskError("damaged_pdf", reason=outcome.error)
    if outcome.extraction.status == "locked":
        raise BrochureDeskError("wrong_password")
    fresh = _store(library, outcome, old.linked)
    keep_title = old.status != "locked" and old.title != old.original_filename
    fresh.title = old.title if keep_title else fresh.title
    fresh.file, fresh.added = old.file, old.added
    fresh.tags, fresh.notes = old.tags, old.notes
    fresh.edition_group = old.edition_group
    if index is not None:
        index.add_brochure(
            fresh, outcome.extraction.pages, outcome.index_texts, outcome.index_words,
            outcome.extraction.abbreviations, outcome.extraction.fingerprint,
        )  # fmt: skip
        index.commit()
    library.catalog.replace(fresh)
    return fresh
