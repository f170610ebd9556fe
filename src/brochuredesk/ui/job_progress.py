"""The status bar's progress bar, its text and its Cancel button, for the one long job that
runs at a time (an import, OCR of a brochure, rebuilding the index): begun, stepped and ended
the same way by whichever controller runs it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget


class StatusBarRow(QObject):
    """The status bar's right side: notices (new brochures, a finished import), the count,
    and the progress bar with Cancel of the running job."""

    def __init__(self, bar: QStatusBar, notices: list[QLabel], cancel: Callable[[], None]) -> None:
        super().__init__(bar)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(cancel)
        self.status_label = QLabel()
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (*notices, self.status_label, self.progress, self.cancel_button):
            row.addWidget(widget)
        bar.addPermanentWidget(holder)
        self.job = JobProgress(self.progress, self.cancel_button, self.status_label)


class JobProgress:
    def __init__(self, bar: QProgressBar, cancel_button: QPushButton, label: QLabel) -> None:
        self.bar, self.cancel_button, self.label = bar, cancel_button, label
        self.end()  # nothing runs yet

    def begin(self, text: str, *, cancellable: bool = False) -> None:
        """Shown busy (no count yet) with `text`; Cancel only for a job that can stop."""
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.setVisible(cancellable)
        self.label.setText(text)

    def step(self, done: int, total: int, text: str | None = None) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        if text is not None:
            self.label.setText(text)

    def end(self) -> None:
        """Gone from the status bar; its text is the caller's to replace (the count)."""
        self.bar.hide()
        self.cancel_button.hide()
