"""Keeping the index in step with the catalog: open (rebuilding when unusable), rebuild, edit."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from brochuredesk.core.errors import BrochureDeskError, InvalidValueError
from brochuredesk.core.library.folder import Library
from brochuredesk.core.library.records import Brochure, OutlineEntry
from brochuredesk.core.library.sidefiles import OCR_TEXTS, OUTLINES
from brochuredesk.core.search.engine import SHIPPED_ABBREVIATIONS, SearchOutcome, run
from brochuredesk.core.search.index import (
    IndexUnusableError,
    SearchIndex,
    brochure_values,
    example_values,
    note_values,
    record_stamp,
)
from brochuredesk.core.search.spelling import corrected_query, spelled_as_found
from brochuredesk.core.text.abbreviations import USER_ABBREVIATIONS, Abbreviations, user_pairs

if TYPE_CHECKING:
    from brochuredesk.core.extract.pool import Job

Progress = Callable[[int, int], None]


CATALOG_SEEN = "catalog_seen"  # index info: the catalog file the index was last brought up to


def catalog_stamp(library: Library) -> str:
    try:
        stat = library.catalog.storage.path.stat()
    except OSError:
        return ""
    return f"{stat.st_ino} {stat.st_mtime_ns} {stat.st_size}"


def mark_in_step(library: Library, index: SearchIndex) -> None:
    """The index holds what the catalog holds now (it was brought up to date, then changed
    along with each write of this process): the next open need not compare them."""
    if not library.read_only:
        index.set_info(CATALOG_SEEN, catalog_stamp(library))
        index.commit()


def needs_catch_up(library: Library, index: SearchIndex) -> bool:
    """True when the catalog file is not the one the index was last brought up to."""
    return index.info(CATALOG_SEEN) != catalog_stamp(library)


def catch_up(
    library: Library,
    index: SearchIndex,
    progress: Progress | None = None,
    pause: Callable[[], None] | None = None,
) -> int:
    """Bring this machine's index up to the catalog as it is now — brochures and examples
    added, changed or removed by another machine (through a sync service or a file share) or
    another process: row by row, the files of new brochures read, nothing rebuilt. How many
    brochures and examples changed. Costs one stat when the catalog is the one seen last."""
    seen = catalog_stamp(library)
    if index.info(CATALOG_SEEN) == seen:
        return 0
    brochures = library.catalog.brochures()
    examples = library.catalog.examples()
    known = index.record_stamps()
    wanted: set[str] = set()
    touched: set[str] = set()
    for number, brochure in enumerate(brochures):
        if pause is not None and number % 200 == 199:
            pause()  # a window's thread gets its turn (see LibraryService.catch_up_index)
        wanted.add(brochure.id)
        stamp = record_stamp(
            "brochure", brochure.id, brochure.year, brochure_values(brochure), None
        )
        if known.get(brochure.id) != stamp:
            index.set_brochure_record(brochure)
            touched.add(brochure.id)
    years = {b.id: b.year for b in brochures}
    for example in examples:
        wanted.add(example.id)
        values = example_values(example)
        year = years.get(example.brochure_id)
        stamp = record_stamp("example", example.brochure_id, year, values, example.first_page)
        if known.get(example.id) != stamp:
            index.set_example(example, year)
            touched.add(example.id)
    for note in library.catalog.notes():
        wanted.add(note.id)
        year = years.get(note.brochure_id)
        stamp = record_stamp("note", note.brochure_id, year, note_values(note), note.page)
        if known.get(note.id) != stamp:
            index.set_note(note, year)
            touched.add(note.id)
    for ref in set(known) - wanted:
        index.remove(ref)  # removed elsewhere: a brochure's pages and row, or an example's row
        touched.add(ref)
    with_pages = index.brochures_with_pages()
    unread = [b for b in brochures if b.id not in with_pages]
    if unread:
        index_brochures(library, index, unread, progress)
    index.set_info(CATALOG_SEEN, seen)
    index.commit()
    return len(touched | {b.id for b in unread})


def open_index(library: Library, progress: Progress | None = None) -> SearchIndex:
    """The library's index (this machine's, in its cache folder), brought up to the catalog;
    a missing, corrupt or outdated one is rebuilt from the files."""
    existed = library.index_path.exists()
    try:
        index = SearchIndex(library.index_path, read_only=library.read_only)
    except IndexUnusableError:
        if library.read_only:
            raise
    else:
        if mark_empty_library_indexed(library, index) or existed:
            if not library.read_only:
                catch_up(library, index, progress)
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
    from brochuredesk.core.extract.pool import (  # multiprocessing: only when needed
        DEFAULT_TIMEOUT,
        extract_all,
    )

    index.set_complete(False)
    index.clear()
    brochures = {b.sha256: b for b in library.catalog.brochures()}
    jobs = [_index_job(library, b) for b in brochures.values() if library.file_path(b).is_file()]
    for brochure in brochures.values():  # metadata is searchable even when the file is gone
        index.add_brochure(brochure, [])
    years = {b.id: b.year for b in brochures.values()}
    for example in library.catalog.examples():
        index.set_example(example, years.get(example.brochure_id))
    for note in library.catalog.notes():
        index.set_note(note, years.get(note.brochure_id))
    done = 0
    for done, outcome in enumerate(
        extract_all(jobs, timeout=timeout or DEFAULT_TIMEOUT, cancel=cancel), 1
    ):
        if outcome.extraction is not None:
            brochure = brochures[outcome.job.key]
            index.add_brochure(
                brochure, outcome.extraction.pages, outcome.index_texts, outcome.index_words,
                outcome.extraction.abbreviations, outcome.extraction.fingerprint,
            )  # fmt: skip
            _restore_outline(library, brochure, outcome.extraction.outline)
        if progress:
            progress(done, len(jobs))
        if done % 20 == 0:
            index.commit()
    if cancel is None or not cancel.is_set():
        index.set_complete(True)
        index.set_info(CATALOG_SEEN, catalog_stamp(library))
    index.commit()
    return done


def _index_job(library: Library, brochure: Brochure) -> Job:
    """Reading a brochure for the index: no cover, and no OCR run again: what OCR read at
    import is kept in the library (library/sidefiles.py)."""
    from brochuredesk.core.extract.pool import Job

    return Job(
        brochure.sha256,
        library.file_path(brochure),
        password=brochure.password,
        with_cover=False,
        with_ocr=False,
        ocr_texts=OCR_TEXTS.read(library.root, brochure.id) if brochure.ocr_pages else {},
    )


def _restore_outline(library: Library, brochure: Brochure, outline: list[OutlineEntry]) -> None:
    """Outlines are rebuildable like the index: one whose file went missing is written again."""
    if outline and not library.read_only and not OUTLINES.path(library.root, brochure.id).exists():
        with contextlib.suppress(BrochureDeskError):
            OUTLINES.write(library.root, brochure.id, outline)


def index_brochures(
    library: Library,
    index: SearchIndex,
    brochures: list[Brochure],
    progress: Progress | None = None,
) -> int:
    """Read these brochures' files into the index (a removal undone, or brochures another
    machine imported); how many were read."""
    from brochuredesk.core.extract.pool import DEFAULT_TIMEOUT, extract_all

    by_sha = {b.sha256: b for b in brochures}
    jobs = [_index_job(library, b) for b in brochures if library.file_path(b).is_file()]
    for brochure in brochures:
        index.add_brochure(brochure, [])
    done = 0
    for number, outcome in enumerate(extract_all(jobs, timeout=DEFAULT_TIMEOUT), 1):
        if progress:
            progress(number, len(jobs))
        if outcome.extraction is not None:
            index.add_brochure(
                by_sha[outcome.job.key], outcome.extraction.pages, outcome.index_texts,
                outcome.index_words, outcome.extraction.abbreviations,
                outcome.extraction.fingerprint,
            )  # fmt: skip
            done += 1
    return done


def search(
    library: Library,
    index: SearchIndex,
    text: str,
    limit: int = 20,
    *,
    correct: bool = True,
    within: Collection[str] | None = None,
) -> SearchOutcome:
    """Search; when nothing is found and `correct`, search again with misspelt words replaced
    by the closest words of the index (the outcome says so in `corrected_query`). `within`
    keeps to those brochures (the app's sidebar filters)."""
    sizes = {record["id"]: record.get("page_count", 0) for record in library.catalog.iter_records()}
    if within is not None:
        sizes = {brochure_id: sizes[brochure_id] for brochure_id in within if brochure_id in sizes}
    mine = user_pairs(library.catalog.setting(USER_ABBREVIATIONS, {}))
    known = Abbreviations(mine) if mine else SHIPPED_ABBREVIATIONS
    outcome = run(
        index, text, limit=limit, live_brochures=set(sizes), sizes=sizes, abbreviations=known
    )
    if outcome.total or not correct:
        return outcome
    better = corrected_query(index, text)
    if not better:
        return outcome
    retry = run(
        index, better, limit=limit, live_brochures=set(sizes), sizes=sizes, abbreviations=known
    )
    if not retry.total:
        return outcome
    retry.query, retry.corrected_query = text, spelled_as_found(retry, better)
    return retry


def add_abbreviation(library: Library, short: str, long: str) -> None:
    """A pair of the user's own: found both ways from now on (kept in the catalog)."""
    library.require_writable()
    short, long = " ".join(short.split()), " ".join(long.split())
    if not short or not long:
        raise InvalidValueError("invalid_abbreviation", value=f"{short} = {long}")
    pairs = {k: list(v) for k, v in library.catalog.setting(USER_ABBREVIATIONS, {}).items()}
    if long not in pairs.setdefault(short, []):
        pairs[short].append(long)
        library.catalog.set_setting(USER_ABBREVIATIONS, pairs)


def remove_abbreviation(library: Library, short: str, long: str | None = None) -> int:
    """Forget the user's pair (or all long forms of `short`); how many went."""
    library.require_writable()
    pairs = {k: list(v) for k, v in library.catalog.setting(USER_ABBREVIATIONS, {}).items()}
    longs = pairs.get(short, [])
    gone = [x for x in longs if long is None or x == long]
    if gone:
        kept = [x for x in longs if x not in gone]
        if kept:
            pairs[short] = kept
        else:
            pairs.pop(short)
        library.catalog.set_setting(USER_ABBREVIATIONS, pairs)
    return len(gone)
