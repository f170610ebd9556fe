"""The controller behind "Suggest examples in all brochures": scans the library in the
background, fills the review queue, and stores each decision through the service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from brochuredesk.core.examples.suggest import Candidate
from brochuredesk.core.extract.render import RenderedPage, RenderRequest, RenderService
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.service import LibraryService
from brochuredesk.ui.example_form import ExampleDialog
from brochuredesk.ui.review_queue import ReviewQueue
from brochuredesk.ui.workers import TaskRunner

PREVIEW_ZOOM = 0.5  # pixels per point: an A4 page comes out 421 pixels high


class SuggestionReview(QObject):
    def __init__(
        self,
        window: QWidget,
        service: LibraryService,
        runner: TaskRunner,
        renderer: RenderService,
        error: Callable[[str], None],
        known_examples: Callable[[], list[Example]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.runner = runner
        self.renderer = renderer
        self.error = error
        self.known_examples = known_examples
        self.queue: ReviewQueue | None = None

    def start(self) -> ReviewQueue:
        """Open the queue (or bring the open one forward) and scan the library."""
        if self.queue is not None and self.queue.isVisible():
            self.queue.raise_()
            self.queue.activateWindow()
            return self.queue
        queue = ReviewQueue(self.window, self.service.read_only)
        self.queue = queue
        queue.accept_requested.connect(self._accept)
        queue.dismiss_requested.connect(self._dismiss)
        queue.edit_requested.connect(self._edit)
        queue.preview_requested.connect(self._preview)
        queue.finished.connect(lambda _: self._closed(queue))
        task = self.runner.start(
            lambda progress, cancel: self.service.suggestions_everywhere(
                lambda done, total: progress(done, total), cancel.is_set
            ),
            on_done=lambda found: self._found(queue, found),
            on_error=self.error,
            on_progress=lambda done, total, _: queue.set_progress(done, total),
        )
        queue.cancel_requested.connect(task.cancel.set)
        queue.finished.connect(lambda _: task.cancel.set())
        queue.show()
        return queue

    def _closed(self, queue: ReviewQueue) -> None:
        if self.queue is queue:
            self.queue = None
        queue.deleteLater()

    def _found(self, queue: ReviewQueue, found: list[tuple[Brochure, Candidate]]) -> None:
        queue.add(found)
        queue.scan_finished()

    def _accept(self, brochure: Brochure, candidate: Candidate, changes: dict[str, Any]) -> None:
        self.runner.start(
            lambda: self.service.accept_suggestion(brochure.id, candidate, **changes),
            on_done=lambda _: self._decided(candidate, True),
            on_error=self.error,
        )

    def _dismiss(self, brochure: Brochure, candidate: Candidate) -> None:
        self.runner.start(
            lambda: self.service.dismiss_suggestion(brochure.id, candidate),
            on_done=lambda _: self._decided(candidate, False),
            on_error=self.error,
        )

    def _edit(self, brochure: Brochure, candidate: Candidate, shown: Candidate) -> None:
        """The full form, filled with the facts as shown in the queue."""
        values = {
            "first_page": shown.first_page, "last_page": shown.last_page, "title": shown.title,
            "organisation": shown.organisation, "region": shown.region, "sector": shown.sector,
            "fields_of_action": shown.fields, "url": shown.url or shown.contact,
        }  # fmt: skip
        excerpt = self.service.excerpt(brochure.id, shown.first_page, shown.last_page)
        dialog = ExampleDialog(
            brochure.title, brochure.page_count, excerpt, self.known_examples(), values,
            self.queue or self.window,
        )  # fmt: skip
        accepted = bool(dialog.exec())
        chosen = dialog.values() if accepted else None
        dialog.deleteLater()
        if chosen is not None:
            self._accept(brochure, candidate, chosen)

    def _decided(self, candidate: Candidate, accepted: bool) -> None:
        if self.queue is not None:
            self.queue.done_with(candidate, accepted)

    def _preview(self, brochure: Brochure, page: int) -> None:
        request = RenderRequest(self.service.library.file_path(brochure), page, PREVIEW_ZOOM,
                                brochure.password)  # fmt: skip
        self.runner.start(
            lambda: self.renderer.render(request),
            on_done=lambda rendered: self._show(brochure.id, page, rendered),
            on_error=lambda _: None,  # the queue shows the facts without the picture
        )

    def _show(self, brochure_id: str, page: int, rendered: RenderedPage) -> None:
        if self.queue is not None:
            pixmap = QPixmap()
            pixmap.loadFromData(rendered.png)
            self.queue.show_preview(brochure_id, page, pixmap)
