"""The search index and the files, looked after in the background: a missing or outdated
index rebuilt with its progress in the status bar; files moved outside the app, facts and
abbreviations an older version did not read, checked once the window has settled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from brochuredesk.ui.shell import Shell


class IndexController(QObject):
    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window

    def check_files(self) -> None:
        """Once the window has settled, in the background: files moved outside the app,
        facts and abbreviations an older version did not read."""
        if self.w.closed:  # closed before it settled: the library is closed too
            return

        def work() -> bool:
            moved = bool(self.w.service.refresh_missing())
            refreshed = self.w.service.refresh_facts() > 0
            self.w.service.learn_abbreviations()  # for searching only: nothing to show
            return moved or refreshed

        self.w.runner.start(work)  # what changed is announced by the service

    def rebuild(self) -> None:
        """Build a missing or outdated search index in the background."""
        self.w.job.begin(self.tr("Building the search index…"))

        def work(report_progress, cancel):  # type: ignore[no-untyped-def]
            self.w.service.rebuild_index(lambda done, total: report_progress(done, total, ""))

        def done(_: object) -> None:
            self.w.job.end()
            self.w.reload()
            self.w.search_again()

        self.w.runner.start(
            work,
            on_done=done,
            on_error=self.w.error,
            on_progress=lambda done, total, _: self.w.job.step(done, total),
        )
