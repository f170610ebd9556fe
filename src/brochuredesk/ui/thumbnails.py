"""Cover images, read on first sight and kept in memory.

Covers are decoded on the GUI thread in small slices (a few milliseconds per event-loop turn)
rather than on pool threads: with Python 3.11, decoding QImages on a second thread while the
GUI thread paints crashed PySide6 6.12 ("deallocating None"); slices keep the window as fluid
and cannot crash.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

COVER_SIZE = QSize(150, 210)
SLICE_SECONDS = 0.008  # the longest the GUI thread spends on covers per event-loop turn
MAX_PENDING = 400  # covers scrolled past are dropped from the queue, newest wins


class ThumbnailCache(QObject):
    """`pixmap(id, path)` answers at once (a placeholder until the file has been read)."""

    changed = Signal(str)  # brochure id whose cover is now available

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[str, QPixmap] = {}
        self._pending: OrderedDict[str, Path] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._load_some)
        self.placeholder = _placeholder()

    def pixmap(self, key: str, path: Path | None) -> QPixmap:
        found = self._pixmaps.get(key)
        if found is not None:
            return found
        if path is not None:
            self._pending[key] = path
            self._pending.move_to_end(key, last=False)  # what is on screen now comes first
            while len(self._pending) > MAX_PENDING:
                self._pending.popitem(last=True)
            if not self._timer.isActive():
                self._timer.start()
        return self.placeholder

    def forget(self, key: str) -> None:
        self._pixmaps.pop(key, None)
        self._pending.pop(key, None)

    def _load_some(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._pending and time.perf_counter() < deadline:
            key, path = self._pending.popitem(last=False)
            image = QImage(str(path))
            if image.isNull():
                self._pixmaps[key] = self.placeholder
            else:
                scaled = image.scaled(
                    COVER_SIZE * 2, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )  # fmt: skip
                self._pixmaps[key] = QPixmap.fromImage(scaled)
            self.changed.emit(key)
        if not self._pending:
            self._timer.stop()


def _placeholder() -> QPixmap:
    pixmap = QPixmap(COVER_SIZE)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(200, 200, 205))
    painter.setPen(QColor(160, 160, 170))
    painter.drawRoundedRect(pixmap.rect().adjusted(8, 4, -8, -4), 4, 4)
    painter.setPen(QColor(120, 120, 130))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "PDF")
    painter.end()
    return pixmap
