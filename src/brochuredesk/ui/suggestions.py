"""Suggested examples of a brochure, to accept (opens the form, filled in) or dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brochuredesk.core.examples.suggest import Candidate
from brochuredesk.ui.dialogs import dialog_buttons

CandidateRole = Qt.ItemDataRole.UserRole + 30
PREVIEW_WIDTH = 240


class SuggestionsDialog(QDialog):
    """Accepting opens the form; dismissing is remembered (the window stores it), so the same
    candidate is not offered again; "Offer dismissed again" brings them back."""

    accepted_candidate = Signal(object)
    dismissed_candidate = Signal(object)
    restore_requested = Signal()
    preview_requested = Signal(int)  # the first page of the candidate chosen

    def __init__(
        self,
        brochure_title: str,
        candidates: list[Candidate],
        parent: QWidget | None = None,
        dismissed: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested examples"))
        self.resize(820, 460)
        self.preview = QLabel(self.tr("Choose a suggestion to see its page."))
        self.preview.setAccessibleName(self.tr("Page of the suggestion"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setFixedWidth(PREVIEW_WIDTH)
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
        self.list.currentItemChanged.connect(lambda item, _: self._chosen(item))
        self.brochure_title = brochure_title
        self.shown_page = 0
        header = QLabel()
        header.setWordWrap(True)
        self.header = header
        accept = QPushButton(self.tr("&Accept…"))
        accept.setDefault(True)
        accept.clicked.connect(self._accept_current)
        dismiss = QPushButton(self.tr("&Dismiss"))
        dismiss.clicked.connect(self._dismiss_current)
        self.list.itemActivated.connect(lambda _: self._accept_current())
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        buttons.addButton(accept, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(dismiss, QDialogButtonBox.ButtonRole.ActionRole)
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
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.preview)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._update_buttons()
        self.preview.setVisible(bool(candidates))
        if candidates:
            blocked = self.list.blockSignals(True)
            self.list.setCurrentRow(0)
            self.list.blockSignals(blocked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.list.currentItem() is not None and self.shown_page == 0:
            self._chosen(self.list.currentItem())  # the first one's page, now that it is asked

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.preview.clear()
            return
        self.shown_page = item.data(CandidateRole).first_page
        self.preview.setText(self.tr("Loading page…"))
        self.preview_requested.emit(self.shown_page)

    def show_preview(self, page: int, pixmap: QPixmap) -> None:
        """The page a suggestion begins on, when it has been drawn (if still the one chosen)."""
        if page == self.shown_page:
            self.preview.setPixmap(
                pixmap.scaledToWidth(PREVIEW_WIDTH - 8, Qt.TransformationMode.SmoothTransformation)
            )

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
