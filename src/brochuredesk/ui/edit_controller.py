"""Changing brochures from the main window: a field edited in the details panel, tags for a
selection, removal, a password or a new place for the file, and the context menu that
offers these. The window builds the widgets; this holds what they do."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
)

from brochuredesk.core import removal
from brochuredesk.core.citations import Cited
from brochuredesk.core.i18n import in_every_language
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.removal import Removed
from brochuredesk.ui.bulk_edit import BulkEditDialog
from brochuredesk.ui.citations import Citations
from brochuredesk.ui.dialogs import run_dialog
from brochuredesk.ui.sidebar import count_facets

if TYPE_CHECKING:
    from brochuredesk.ui.shell import Shell


UNDO_DEPTH = 20
KEPT_WITH = ("edited", "review", "modified")  # put back too, so an undo leaves no trace


@dataclass
class UndoStep:
    what: str  # "change of Title", for the menu
    before: dict[str, dict[str, Any]] = field(default_factory=dict)  # id → fields as they were
    removed: list[Removed] = field(default_factory=list)  # brochures a removal took out
    remove_again: list[str] = field(default_factory=list)  # a redo: these brochures go again


class EditController(QObject):
    """Every change here can be taken back with Edit → Undo (Ctrl+Z), the last first."""

    undo_changed = Signal()

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window
        self.citations = Citations(
            window, lambda work: window.runner.start(work, on_error=window.error)
        )
        self.undo_stack: list[UndoStep] = []
        self.redo_stack: list[UndoStep] = []  # what Undo took back, to do again (Redo)

    def _before(self, ids: list[str], fields: set[str]) -> dict[str, dict[str, Any]]:
        """The named fields of these brochures as they are now (copies)."""
        by_id = {b.id: b for b in self.w.model.all}
        return {
            i: {f: copy.deepcopy(getattr(by_id[i], f)) for f in fields | set(KEPT_WITH)}
            for i in ids
            if i in by_id
        }

    def _remember(self, what: str, before: dict[str, dict[str, Any]]) -> None:
        if before:
            self._push(UndoStep(what, before=before))

    def _push(self, step: UndoStep, *, keep_redo: bool = False) -> None:
        if not keep_redo:
            self.redo_stack = []  # a new edit: what was undone before stays undone
        self.undo_stack.append(step)
        for old in self.undo_stack[:-UNDO_DEPTH]:  # too far back to undo: removals stand
            for removed in old.removed:
                removal.let_go(removed)
        self.undo_stack = self.undo_stack[-UNDO_DEPTH:]
        self.undo_changed.emit()

    def undo(self) -> None:
        if not self.undo_stack or self.w.service.read_only:
            return
        step = self.undo_stack.pop()
        if step.removed:
            self.redo_stack.append(
                UndoStep(step.what, remove_again=[r.brochure.id for r in step.removed])
            )
            self.undo_changed.emit()
            self.w.runner.start(
                lambda: self.w.service.restore(step.removed),
                on_done=lambda brochures: self._restored(step.what, brochures),
                on_error=self.w.error,
            )
            return
        fields = set().union(*(set(values) for values in step.before.values()))
        self.redo_stack.append(UndoStep(step.what, before=self._before(list(step.before), fields)))
        self.undo_changed.emit()
        self.w.runner.start(
            lambda: self.w.service.restore_fields(step.before),
            on_done=lambda brochures: self._undone(step.what, brochures),
            on_error=self.w.error,
        )

    def redo(self) -> None:
        """Do again what Undo took back (Ctrl+Shift+Z), the last undone first."""
        if not self.redo_stack or self.w.service.read_only:
            return
        step = self.redo_stack.pop()
        if step.remove_again:
            ids = step.remove_again
            self.w.runner.start(
                lambda: self.w.service.remove(ids, undoable=True),
                on_done=lambda held: self._redone(UndoStep(step.what, removed=held)),
                on_error=self.w.error,
            )
            return
        fields = set().union(*(set(values) for values in step.before.values()))
        again = UndoStep(step.what, before=self._before(list(step.before), fields))
        self.w.runner.start(
            lambda: self.w.service.restore_fields(step.before),
            on_done=lambda _: self._redone(again),
            on_error=self.w.error,
        )

    def _redone(self, step: UndoStep) -> None:
        self._push(step, keep_redo=True)  # undoable again
        self.w.statusBar().showMessage(self.tr("Redone: %1").replace("%1", step.what), 4000)

    def redo_text(self) -> str:
        return self.redo_stack[-1].what if self.redo_stack else ""

    def _restored(self, what: str, _brochures: list[Brochure]) -> None:
        self.w.statusBar().showMessage(self.tr("Undone: %1").replace("%1", what), 4000)

    def let_go(self) -> None:
        """The window closes: removals can no longer be undone, their files go for good."""
        for step in self.undo_stack:
            for removed in step.removed:
                removal.let_go(removed)
        self.undo_stack = []

    def _undone(self, what: str, _brochures: list[Brochure]) -> None:
        self.w.statusBar().showMessage(self.tr("Undone: %1").replace("%1", what), 4000)

    def undo_text(self) -> str:
        return self.undo_stack[-1].what if self.undo_stack else ""

    def edit(self, brochure_id: str, changes: dict[str, object]) -> None:
        if self.w.service.read_only:
            return
        before = self._before([brochure_id], set(changes))
        names = {
            "title": self.tr("Title"), "subtitle": self.tr("Subtitle"),
            "publisher": self.tr("Publisher"), "date": self.tr("Date"), "year": self.tr("Date"),
            "language": self.tr("Language"), "tags": self.tr("Tags"), "notes": self.tr("Notes"),
        }  # fmt: skip
        fields = ", ".join(dict.fromkeys(names.get(name, name) for name in changes))
        what = self.tr("change of %1").replace("%1", fields)
        self.w.runner.start(
            lambda: self.w.service.update(brochure_id, **changes),
            on_done=lambda brochure: self._done(what, before, [brochure]),
            on_error=self.w.error,
        )

    def bulk_edit(self) -> None:
        """Publisher, date and tags of the selected brochures in one go."""
        chosen = self.w.selected()
        if not chosen or self.w.service.read_only:
            return
        dialog = BulkEditDialog(chosen, self.w)
        if not run_dialog(dialog):
            return
        changes = dialog.changes()
        if not changes:
            return
        fields = {f for c in changes.values() for f in c}
        before = self._before(list(changes), fields)
        what = self.tr("edit of %n brochure(s)", "", len(changes))
        self.w.runner.start(
            lambda: self.w.service.update_several(changes),
            on_done=lambda brochures: self._done(what, before, brochures),
            on_error=self.w.error,
        )

    def _done(
        self, what: str, before: dict[str, dict[str, Any]], _brochures: list[Brochure]
    ) -> None:
        """A change saved: it can be undone (the views heard of it from the service)."""
        self._remember(what, before)

    def edited_several(self, brochures: list[Brochure]) -> None:
        self.w.model.update_brochures(brochures)
        if brochures:
            self.edited(brochures[-1])

    def edited(self, brochure: Brochure) -> None:
        self.w.model.update_brochure(brochure)
        brochures = self.w.model.all
        saved = self.w.service.saved_searches()  # records, not the raw setting
        self.w.sidebar.rebuild(
            count_facets(brochures, self.w.example_model.all), saved, self.w.service.library.name
        )
        self.w.details.set_tag_vocabulary(
            sorted({t for b in brochures for t in b.tags}, key=str.casefold)
        )
        self.w.statusBar().showMessage(self.tr("Saved."), 2000)

    def tag_selected(self) -> None:
        chosen = self.w.selected()
        if not chosen or self.w.service.read_only:
            return
        text, ok = QInputDialog.getText(
            self.w,
            self.tr("Tag"),
            self.tr("Tags for %n brochure(s), comma-separated:", "", len(chosen)),
        )
        tags = [t.strip() for t in text.split(",") if t.strip()]
        if ok and tags:
            ids = [b.id for b in chosen]
            before = self._before(ids, {"tags"})
            what = self.tr("tags for %n brochure(s)", "", len(ids))
            self.w.runner.start(
                lambda: self.w.service.tag(ids, tags),
                on_done=lambda _: self._tagged(what, before),
                on_error=self.w.error,
            )

    def _tagged(self, what: str, before: dict[str, dict[str, Any]]) -> None:
        self._remember(what, before)

    def remove_selected(self) -> None:
        chosen = self.w.selected()
        if not chosen or self.w.service.read_only:
            return
        answer = QMessageBox.question(
            self.w,
            self.tr("Remove from library"),
            self.tr(
                "Remove %n brochure(s) from the library? Their copies in the library folder are deleted when BrochureDesk closes (Edit → Undo brings them back until then); your original files are not touched.",
                "",
                len(chosen),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            ids = [b.id for b in chosen]
            for brochure_id in ids:
                self.w.covers.forget(brochure_id)
            what = self.tr("removal of %n brochure(s)", "", len(ids))
            self.w.runner.start(
                lambda: self.w.service.remove(ids, undoable=True),
                on_done=lambda held: self._removed(what, held),
                on_error=self.w.error,
            )

    def _removed(self, what: str, held: list[Removed]) -> None:
        self._push(UndoStep(what, removed=held))

    def fix_status(self, brochure_id: str, kind: str) -> None:
        if kind == "split":
            self.w.runner.start(
                lambda: self.w.service.split_edition(brochure_id), on_error=self.w.error
            )
        elif kind == "ocr":
            self.recognise_text(brochure_id)
        elif kind == "unlock":
            self.ask_password(brochure_id)
        else:
            path, _ = QFileDialog.getOpenFileName(
                self.w, self.tr("Locate the PDF"), "", self.tr("PDF files (*.pdf)")
            )
            if path:
                self.w.runner.start(
                    lambda: self.w.service.relink(brochure_id, Path(path)),
                    on_error=self.w.error,
                )

    def ask_password(self, brochure_id: str, wrong: bool = False) -> None:
        """The PDF's password, asked again (saying so) while a wrong one is given: a typo must
        not close the dialog and leave the user to find the button again."""
        prompt = self.tr("Password of this PDF:")
        if wrong:
            prompt = self.tr("Wrong password. Try again:")
        password, ok = QInputDialog.getText(
            self.w, self.tr("Password"), prompt, QLineEdit.EchoMode.Password
        )
        if not (ok and password):
            return

        def failed(message: str) -> None:
            if message in in_every_language("wrong_password"):
                self.ask_password(brochure_id, wrong=True)
            else:
                self.w.error(message)

        self.w.runner.start(lambda: self.w.service.unlock(brochure_id, password), on_error=failed)

    def recognise_text(self, brochure_id: str) -> None:
        """OCR of a brochure's scanned pages in the background, with the pages counted."""
        if self.w.import_task is not None:
            self.w.statusBar().showMessage(self.tr("An import is already running."), 4000)
            return
        self.w.job.begin(self.tr("Recognising text (OCR)…"))

        def work(report_progress, cancel):  # type: ignore[no-untyped-def]
            return self.w.service.recognise_text(
                brochure_id, lambda done, pages: report_progress(done, pages, "")
            )

        def progress(done: int, pages: int, _label: str) -> None:
            self.w.job.step(
                done,
                pages,
                self.tr("Recognising text (OCR): page %1 of %2")
                .replace("%1", str(min(done + 1, pages)))
                .replace("%2", str(pages)),
            )

        def finished(_: object = None) -> None:
            self.w.import_task = None
            self.w.job.end()
            self.w.update_count()

        def failed(message: str) -> None:
            finished()
            self.w.error(message)

        self.w.import_task = self.w.runner.start(
            work, on_done=finished, on_error=failed, on_progress=progress
        )

    def join_selected(self) -> None:
        chosen = [b.id for b in self.w.selected()]
        if len(chosen) < 2:
            self.w.statusBar().showMessage(
                self.tr("Choose two or more brochures to join as editions."), 5000
            )
            return
        self.w.runner.start(lambda: self.w.service.join_editions(chosen), on_error=self.w.error)

    def mark_evaluated(self, brochure_ids: list[str], evaluated: bool) -> None:
        """Worked through ("Ausgewertet") or not: a state of one's own reading, shown in the
        sidebar and on the covers."""
        self.w.runner.start(
            lambda: self.w.service.mark_read(brochure_ids, evaluated=evaluated),
            on_error=self.w.error,
        )

    def context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        chosen = self.w.selected()
        if not chosen:
            return
        menu = QMenu(self.w)
        first = chosen[0]
        path = self.w.service.library.file_path(first)
        menu.addAction(self.tr("Open in viewer"), lambda: self.w.open_viewer(first, 1))
        menu.addAction(
            self.tr("Open with system PDF viewer"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        )
        menu.addAction(
            self.tr("Show file in folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))),
        )
        menu.addAction(self.tr("Edit details"), lambda: self.w.details.title.setFocus())
        menu.addSeparator()
        done = all(b.evaluated for b in chosen)
        evaluated = menu.addAction(
            self.tr("Mark as not evaluated") if done else self.tr("Mark as evaluated"),
            lambda: self.mark_evaluated([b.id for b in chosen], not done),
        )
        evaluated.setEnabled(not self.w.service.read_only)
        self.citations.add_menu(menu, [Cited(b) for b in chosen])
        tag = menu.addAction(self.tr("Tag…"), self.tag_selected)
        if len(chosen) >= 2:
            join = menu.addAction(
                self.tr("Join as editions of one publication"), self.join_selected
            )
            join.setEnabled(not self.w.service.read_only)
        remove = menu.addAction(self.tr("Remove from library…"), self.remove_selected)
        tag.setEnabled(not self.w.service.read_only)
        remove.setEnabled(not self.w.service.read_only)
        menu.exec(view.viewport().mapToGlobal(pos))
