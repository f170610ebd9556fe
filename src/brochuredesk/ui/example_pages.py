"""The first page of each good-practice example as a small picture for its card: rendered
once in the render process (off the GUI thread) and kept in this machine's cache folder, so
a card shows the example itself rather than the cover of the brochure it is in."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from brochuredesk.core.extract.render import RenderRequest, RenderService
from brochuredesk.core.fsutil import atomic_write
from brochuredesk.core.library.example_records import Example
from brochuredesk.ui.thumbnails import ThumbnailCache
from brochuredesk.ui.workers import TaskRunner

PAGE_ZOOM = 0.55  # a cover-sized picture of an A4 page on a sharp screen


def page_key(brochure_id: str, page: int) -> str:
    return f"{brochure_id}#{page}"


class ExamplePages(QObject):
    """`image(example)`: its first page when it has been drawn, else None (the card shows the
    brochure's cover meanwhile); the picture arrives through `covers.changed(page_key)`."""

    def __init__(
        self,
        covers: ThumbnailCache,
        renderer: RenderService,
        folder: Path,
        source: Callable[[str], tuple[Path, str] | None],  # brochure id → (PDF, password)
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.covers, self.renderer, self.folder, self.source = covers, renderer, folder, source
        self.runner = TaskRunner(self)
        self._asked: set[str] = set()

    def path(self, example: Example) -> Path:
        return self.folder / f"{example.brochure_id}-{example.first_page}.png"

    def image(self, example: Example) -> QImage | None:
        key = page_key(example.brochure_id, example.first_page)
        path = self.path(example)
        if path.is_file():
            return self.covers.image(key, path)
        if key not in self._asked:
            self._asked.add(key)
            found = self.source(example.brochure_id)
            if found is not None:
                pdf, password = found
                request = RenderRequest(pdf, example.first_page, PAGE_ZOOM, password)
                self.runner.start(
                    lambda: self._draw(request, path),
                    on_done=lambda drawn: self._drawn(key, path, drawn),
                )
        return None

    def _drawn(self, key: str, path: Path, drawn: bool) -> None:
        if drawn:
            self.covers.image(key, path)  # read in the background; `changed` tells the cards

    def _draw(self, request: RenderRequest, path: Path) -> bool:
        """A worker thread: the page, rendered and written to the cache (False: it cannot be
        drawn, and the card keeps the cover)."""
        with contextlib.suppress(Exception):
            page = self.renderer.render(request)
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, page.png, durable=False)
            return True
        return False

    def shutdown(self) -> None:
        self.runner.wait(10000)
        self.runner.stop()
