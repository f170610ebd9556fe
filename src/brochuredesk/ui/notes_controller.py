"""Notes of one's own in the app: a note on a page or on the words selected there (then they
are highlighted in the note's colour), the list of a brochure's notes in the details, each
entry opening its page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
)

from brochuredesk.core.library.note_records import COLORS, Note
from brochuredesk.ui.dialogs import dialog_buttons, run_dialog

if TYPE_CHECKING:
    from brochuredesk.ui.shell import Shell


class NoteDialog(QDialog):
    def __init__(self, quote: str, parent: QObject | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("Note"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Note"))
        self.color = QComboBox()
        names = {"yellow": self.tr("Yellow"), "green": self.tr("Green"),
                 "blue": self.tr("Blue"), "pink": self.tr("Pink")}  # fmt: skip
        for key in COLORS:
            self.color.addItem(names[key], key)
        form = QFormLayout(self)
        if quote:
            shown = QLabel(f"„{quote}“")
            shown.setWordWrap(True)
            form.addRow(self.tr("Highlighted"), shown)
            form.addRow(self.tr("Colour"), self.color)
        form.addRow(self.tr("Note"), self.text)
        form.addRow(dialog_buttons(self, QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel))  # fmt: skip
        self.resize(460, 260)


class NotesController(QObject):
    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window
        self.dialog: NoteDialog | None = None  # the open one (tests fill it in)

    def new(self, page: int, quote: str) -> None:
        """The viewer asked for a note on `page` (on the words `quote`, when selected)."""
        brochure = self.w.viewer.brochure
        if brochure is None or self.w.service.read_only:
            return
        dialog = NoteDialog(quote, self.w)
        self.dialog = dialog
        if not run_dialog(dialog):
            return
        text, color = dialog.text.toPlainText().strip(), dialog.color.currentData()
        if not text and not quote:
            return
        self.w.runner.start(
            lambda: self.w.service.add_note(brochure.id, page, text, quote, color),
            on_done=lambda _: self.show_for(brochure.id),
            on_error=self.w.error,
        )

    def show_for(self, brochure_id: str) -> None:
        """The notes of the brochure in the viewer marked there, listed in the details."""
        self.w.example_model.set_notes(self.w.service.notes())  # the cards count them
        notes = self.w.service.notes(brochure_id)
        if self.w.viewer.brochure is not None and self.w.viewer.brochure.id == brochure_id:
            self.w.viewer.set_notes(
                [(n.page, n.quote, COLORS.get(n.color, COLORS["yellow"])) for n in notes]
            )
        if self.w.details.brochure is not None and self.w.details.brochure.id == brochure_id:
            self.w.details.set_notes(notes, self.tr("p."))

    def open(self, note: Note) -> None:
        brochure = self.w.service.library.catalog.get(note.brochure_id)
        self.w.open_viewer(brochure, note.page)
