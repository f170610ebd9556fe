"""Changes made elsewhere, followed by the open window: another process (the writer, when
this window is read-only) or another machine (a file share, a sync service) changes the
catalog or writes its change log. Looked for every 2 s; shown with the selection kept."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTime, QTimer

if TYPE_CHECKING:
    from brochuredesk.core.library.records import Brochure
    from brochuredesk.core.service import LibraryService
    from brochuredesk.ui.shell import Shell

CATCH_UP_DELAY_MS = 1500  # the index follows a catalog changed elsewhere once the window settled
ELSEWHERE_POLL_MS = 2000  # how often the window looks whether the catalog changed elsewhere


class ElsewhereController(QObject):
    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window
        self.timer = QTimer(self)
        self.timer.setInterval(ELSEWHERE_POLL_MS)
        self.timer.timeout.connect(self.take_changes)

    def start(self) -> None:
        self.timer.start()
        if self.w.service.needs_catch_up:  # changed elsewhere since this machine looked
            QTimer.singleShot(
                CATCH_UP_DELAY_MS,
                lambda: self.w.runner.start(self.w.service.catch_up_index, on_error=self.w.error),
            )

    def take_changes(self) -> None:
        w = self.w
        if w.closed or w.import_task is not None or not w.service.changed_elsewhere():
            return
        self.timer.stop()  # one at a time; on again when it is done
        chosen = w.details.brochure.id if w.details.brochure is not None else None

        def done(taken: object) -> None:
            if w.closed:
                return
            self.timer.start()
            machines = w.service.machines_taken
            if taken and machines:  # says which work reached this window, and when
                w.service.machines_taken = 0
                w.statusBar().showMessage(
                    self.tr(
                        "Changes from %n other machine(s) taken in at %1", "", machines
                    ).replace("%1", QTime.currentTime().toString("HH:mm"))
                )

        def failed(message: str) -> None:
            if not w.closed:
                self.timer.start()
                w.statusBar().showMessage(message, 8000)

        w.runner.start(
            lambda: w.service.take_changes_from_elsewhere(keep=chosen),
            on_done=done,
            on_error=failed,
        )


def missing_file_text(service: LibraryService, brochure: Brochure, path: Path) -> str:
    """Why a brochure's file cannot be opened: still on its way from the machine that
    imported it (a team library's sync service has not brought it yet), or missing."""
    if service.file_arriving(brochure):
        return QCoreApplication.translate(
            "MainWindow",
            "This brochure was imported on another machine and its file has not arrived yet. "
            "It opens as soon as the sync service has brought it: %1",
        ).replace("%1", str(path))
    return QCoreApplication.translate(
        "MainWindow", "The file of this brochure is missing: %1"
    ).replace("%1", str(path))
