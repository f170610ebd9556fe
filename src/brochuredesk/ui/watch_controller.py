"""Watched folders while the window is open: the watch runs on a thread of its own, files it
finds ready are imported in the background (one batch at a time), a status-bar notice leads to
the new brochures, and files that failed wait under "Needs attention"."""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox

from brochuredesk.core.importer.pipeline import ImportReport
from brochuredesk.core.importer.watch import FolderWatch, SeenFiles, run
from brochuredesk.core.importer.watch_import import link_chooser, watched_folders

if TYPE_CHECKING:
    from brochuredesk.ui.shell import Shell


class WatchController(QObject):
    ready = Signal(object)  # list[Path] from the watch thread, handled on the GUI thread
    imported = Signal(object)  # ImportReport, for tests and the notice

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window
        self.watch: FolderWatch | None = None
        self.stop_event = threading.Event()
        self.watch_thread: threading.Thread | None = None
        self.waiting: list[Path] = []
        self.busy = False
        self.new_ids: list[str] = []
        self.ready.connect(self._ready)
        self.notice = QLabel()
        self.notice.setTextFormat(self.notice.textFormat().RichText)
        self.notice.linkActivated.connect(lambda _: self.show_new())
        self.notice.hide()
        window.sidebar.watch_failures_chosen.connect(self.show_failures)

    def start(self) -> None:
        """(Re)start watching the folders set in Preferences (nothing when read-only)."""
        self.stop()
        folders = watched_folders(self.w.service.library.library_id)
        if not folders or self.w.service.read_only:
            self._show_failures_count()
            return
        seen = SeenFiles.of_library(self.w.service.library.root)
        self.watch = FolderWatch([Path(f.path) for f in folders], seen)
        self.link_for = link_chooser(folders)
        self.stop_event = threading.Event()
        watch, stop = self.watch, self.stop_event
        self.watch_thread = threading.Thread(
            target=run, args=(watch, self.ready.emit, stop), name="watch", daemon=True
        )
        self.watch_thread.start()
        self._show_failures_count()

    def stop(self) -> None:
        self.stop_event.set()
        if self.watch is not None:
            self.watch.wake.set()
        if self.watch_thread is not None:
            self.watch_thread.join(timeout=5)
        self.watch_thread = None

    @property
    def seen(self) -> SeenFiles:
        if self.watch is not None:
            return self.watch.seen
        return SeenFiles.of_library(self.w.service.library.root)

    def _ready(self, paths: list[Path]) -> None:
        self.waiting += [p for p in paths if p not in self.waiting]
        self._next()

    def _next(self) -> None:
        if self.busy or not self.waiting or self.watch is None or self.w.closed:
            return
        batch, self.waiting = self.waiting, []
        self.busy = True
        watch = self.watch
        self.w.runner.start(
            lambda: self.w.service.import_watched(watch, batch, self.link_for),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, report: ImportReport) -> None:
        self.busy = False
        if report.added:
            self.new_ids += [b.id for b in report.added]
            count = len(self.new_ids)
            text = (
                self.tr("1 new brochure")
                if count == 1
                else self.tr("%1 new brochures").replace("%1", str(count))
            )
            self.notice.setText(f'<a href="new">{html.escape(text)}</a>')
            self.notice.setToolTip(self.tr("Show the brochures that came from watched folders"))
            self.notice.show()
        self._show_failures_count()
        self.imported.emit(report)
        self._next()

    def _failed(self, message: str) -> None:
        self.busy = False
        self.w.statusBar().showMessage(message, 8000)
        self._next()

    def show_new(self) -> None:
        """Show the catalog with the new brochures chosen; the notice is done with."""
        ids = [i for i in self.new_ids if self.w.model.row_of(i) is not None]
        self.w.clear_search()
        self.w.select_brochures(ids)
        self.new_ids = []
        self.notice.hide()

    def _show_failures_count(self) -> None:
        count = len(self.seen.failures)
        if count != self.w.sidebar.watch_failures:
            self.w.sidebar.watch_failures = count
            self.w.reload()

    def show_failures(self) -> None:
        failures = self.seen.failures
        if not failures:
            return
        rows = "".join(
            f"<li><b>{html.escape(Path(f.path).name)}</b> — {html.escape(f.reason)}"
            f"<br><small>{html.escape(str(Path(f.path).parent))}</small></li>"
            for f in failures
        )
        box = QMessageBox(self.w)
        box.setWindowTitle(self.tr("Not imported from watched folders"))
        box.setTextFormat(box.textFormat().RichText)
        box.setText(f"<ul>{rows}</ul>")
        forget = box.addButton(self.tr("Forget these"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.failures_box = box  # for tests
        box.exec()
        if box.clickedButton() is forget:
            seen = self.seen
            seen.dismiss()
            seen.save()
            self._show_failures_count()
