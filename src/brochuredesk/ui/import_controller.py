"""The import room of the main window: files and folders from the menu or dropped on the
window, imported off the GUI thread with progress and cancel, new brochures put into their
places in the views, and a summary of what did not come in."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from brochuredesk.core.importer.pipeline import ImportEvent, ImportReport
from brochuredesk.core.library.records import Brochure
from brochuredesk.ui.saved_news import saved_search_news
from brochuredesk.ui.sidebar import count_facets
from brochuredesk.ui.stack import EMPTY, GRID, TABLE

if TYPE_CHECKING:
    from brochuredesk.ui.shell import Shell


class ImportController(QObject):
    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window
        self.summary_box: QMessageBox | None = None  # what the last import left out
        # The way to it: a link in the status bar. A box that opened by itself took the
        # keyboard from whatever the user was typing when a long import ended.
        self.notice = QLabel()
        self.notice.setTextFormat(self.notice.textFormat().RichText)
        self.notice.linkActivated.connect(lambda _: self.show_summary())
        self.notice.hide()

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.w,
            self.tr("Import PDFs"),
            str(Path.home()),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.w, self.tr("Import a folder of PDFs"), str(Path.home())
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders: the one path for Import… and drag and drop."""
        if self.w.service.read_only:
            self.w.error(self.tr("This library is read-only."))
            return
        if self.w.import_task is not None:
            self.w.statusBar().showMessage(self.tr("An import is already running."), 4000)
            return
        self.w.job.begin(self.tr("Importing…"), cancellable=True)

        def work(report_progress, cancel):  # type: ignore[no-untyped-def]
            def on_event(event: ImportEvent) -> None:
                name = Path(event.path).name if event.path else ""
                if event.stage == "extract":
                    report_progress(event.done, event.total, name)
                elif event.stage == "ocr":  # pages of a scan being read: "ocr:" marks them
                    report_progress(event.done, event.total, f"ocr:{name}")

            return self.w.service.import_paths(paths, progress=on_event, cancel=cancel)

        self.w.import_task = self.w.runner.start(
            work,
            on_done=self.imported,
            on_error=self.failed,
            on_progress=self.progress,
        )

    def add_to_views(self, added: list[Brochure]) -> None:
        """Show newly imported brochures without re-reading the whole catalog."""
        self.w.model.add_brochures(added)
        brochures = self.w.model.all
        saved = self.w.service.saved_searches()
        self.w.sidebar.rebuild(
            count_facets(brochures, self.w.example_model.all), saved, self.w.service.library.name
        )
        service = self.w.service  # what the saved searches find new, counted off the GUI thread
        self.w.runner.start(
            lambda: saved_search_news(service, service.brochures(), saved),
            on_done=self.w.sidebar.set_news,
        )
        if self.w.center.currentIndex() == EMPTY:
            self.w.center.setCurrentIndex(self.w.catalog_view)
        # Only an import the user started here chooses what it brought in; one from a watched
        # folder or another process never moves the selection (and the details with it) from
        # under the user, least of all while a field there is being typed in.
        own = self.w.import_task is not None
        if own and self.w.center.currentIndex() in (GRID, TABLE) and not self.w.typing_in_details():
            self.w.select_brochure(added[0].id, scroll=False)
        self.w.update_count()

    def progress(self, done: int, total: int, label: str) -> None:
        if label.startswith("ocr:"):
            # OCR takes seconds a page: the bar counts the scan's pages while it is read.
            self.w.job.step(
                done,
                total,
                self.tr("Recognising text (OCR) in %1: page %2 of %3")
                .replace("%1", label.removeprefix("ocr:"))
                .replace("%2", str(min(done + 1, total)))
                .replace("%3", str(total)),
            )
            return
        self.w.job.step(
            done,
            total,
            self.tr("Importing %1 of %2 …").replace("%1", str(done)).replace("%2", str(total)),
        )

    def cancel(self) -> None:
        if self.w.import_task is not None:
            self.w.import_task.cancel.set()
            self.w.status_label.setText(self.tr("Cancelling…"))

    def done(self) -> None:
        self.w.import_task = None
        self.w.job.end()
        self.w.update_count()  # "Importing 5 of 5 …" gives way to the count, whatever came in

    def failed(self, message: str) -> None:
        self.done()
        self.w.reload()  # a batch may have come in before the failure
        self.w.error(message)

    def imported(self, report: ImportReport) -> None:
        self.done()  # the new brochures came to the views with the service's announcement
        summary = self.tr("%n brochure(s) added", "", len(report.added))
        if report.duplicates:
            summary += " · " + self.tr("%n duplicate(s)", "", len(report.duplicates))
        if report.failed:
            summary += " · " + self.tr("%n failed", "", len(report.failed))
        if report.cancelled:
            summary += " · " + self.tr("cancelled")
        if not (report.failed or report.duplicates):
            self.w.statusBar().showMessage(summary, 10000)
            self.notice.hide()
        else:
            lines = [f"<b>{html.escape(summary)}</b>"]
            titles = {b.id: b.title for b in self.w.model.all}
            for path, existing in report.duplicates[:30]:
                lines.append(
                    html.escape(
                        self.tr("%1: already in the library as “%2”")
                        .replace("%1", Path(path).name)
                        .replace("%2", titles.get(existing, existing))
                    )
                )
            for path, reason in report.failed[:30]:
                lines.append(html.escape(f"{Path(path).name}: {reason}"))
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Import finished"),
                "<br>".join(lines),
                parent=self.w,
            )
            box.setModal(False)
            self.summary_box = box
            self.notice.setText(
                f'<a href="summary">{html.escape(summary)} – {html.escape(self.tr("Details"))}</a>'
            )
            self.notice.setToolTip(self.tr("What the import left out, and why"))
            self.notice.show()

    def show_summary(self) -> None:
        """The last import's duplicates and failures, when the user asks for them."""
        self.notice.hide()
        if self.summary_box is not None:
            self.summary_box.show()
            self.summary_box.raise_()
