"""One open library with its search index, for a long-running front end (the app).

Every change goes through here so the catalog and the index stay in step; a lock makes the
methods safe to call from worker threads one at a time.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

from brochuredesk.core import removal
from brochuredesk.core.editions import groups as edition_groups
from brochuredesk.core.errors import BrochureDeskError, StorageWriteError
from brochuredesk.core.examples import good_practice
from brochuredesk.core.examples.good_practice import (
    add_example,
    edit_example,
    excerpt,
    remove_example,
)
from brochuredesk.core.examples.suggest import Candidate
from brochuredesk.core.extract import ocr
from brochuredesk.core.importer.facts_refresh import needs_refresh, refresh_facts
from brochuredesk.core.importer.pipeline import (
    ImportEvent,
    ImportReport,
    import_paths,
    reread,
    sha256_of,
)
from brochuredesk.core.importer.watch import FolderWatch
from brochuredesk.core.importer.watch_import import import_ready
from brochuredesk.core.library import saved_searches as saved
from brochuredesk.core.library.changes import Change
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.folder import Library, open_library
from brochuredesk.core.library.note_records import Note
from brochuredesk.core.library.records import (
    STATUS_ERROR,
    STATUS_LOCKED,
    STATUS_MISSING,
    STATUS_NO_TEXT,
    STATUS_OK,
    Brochure,
)
from brochuredesk.core.library.saved_searches import SavedSearch, read_saved
from brochuredesk.core.library.sync import needs_taking_in, take_in
from brochuredesk.core.removal import Removed
from brochuredesk.core.search.engine import (
    SHIPPED_ABBREVIATIONS,
    SearchOutcome,
    matching_pages,
)
from brochuredesk.core.search.highlight import highlight_terms
from brochuredesk.core.search.index import IndexUnusableError, SearchIndex
from brochuredesk.core.search.manage import (
    add_abbreviation,
    catch_up,
    mark_empty_library_indexed,
    mark_in_step,
    needs_catch_up,
    open_index,
    rebuild,
    remove_abbreviation,
    search,
)
from brochuredesk.core.text.abbreviations import USER_ABBREVIATIONS, Abbreviations, user_pairs

KNOWN_STATES = {STATUS_OK, STATUS_LOCKED, STATUS_NO_TEXT, STATUS_ERROR}


class LibraryService:
    def __init__(self, library: Library, index: SearchIndex | None) -> None:
        self.library = library
        self.index = index
        self.lock = threading.RLock()
        self.needs_rebuild = False
        self.needs_catch_up = False
        self._listeners: list[Callable[[Change], None]] = []

    @classmethod
    def open(cls, root: Path | None) -> LibraryService:
        """Open quickly: an index that needs rebuilding is left for rebuild_index(), which
        the app runs in the background."""
        library = open_library(root, fallback_read_only=True)
        if not library.read_only:  # files a session that crashed held for an undo: gone now
            removal.clear_holding(library)
        try:
            index: SearchIndex | None = SearchIndex(library.index_path, read_only=library.read_only)
        except (IndexUnusableError, StorageWriteError):
            index = None  # rebuilt in the background (which reports a full disk)
        if index is not None:
            mark_empty_library_indexed(library, index)
        service = cls(library, index)
        service.needs_rebuild = (
            index is None or (not library.index_path.exists() and len(library.catalog) > 0)
        ) and not library.read_only
        if (
            index is not None
            and not service.needs_rebuild
            and len(library.catalog)
            and index.is_empty()
        ):
            service.needs_rebuild = not library.read_only
        if index is not None and not service.needs_rebuild and not library.read_only:
            # Changed elsewhere (another machine, another process): brought in row by row
            # in the background by catch_up_index(), the index staying searchable.
            service.needs_catch_up = needs_catch_up(library, index)
        return service

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """`listener` hears of every change this service writes (called on the writing
        thread: a window passes it on to its own thread with a queued signal)."""
        self._listeners.append(listener)

    def _announce(self, change: Change) -> None:
        for listener in list(self._listeners):
            with contextlib.suppress(RuntimeError):  # a window that went away meanwhile
                listener(change)

    def saved_searches(self) -> list[SavedSearch]:
        return read_saved(self.library.catalog.setting(saved.SETTING, []))

    def save_search(self, search: SavedSearch) -> None:
        """Keep a search under its name (one of the same name is replaced)."""
        with self.lock:
            setting = self.library.catalog.setting(saved.SETTING, [])
            self.library.catalog.set_setting(saved.SETTING, saved.with_saved(setting, search))
        self._announce(Change(reread=True))

    def forget_search(self, name: str) -> None:
        with self.lock:
            setting = self.library.catalog.setting(saved.SETTING, [])
            self.library.catalog.set_setting(saved.SETTING, saved.without_saved(setting, name))
        self._announce(Change(reread=True))

    def abbreviations(self) -> dict[str, list[str]]:
        """The user's own pairs: abbreviation → long forms."""
        with self.lock:
            return dict(self.library.catalog.setting(USER_ABBREVIATIONS, {}))

    def add_abbreviation(self, short: str, long: str) -> dict[str, list[str]]:
        with self.lock:
            add_abbreviation(self.library, short, long)
            return self.abbreviations()

    def remove_abbreviation(self, short: str, long: str) -> dict[str, list[str]]:
        with self.lock:
            remove_abbreviation(self.library, short, long)
            return self.abbreviations()

    def learn_abbreviations(self) -> int:
        """Abbreviations of brochures indexed by an older version, learned once."""
        with self.lock:
            if self.index is None or self.read_only:
                return 0
            return self.index.learn_abbreviations()

    def refresh_facts(self) -> int:
        """Publisher and date read again where an older version guessed them (once)."""
        with self.lock:
            if self.index is None or not needs_refresh(self.library):
                return 0
            count = refresh_facts(self.library, self.index)
        if count:
            self._announce(Change(reread=True))
        return count

    def rebuild_index(self, progress: Callable[[int, int], None] | None = None) -> None:
        with self.lock:
            if self.index is not None:
                self.index.close()
                self.index = None
            self.index = open_index(self.library, progress)
            if self.index.page_count() == 0 and len(self.library.catalog):
                rebuild(self.library, self.index, progress)
            self.needs_rebuild = False

    def catch_up_index(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Bring the index up to a catalog changed elsewhere, row by row (files of brochures
        imported elsewhere are read); how many brochures and examples changed."""
        with self.lock:
            self.needs_catch_up = False
            if self.index is None or self.library.read_only:
                return 0
            # Short sleeps hand the interpreter to the window's thread: otherwise each of its
            # many small Python calls while painting waits a whole switch interval for this
            # loop (227 ms of GUI lag at 10 000 brochures, 40 ms with the pauses).
            changed = catch_up(self.library, self.index, progress, lambda: time.sleep(0.002))
        if changed:
            self._announce(Change(reread=True))
        return changed

    @property
    def read_only(self) -> bool:
        return self.library.read_only

    def close(self) -> None:
        with self.lock:
            if self.index is not None:
                if not (self.needs_rebuild or self.needs_catch_up):  # ours changed both alike
                    with contextlib.suppress(Exception):
                        mark_in_step(self.library, self.index)
                self.index.close()
                self.index = None  # work still queued finds no index, not a closed one
            self.library.close()

    # -- reading ----------------------------------------------------------------------------
    def brochures(self) -> list[Brochure]:
        with self.lock:
            return self.library.catalog.brochures()

    def search(
        self,
        text: str,
        limit: int = 50,
        *,
        correct: bool = True,
        within: Collection[str] | None = None,
    ) -> SearchOutcome:
        with self.lock:
            if self.index is None:
                return SearchOutcome(text, 0, [])
            return search(self.library, self.index, text, limit, correct=correct, within=within)

    def hit_pages(self, text: str, brochure_id: str) -> list[int]:
        """Every page of a brochure that a query matches, in page order (F3 goes through
        them all; a result lists only its best few)."""
        with self.lock:
            if self.index is None or not text.strip():
                return []
            mine = user_pairs(self.library.catalog.setting(USER_ABBREVIATIONS, {}))
            known = Abbreviations(mine) if mine else SHIPPED_ABBREVIATIONS
            return matching_pages(self.index, text, brochure_id, known)

    def matched_words(self, text: str, brochure_id: str, page: int) -> list[str]:
        """The words of one page that a query matched, as written there (for highlights)."""
        with self.lock:
            if self.index is None or not text.strip():
                return []
            page_text = self.index.page_texts(brochure_id, [page]).get(page, "")
        return highlight_terms(text, page_text)

    # -- changes ----------------------------------------------------------------------------
    def import_paths(
        self,
        paths: Iterable[Path],
        progress: Callable[[ImportEvent], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportReport:
        with self.lock:
            report = import_paths(
                self.library, list(paths), index=self.index, progress=progress, cancel=cancel
            )
        self._announce_import(report)
        return report

    def _announce_import(self, report: ImportReport) -> None:
        if report.added:
            self._announce(Change(added=tuple(report.added)))
        added = {b.id for b in report.added}
        older = [i for i in report.regrouped if i not in added]  # older editions regrouped
        if older:
            with self.lock:
                fresh = self.library.catalog.fields_of(older)
            self._announce(Change(changed=tuple(fresh)))

    def import_watched(
        self, watch: FolderWatch, paths: list[Path], link_for: Callable[[Path], bool]
    ) -> ImportReport:
        """Files a watched folder delivered: imported, each marked handled (watch_import.py)."""
        with self.lock:
            report = import_ready(self.library, self.index, watch, paths, link_for)
        self._announce_import(report)
        return report

    # -- editions ---------------------------------------------------------------------------
    def _sketches(self) -> dict[str, list[int]]:
        return self.index.sketches() if self.index is not None else {}

    def join_editions(self, brochure_ids: list[str]) -> None:
        with self.lock:
            edition_groups.join(self.library, brochure_ids, self._sketches())
        self._announce(Change(reread=True, keep=brochure_ids[0]))

    def split_edition(self, brochure_id: str) -> None:
        with self.lock:
            edition_groups.split(self.library, brochure_id, self._sketches())
        self._announce(Change(reread=True, keep=brochure_id))

    def recognise_text(
        self, brochure_id: str, progress: Callable[[int, int], None] | None = None
    ) -> Brochure:
        """Read a brochure's scanned pages by OCR (raises when Tesseract's data is missing)."""
        if not ocr.available():
            raise BrochureDeskError("ocr_unavailable")
        with self.lock:
            fresh = reread(
                self.library, brochure_id, index=self.index, all_scans=True, on_ocr=progress,
                timeout=60.0,
            )  # fmt: skip
        self._announce(Change(changed=(fresh,)))
        return fresh

    def update(self, brochure_id: str, **changes: Any) -> Brochure:
        with self.lock:
            brochure = self.library.catalog.update(brochure_id, **changes)
            if self.index is not None:
                self.index.update_brochure_metadata(brochure)
        self._announce(Change(changed=(brochure,)))
        return brochure

    def mark_read(self, brochure_ids: Iterable[str], *, evaluated: bool | None = None) -> None:
        """Opened (no longer new), and with `evaluated` marked as worked through or not; the
        user's last edit (`modified`) stays what it was."""
        with self.lock:
            held = {i: self.library.catalog.get(i) for i in dict.fromkeys(brochure_ids)}
            changes: dict[str, dict[str, Any]] = {}
            for brochure_id, brochure in held.items():
                change: dict[str, Any] = {"inbox": False} if brochure.inbox else {}
                if evaluated is not None and brochure.evaluated != evaluated:
                    change["evaluated"] = evaluated
                if change:
                    changes[brochure_id] = change
            if not changes:
                return
            self.library.catalog.update_many(changes, touch=False)
            brochures = [self.library.catalog.get(i) for i in changes]
        self._announce(Change(changed=tuple(brochures)))

    def update_several(self, changes: dict[str, dict[str, Any]]) -> list[Brochure]:
        """Several brochures changed in one catalog write (a bulk edit, or its undo)."""
        with self.lock:
            brochures = self.library.catalog.update_several(changes)
            if self.index is not None:
                for brochure in brochures:
                    self.index.update_brochure_metadata(brochure)
        self._announce(Change(changed=tuple(brochures)))
        return brochures

    def restore_fields(self, before: dict[str, dict[str, Any]]) -> list[Brochure]:
        """Put fields back exactly as they were (the undo of an edit): no bookkeeping of
        what the user set, since `before` holds that too."""
        with self.lock:
            catalog = self.library.catalog
            catalog.update_many(before, touch=False)
            brochures = [catalog.get(brochure_id) for brochure_id in before]
            if self.index is not None:
                for brochure in brochures:
                    self.index.update_brochure_metadata(brochure)
        self._announce(Change(changed=tuple(brochures)))
        return brochures

    def tag(self, brochure_ids: Iterable[str], tags: list[str]) -> None:
        tagged = []
        with self.lock:
            for brochure_id in brochure_ids:
                brochure = self.library.catalog.tag(brochure_id, tags)
                if self.index is not None:
                    self.index.update_brochure_metadata(brochure)
                tagged.append(brochure)
        self._announce(Change(changed=tuple(tagged)))

    def remove(self, brochure_ids: Iterable[str], *, undoable: bool = False) -> list[Removed]:
        """Take brochures out of the library; managed copies and covers are deleted, linked
        files stay where they are. With `undoable` the files wait in the holding folder and
        what is returned can be put back with `restore` (or deleted with `let_go`)."""
        with self.lock:
            self.library.require_writable()
            held = [removal.remove(self.library, self.index, i) for i in brochure_ids]
        self._announce(Change(reread=True))
        if not undoable:
            for removed in held:
                removal.let_go(removed)
            return []
        return held

    def restore(self, held: list[Removed]) -> list[Brochure]:
        """Undo a removal: brochures, files, covers, outlines and examples back."""
        with self.lock:
            back = [removal.restore(self.library, self.index, removed) for removed in held]
        self._announce(Change(reread=True, keep=back[0].id if back else None))
        return back

    # -- good-practice examples -------------------------------------------------------------
    def examples(self) -> list[Example]:
        with self.lock:
            return self.library.catalog.examples()

    machines_taken: int = 0  # other machines whose changes the last take-in brought

    def _machines_grown(self) -> int:
        """How many other machines' change logs grew since this catalog last folded them."""
        from brochuredesk.core.library.changelog import machine_id, sizes
        from brochuredesk.core.library.team import machine_of

        catalog = self.library.catalog
        own = catalog.journal.machine if catalog.journal is not None else machine_id()
        folded = catalog.storage.folded
        grown = {machine_of(n) for n, size in sizes(self.library.root).items()
                 if folded.get(n) != size}  # fmt: skip
        return len(grown - {own})

    def file_arriving(self, brochure: Brochure) -> bool:
        """The brochure's file is missing because another machine imported it and the sync
        service has not brought it yet (not because it was lost)."""
        from brochuredesk.core.library.changelog import machine_id
        from brochuredesk.core.library.team import arriving

        if self.library.file_path(brochure).is_file():
            return False
        return brochure.id in arriving(self.library.root, machine_id(), [brochure.id])

    def notes(self, brochure_id: str | None = None) -> list[Note]:
        return self.library.catalog.notes(brochure_id)

    def add_note(
        self, brochure_id: str, page: int, text: str, quote: str = "", color: str = "yellow"
    ) -> Note:
        from brochuredesk.core.notes.edit import add_note

        with self.lock:
            note = add_note(self.library, self.index, brochure_id, page, text, quote, color)
        return note

    def excerpt(self, brochure_id: str, first: int, last: int) -> str:
        with self.lock:
            pages = self.library.catalog.get(brochure_id).page_count
            return excerpt(self.index, brochure_id, first, last, pages)

    def add_example(self, brochure_id: str, pages: str, title: str, **fields: Any) -> Example:
        with self.lock:
            example = add_example(self.library, self.index, brochure_id, pages, title, **fields)
        self._announce(Change(reread=True))
        return example

    def edit_example(self, example_id: str, **fields: Any) -> Example:
        with self.lock:
            example = edit_example(self.library, self.index, example_id, **fields)
        self._announce(Change(reread=True))
        return example

    def remove_example(self, example_id: str) -> Example:
        with self.lock:
            example = remove_example(self.library, self.index, example_id)
        self._announce(Change(reread=True))
        return example

    def suggestions(self, brochure_id: str) -> list[Candidate]:
        with self.lock:
            brochure = self.library.catalog.get(brochure_id)
            if self.index is None:
                return []
            return good_practice.suggestions_for(self.library, self.index, brochure)

    def suggestions_everywhere(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[tuple[Brochure, Candidate]]:
        """Candidates in every brochure; the lock is taken brochure by brochure, so edits
        made meanwhile wait for one brochure at most."""
        with self.lock:
            brochures = [b for b in self.library.catalog.brochures() if b.status == STATUS_OK]
        found: list[tuple[Brochure, Candidate]] = []
        with good_practice.layout_reader(self.library) as reader:
            for done, brochure in enumerate(brochures, start=1):
                if cancelled is not None and cancelled():
                    break
                with self.lock:
                    if self.index is None or brochure.id not in self.library.catalog:
                        continue
                    found += [
                        (brochure, c)
                        for c in good_practice.suggestions_for(
                            self.library, self.index, brochure, reader=reader
                        )
                    ]
                if progress is not None:
                    progress(done, len(brochures))
        return found

    def accept_suggestion(self, brochure_id: str, candidate: Candidate, **changes: Any) -> Example:
        with self.lock:
            example = good_practice.accept_suggestion(
                self.library, self.index, brochure_id, candidate, **changes
            )
        self._announce(Change(reread=True))
        return example

    def dismissed_count(self, brochure_id: str) -> int:
        with self.lock:
            return len(good_practice.dismissed_suggestions(self.library, brochure_id))

    def dismiss_suggestion(self, brochure_id: str, candidate: Candidate) -> None:
        with self.lock:
            good_practice.dismiss_suggestion(self.library, brochure_id, candidate.key)

    def restore_suggestions(self, brochure_id: str) -> int:
        with self.lock:
            return good_practice.restore_suggestions(self.library, brochure_id)

    def unlock(self, brochure_id: str, password: str) -> Brochure:
        with self.lock:
            brochure = reread(self.library, brochure_id, password=password, index=self.index)
        self._announce(Change(reread=True, keep=brochure.id))
        return brochure

    def relink(self, brochure_id: str, path: Path) -> Brochure:
        """Point a missing brochure at a file, after checking it is the same PDF."""
        with self.lock:
            brochure = self.library.catalog.get(brochure_id)
            if sha256_of(path) != brochure.sha256:
                raise BrochureDeskError("relink_mismatch")
            brochure = self.library.catalog.update(
                brochure.id, file=str(path.resolve()), linked=True, status=STATUS_OK
            )
        self._announce(Change(reread=True, keep=brochure.id))
        return brochure

    def changed_elsewhere(self) -> bool:
        """True when catalog.json is no longer the file this process last read or wrote:
        another process on this machine (the writer, when we are read-only), or another
        machine through a file share or a sync service, changed it. One stat."""
        catalog = self.library.catalog
        return catalog.storage.changed_on_disk() or needs_taking_in(catalog, self.library.root)

    def take_changes_from_elsewhere(self, keep: str | None = None) -> bool:
        """Read the catalog as it is now and bring this machine's index up to it (row by row);
        the views re-read it with `keep` still chosen. True when there was something to take."""
        with self.lock:
            if not self.changed_elsewhere():
                return False
            catalog = self.library.catalog
            catalog.storage.read()  # the new file, checked like any other
            catalog.forget_ids()
            if needs_taking_in(catalog, self.library.root):  # other machines' change logs
                self.machines_taken = self._machines_grown()
                take_in(catalog, self.library.root)
            if self.index is not None and not self.library.read_only:
                catch_up(self.library, self.index)
        self._announce(Change(reread=True, keep=keep))
        return True

    def refresh_missing(self) -> list[str]:
        """Mark brochures whose file vanished as missing, and found ones as they were, in one
        catalog write (an unplugged drive of linked files may concern thousands)."""
        changes: dict[str, dict[str, Any]] = {}
        with self.lock:
            if self.library.read_only:
                return []
            root = self.library.root
            for record in self.library.catalog.iter_records():  # raw records: 10 000 is cheap
                present = (root / record["file"]).is_file()  # an absolute path stays absolute
                status = record.get("status", STATUS_OK)
                if not present and status != STATUS_MISSING:
                    # the status it had is kept in `message`, to come back with the file
                    changes[record["id"]] = {"status": STATUS_MISSING, "message": status}
                elif present and status == STATUS_MISSING:
                    before = (
                        record.get("message")
                        if record.get("message") in KNOWN_STATES
                        else STATUS_OK
                    )
                    changes[record["id"]] = {"status": before, "message": ""}
            self.library.catalog.update_many(changes)
        if changes:
            self._announce(Change(reread=True))
        return list(changes)
