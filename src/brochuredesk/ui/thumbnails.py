"""Cover images, read off the GUI thread on first sight and kept in memory.

Requests go to a small queue served newest first: while the user scrolls through thousands
of covers, the ones on screen now are read first and those scrolled past are dropped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QPainter

COVER_SIZE = QSize(150, 210)
LOADERS = 2
MAX_QUEUED = 64  # about two screens of covers


class _Loaded(QObject):
    done = Signal(str, QImage)


class ThumbnailCache(QObject):
    """`image(id, path)` answers at once (a placeholder until the file has been read)."""

    changed = Signal(str)  # brochure id whose cover is now available

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: dict[str, QImage] = {}
        self._queue: OrderedDict[str, Path] = OrderedDict()  # newest last
        self._lock = threading.Lock()
        self._loaders = 0
        self.scale = 2.0  # device pixels per logical pixel the covers are prepared for
        self._signal = _Loaded(self)
        self._signal.done.connect(self._store)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(LOADERS)
        self.placeholder = _placeholder()

    def image(self, key: str, path: Path | None) -> QImage:
        found = self._images.get(key)
        if found is not None:
            return found
        if path is not None:
            with self._lock:
                self._queue[key] = path
                self._queue.move_to_end(key)
                while len(self._queue) > MAX_QUEUED:
                    self._queue.popitem(last=False)  # scrolled past: asked for again if seen
                start = self._loaders < LOADERS
                if start:
                    self._loaders += 1
            if start:
                self.pool.start(self._serve)
        return self.placeholder

    def shutdown(self) -> None:
        """Before the window goes: nothing more is read, running reads finish."""
        with self._lock:
            self._queue.clear()
        self.pool.waitForDone(5000)

    def forget(self, key: str) -> None:
        self._images.pop(key, None)
        with self._lock:
            self._queue.pop(key, None)

    def _serve(self) -> None:
        """A pool thread: read covers, newest request first, until the queue is empty."""
        size = COVER_SIZE * self.scale
        while True:
            with self._lock:
                if not self._queue:
                    self._loaders -= 1
                    return
                key, path = self._queue.popitem(last=True)
            image = QImage(str(path))
            if not image.isNull():
                image = image.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            try:
                self._signal.done.emit(key, image)
            except RuntimeError:  # the window went away meanwhile
                with self._lock:
                    self._queue.clear()
                    self._loaders -= 1
                return

    def _store(self, key: str, image: QImage) -> None:
        self._images[key] = image if not image.isNull() else self.placeholder
        self.changed.emit(key)


def _placeholder() -> QImage:
    image = QImage(COVER_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(200, 200, 205))
    painter.setPen(QColor(160, 160, 170))
    painter.drawRoundedRect(image.rect().adjusted(8, 4, -8, -4), 4, 4)
    painter.setPen(QColor(120, 120, 130))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "PDF")
    painter.end()
    return image
