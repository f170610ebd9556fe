"""Keeping the index in step with the catalog: open (rebuilding when unusable), rebuild, edit."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from ..library import Library
from .engine import SearchOutcome, run
from .index import IndexUnusableError, SearchIndex

Progress = Callable[[int, int], None]


def open_index(library: Library, progress: Progress | None = None) -> SearchIndex:
    """The library's index; a missing, corrupt or outdated one is rebuilt from the files."""
    existed = library.index_path.exists()
    try:
        index = SearchIndex(library.index_path, read_only=library.read_only)
    except IndexUnusableError:
        if library.read_only:
            raise
    else:
        if mark_empty_library_indexed(library, index) or existed:
            return index
        rebuild(library, index, progress)  # deleted by hand: a cache, so rebuild it
        return index
    index = empty_index(library)
    rebuild(library, index, progress)
    return index


def mark_empty_library_indexed(library: Library, index: SearchIndex) -> bool:
    """A writable library without brochures has nothing to index: its (new) index is
    complete. True when that was the case."""
    if library.read_only or len(library.catalog):
        return False
    index.set_complete(True)
    return True


def empty_index(library: Library) -> SearchIndex:
    """A new, empty index in place of whatever index.sqlite held (a cache: nothing is lost)."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            library.index_path.with_name(library.index_path.name + suffix).unlink()
    return SearchIndex(library.index_path)


def rebuild(
    library: Library,
    index: SearchIndex,
    progress: Progress | None = None,
    *,
    timeout: float | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Re-read every brochure's file into an emptied index; the number of brochures indexed.
    Until it has finished, the index is marked incomplete (rebuilt again when next opened)."""
    from ..workers import DEFAULT_TIMEOUT, Job, extract_all  # multiprocessing: only when needed

    index.set_complete(False)
    index.clear()
    brochures = {b.sha256: b for b in library.catalog.brochures()}
    jobs = [
        Job(b.sha256, library.file_path(b), password=b.password, with_cover=False)
        for b in brochures.values()
        if library.file_path(b).is_file()
    ]
    for brochure in brochures.values():  # metadata is searchable even when the file is gone
        index.add_brochure(brochure, [])
    years = {b.id: b.year for b in brochures.values()}
    for example in library.catalog.examples():
        index.set_example(example, years.get(example.brochure_id))
    done = 0
    for done, outcome in enumerate(
        extract_all(jobs, timeout=timeout or DEFAULT_TIMEOUT, cancel=cancel), 1
    ):
        if outcome.extraction is not None:
            brochure = brochures[outcome.job.key]
            index.add_brochure(
                brochure, outcome.extraction.pages, outcome.index_texts, outcome.index_words
            )
        if progress:
            progress(done, len(jobs))
        if done % 20 == 0:
            index.commit()
    if cancel is None or not cancel.is_set():
        index.set_complete(True)
    index.commit()
    return done


def search(library: Library, index: SearchIndex, text: str, limit: int = 20) -> SearchOutcome:
    sizes = {record["id"]: record.get("page_count", 0) for record in library.catalog.iter_records()}
    return run(index, text, limit=limit, live_brochures=set(sizes), sizes=sizes)
