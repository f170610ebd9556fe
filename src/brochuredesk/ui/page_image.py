"""The page in the viewer: its image, with text selection by dragging over the words.

The words and their boxes come from the render process with the image. A drag selects every
word from the one under the press to the one under the pointer in reading order, as in a PDF
reader; the selection is drawn over the image and offered as plain text (Ctrl+C, or as the
excerpt of a new good-practice example).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from brochuredesk.core.library.safety import is_web_link
from brochuredesk.core.text.clean import dehyphenate

Word = tuple[float, float, float, float, str, int, int]  # box in points, text, block, line


Link = tuple[float, float, float, float, str]  # box in points, http(s) address


class PageImage(QLabel):
    selection_changed = Signal(str)
    link_clicked = Signal(str)  # an http(s) address the user clicked (never another scheme)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.words: list[Word] = []
        self.links: list[Link] = []
        self._press: QPointF | None = None
        self.setMouseTracking(True)  # the pointing hand over links
        self.scale = 1.0  # logical pixels per point
        self.selected: range = range(0)
        self._anchor: int | None = None
        self.marks: list[tuple[str, tuple[float, float, float]]] = []  # (quote, RGB) of notes

    def show_page(
        self, pixmap: QPixmap, scale: float, words: list[Word], links: list[Link] | None = None
    ) -> None:
        """A rendered page; the selection stays when it is the same page at another zoom."""
        same_page = words == self.words
        self.words, self.scale = words, scale
        self.links = [link for link in links or [] if is_web_link(link[4])]
        self.setPixmap(pixmap)
        if not same_page:
            self.clear_selection()
        self.setCursor(Qt.CursorShape.IBeamCursor if words else Qt.CursorShape.ArrowCursor)

    def clear_selection(self) -> None:
        if self.selected:
            self.selected = range(0)
            self.update()
            self.selection_changed.emit("")

    def select_words(self, first: int, last: int) -> None:
        """Select words `first`..`last` (indexes in reading order, either way round)."""
        if not self.words:
            return
        first, last = sorted((max(0, first), min(len(self.words) - 1, last)))
        self.selected = range(first, last + 1)
        self.update()
        self.selection_changed.emit(self.selected_text())

    def select_all(self) -> None:
        self.select_words(0, len(self.words) - 1)

    def selected_text(self) -> str:
        """The selected words as running text: a paragraph (block) per line of text, its lines
        joined and words split at a line end rejoined."""
        blocks: list[list[list[str]]] = []  # blocks → lines → words
        previous: tuple[int, int] | None = None
        for index in self.selected:
            *_, word, block, line = self.words[index]
            if previous is None or previous[0] != block:
                blocks.append([[word]])
            elif previous[1] != line:
                blocks[-1].append([word])
            else:
                blocks[-1][-1].append(word)
            previous = (block, line)
        paragraphs = [
            dehyphenate("\n".join(" ".join(words) for words in lines)).replace("\n", " ")
            for lines in blocks
        ]
        return "\n\n".join(p.strip() for p in paragraphs if p.strip())

    # -- geometry ---------------------------------------------------------------------------
    def _origin(self) -> QPointF:
        pixmap = self.pixmap()
        width = pixmap.width() / pixmap.devicePixelRatio() if not pixmap.isNull() else 0
        return QPointF(max(0.0, (self.contentsRect().width() - width) / 2), 0.0)

    def _rect(self, x0: float, y0: float, x1: float, y1: float) -> QRectF:
        origin, s = self._origin(), self.scale
        return QRectF(origin.x() + x0 * s, origin.y() + y0 * s, (x1 - x0) * s, (y1 - y0) * s)

    def hit_rect(self, box: tuple[float, float, float, float]) -> QRectF:
        """Where a box of the page (in points) is on this widget."""
        return self._rect(*box)

    def word_rect(self, index: int) -> QRectF:
        x0, y0, x1, y1, *_ = self.words[index]
        return self._rect(x0, y0, x1, y1)

    def link_at(self, point: QPointF) -> str | None:
        for x0, y0, x1, y1, uri in self.links:
            if self._rect(x0, y0, x1, y1).contains(point):
                return uri
        return None

    def word_at(self, point: QPointF) -> int | None:
        """The word under `point`, else the nearest one on the page (None without words)."""
        if not self.words:
            return None
        best, best_distance = 0, float("inf")
        for index in range(len(self.words)):
            rect = self.word_rect(index)
            dx = max(rect.left() - point.x(), 0.0, point.x() - rect.right())
            dy = max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())
            distance = dx * dx + 4 * dy * dy  # lines matter more than columns
            if distance < best_distance:
                best, best_distance = index, distance
                if distance == 0:
                    break
        return best

    # -- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        if event.button() == Qt.MouseButton.LeftButton and self.words:
            self._anchor = self.word_at(event.position())
            self.clear_selection()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not event.buttons():
            over_link = self.link_at(event.position()) is not None
            idle = Qt.CursorShape.IBeamCursor if self.words else Qt.CursorShape.ArrowCursor
            self.setCursor(Qt.CursorShape.PointingHandCursor if over_link else idle)
        if self._anchor is not None and event.buttons() & Qt.MouseButton.LeftButton:
            current = self.word_at(event.position())
            if current is not None:
                self.select_words(self._anchor, current)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._anchor = None
        pressed, self._press = self._press, None
        if (
            event.button() == Qt.MouseButton.LeftButton
            and pressed is not None
            and (event.position() - pressed).manhattanLength() < 4  # a click, not a drag
        ):
            uri = self.link_at(event.position())
            if uri is not None:
                self.clear_selection()
                self.link_clicked.emit(uri)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.word_at(event.position())
        if index is not None:
            self.select_words(index, index)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.words or not (self.selected or self.marks):
            return
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        for quote, (r, g, b) in self.marks:  # one's own highlights, under the selection
            painter.setBrush(QColor(int(r * 255), int(g * 255), int(b * 255), 110))
            for rect in self._line_rects(self.find_words(quote)):
                painter.drawRect(rect)
        painter.setBrush(QColor(40, 110, 220, 90))
        for rect in self._line_rects(self.selected):
            painter.drawRect(rect)
        painter.end()

    def find_words(self, quote: str) -> range:
        """The words of this page a quote spans (first occurrence), compared without case,
        spacing or a hyphen at a line end; none when the page does not hold it."""
        wanted = [w for w in re.split(r"\s+", quote.casefold()) if w]
        if not wanted:
            return range(0)
        words = [w[4].casefold() for w in self.words]
        for start in range(len(words) - len(wanted) + 1):
            if words[start : start + len(wanted)] == wanted:
                return range(start, start + len(wanted))
        joined = " ".join(wanted)
        for start in range(len(words)):  # a word split at a line end: "Fach- kräfte"
            text = ""
            for end in range(start, min(len(words), start + len(wanted) + 4)):
                part = words[end]
                text = text[:-1] + part if text.endswith("-") else f"{text} {part}".strip()
                if text == joined:
                    return range(start, end + 1)
        return range(0)

    def _line_rects(self, chosen: range) -> list[QRectF]:
        """One band per line of the chosen words (their boxes joined), as selections look."""
        bands: list[QRectF] = []
        line: tuple[int, int] | None = None
        for index in chosen:
            rect = self.word_rect(index).adjusted(-1, -1, 1, 1)
            here = self.words[index][5:7]
            if bands and here == line:
                bands[-1] = bands[-1].united(rect)
            else:
                bands.append(rect)
            line = (here[0], here[1])
        return bands
