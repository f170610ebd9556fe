"""Suggested examples of a brochure, to accept (opens the form, filled in) or dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.suggest import Candidate

CandidateRole = Qt.ItemDataRole.UserRole + 30


class SuggestionsDialog(QDialog):
    """Accepting opens the form; dismissing is remembered (the window stores it), so the same
    candidate is not offered again; "Offer dismissed again" brings them back."""

    accepted_candidate = Signal(object)
    dismissed_candidate = Signal(object)
    restore_requested = Signal()

    def __init__(
        self,
        brochure_title: str,
        candidates: list[Candidate],
        parent: QWidget | None = None,
        dismissed: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested examples"))
        self.resize(640, 420)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Suggested examples"))
        for candidate in candidates:
            facts = " · ".join(
                x for x in (candidate.organisation, candidate.region, candidate.sector) if x
            )
            label = (
                self.tr("p. %1: %2").replace("%1", candidate.pages).replace("%2", candidate.title)
            )
            item = QListWidgetItem(f"{label}\n    {facts}" if facts else label)
            item.setData(CandidateRole, candidate)
            self.list.addItem(item)
        if candidates:
            self.list.setCurrentRow(0)
        self.brochure_title = brochure_title
        header = QLabel()
        header.setWordWrap(True)
        self.header = header
        accept = QPushButton(self.tr("&Accept…"))
        accept.setDefault(True)
        accept.clicked.connect(self._accept_current)
        dismiss = QPushButton(self.tr("&Dismiss"))
        dismiss.clicked.connect(self._dismiss_current)
        self.list.itemActivated.connect(lambda _: self._accept_current())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(accept, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(dismiss, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        accept.setEnabled(bool(candidates))
        dismiss.setEnabled(bool(candidates))
        self.accept_button, self.dismiss_button = accept, dismiss
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        if dismissed:
            restore = QPushButton(self.tr("Offer %n dismissed suggestion(s) again", "", dismissed))
            restore.clicked.connect(self._restore)
            self.restore_button: QPushButton | None = restore
            layout.addWidget(restore, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.restore_button = None
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._update_buttons()

    def _accept_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            candidate = item.data(CandidateRole)
            self.list.takeItem(self.list.row(item))
            self._update_buttons()
            self.accepted_candidate.emit(candidate)

    def _dismiss_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            candidate = item.data(CandidateRole)
            self.list.takeItem(self.list.row(item))
            self.dismissed_candidate.emit(candidate)
        self._update_buttons()

    def _restore(self) -> None:
        self.restore_requested.emit()
        self.accept()

    def _update_buttons(self) -> None:
        """The buttons and the count as the list is now (one fewer after each choice)."""
        left = self.list.count()
        self.header.setText(
            self.tr("%n suggestion(s) in “%1”", "", left).replace("%1", self.brochure_title)
        )
        self.accept_button.setEnabled(left > 0)
        self.dismiss_button.setEnabled(left > 0)
