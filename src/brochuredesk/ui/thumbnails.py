"""Cover images, read off the GUI thread on first sight and kept in memory."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

COVER_SIZE = QSize(150, 210)


class _Loaded(QObject):
    done = Signal(str, QImage)


def _load_cover(key: str, path: Path, signal: _Loaded) -> None:
    """On a pool thread: read and scale one cover (QImage, unlike QPixmap, is thread-safe)."""
    image = QImage(str(path))
    if not image.isNull():
        image = image.scaled(
            COVER_SIZE * 2, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    signal.done.emit(key, image)


class ThumbnailCache(QObject):
    """`pixmap(id, path)` answers at once (a placeholder until the file has been read)."""

    changed = Signal(str)  # brochure id whose cover is now available

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        self._signal = _Loaded(self)
        self._signal.done.connect(self._store)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.placeholder = _placeholder()

    def pixmap(self, key: str, path: Path | None) -> QPixmap:
        found = self._pixmaps.get(key)
        if found is not None:
            return found
        if path is not None and key not in self._pending:
            self._pending.add(key)
            self.pool.start(partial(_load_cover, key, path, self._signal))
        return self.placeholder

    def forget(self, key: str) -> None:
        self._pixmaps.pop(key, None)
        self._pending.discard(key)

    def _store(self, key: str, image: QImage) -> None:
        self._pending.discard(key)
        self._pixmaps[key] = QPixmap.fromImage(image) if not image.isNull() else self.placeholder
        self.changed.emit(key)


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
