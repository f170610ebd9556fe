"""Painting: covers with title and publisher · year in the grid; search hits as rich text."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from brochuredesk.core.extract.page_labels import shown_page
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.note_records import Note
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.search.engine import Result
from brochuredesk.ui.models import date_text
from brochuredesk.ui.roles import BrochureRole, CoverRole
from brochuredesk.ui.thumbnails import COVER_SIZE

CELL = QSize(COVER_SIZE.width() + 30, COVER_SIZE.height() + 62)
AnyIndex = QModelIndex | QPersistentModelIndex


class CoverDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_names = {  # the stored codes, as a reader says them
            "locked": self.tr("password-protected"), "no-text": self.tr("no text"),
            "missing": self.tr("file missing"), "error": self.tr("unreadable"),
        }  # fmt: skip
        self.new_label = self.tr("New")

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return CELL

    @staticmethod
    def _badge(painter: QPainter, option: QStyleOptionViewItem, cover: QRect, text: str) -> None:
        """'Neu' (not opened yet) or ✓ (evaluated) on the cover's top corner."""
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.8)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(text) + 10
        badge = QRect(
            cover.right() - width - 2, cover.top() + 4, width, painter.fontMetrics().height() + 2
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828") if text != "✓" else QColor("#2e7d32"))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        brochure: Brochure = index.data(BrochureRole)
        palette: QPalette = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if selected:
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 6, 6)
        pixmap: QImage | None = index.data(CoverRole)
        cover = QRect(rect.x() + 15, rect.y() + 8, COVER_SIZE.width(), COVER_SIZE.height())
        if pixmap is not None:
            scaled = pixmap.size().scaled(cover.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(cover.center())
            target.moveBottom(cover.bottom())
            painter.drawImage(target, pixmap)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        if brochure.inbox or brochure.evaluated:
            self._badge(painter, option, cover, self.new_label if brochure.inbox else "✓")
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        title_rect = QRect(rect.x() + 6, cover.bottom() + 6, rect.width() - 12, 32)
        title = _two_lines(brochure.title, painter.fontMetrics(), title_rect.width())
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, title
        )
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        meta_rect = QRect(rect.x() + 6, title_rect.bottom() + 2, rect.width() - 12, 16)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        meta = _meta_line(brochure, painter.fontMetrics(), meta_rect.width(), self.status_names)
        painter.drawText(meta_rect, Qt.AlignmentFlag.AlignHCenter, meta)
        painter.restore()


def _meta_line(
    brochure: Brochure, metrics: QFontMetrics, width: int, status_names: dict[str, str]
) -> str:
    """'Publisher · 06/2018 · no text', the publisher shortened so the rest stays readable."""
    status = "" if brochure.status == "ok" else status_names.get(brochure.status, "")
    tail = " · ".join(x for x in (date_text(brochure), status) if x)
    if not brochure.publisher:
        return tail
    if not tail:
        return metrics.elidedText(brochure.publisher, Qt.TextElideMode.ElideRight, width)
    room = max(20, width - metrics.horizontalAdvance(" · " + tail))
    publisher = metrics.elidedText(brochure.publisher, Qt.TextElideMode.ElideRight, room)
    return f"{publisher} · {tail}"


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """The text wrapped into at most two lines, the second elided."""
    words, first = text.split(), ""
    for i, word in enumerate(words):
        trial = f"{first} {word}".strip()
        if metrics.horizontalAdvance(trial) > width and first:
            rest = " ".join(words[i:])
            return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        first = trial
    return metrics.elidedText(first, Qt.TextElideMode.ElideRight, width)


def snippet_html(snippet: str, ranges: list[tuple[int, int]], mark_color: str) -> str:
    parts, last = [], 0
    for start, end in ranges:
        parts.append(html.escape(snippet[last:start]))
        parts.append(
            f'<b style="background-color:{mark_color}">{html.escape(snippet[start:end])}</b>'
        )
        last = end
    parts.append(html.escape(snippet[last:]))
    return "".join(parts)


DOCUMENT_MARGIN = 4  # QTextDocument's own margin on every side


class ResultDelegate(QStyledItemDelegate):
    """A brochure heading (title, publisher · year) or a hit (page: snippet, hits marked)."""

    def __init__(self, page_label: str, example_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_label = page_label
        self.example_label = example_label
        self.examples: dict[str, Example] = {}  # for the headings of example results
        self.notes: dict[str, Note] = {}  # … and of results that are one's own notes
        self.note_label = ""  # "Note" in the window's language
        self.earlier: dict[str, str] = {}  # earlier edition → newest (the catalog model's)
        self.earlier_label = ""  # "earlier edition" in the window's language
        self._sizes: dict[tuple[int, int, int], QSize] = {}  # (row, width, generation) → size
        self.generation = 0  # bumped by the owner when the results change

    def forget_sizes(self) -> None:
        self.generation += 1
        self._sizes.clear()

    @staticmethod
    def _page(brochure: Brochure, page: int) -> str:
        """ "3", "3 (PDF 6)", and "(OCR)" after a page whose text OCR read."""
        shown = shown_page(brochure.page_labels, page)
        return f"{shown} (OCR)" if page in brochure.ocr_pages else shown

    def _heading(self, brochure: Brochure, result: Result) -> tuple[str, str]:
        """(heading, line below it) of a result: a brochure, or an example in one."""
        meta = " · ".join(x for x in (brochure.publisher, date_text(brochure)) if x)
        if brochure.id in self.earlier and self.earlier_label:
            meta = f"{meta} · {self.earlier_label}" if meta else self.earlier_label
        note = self.notes.get(result.id) if result.kind == "note" else None
        if note is not None:
            said = note.text or f"„{note.quote}“"
            where = f"{brochure.title}, {self.page_label} {self._page(brochure, note.page)}"
            return f"{self.note_label}: {said}", where
        example = self.examples.get(result.id) if result.kind == "example" else None
        if example is None:
            return brochure.title, meta
        facts = " · ".join(x for x in (example.organisation, example.region, example.sector) if x)
        source = f"{brochure.title}, {self.page_label} {example.pages}"
        return f"{self.example_label}: {example.title}", " — ".join(x for x in (facts, source) if x)

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        brochure, result, hit = index.data(BrochureRole)
        palette: QPalette = option.palette
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        mark = "#7a5d00" if dark else "#ffe169"
        text = palette.color(QPalette.ColorRole.Text).name()
        dim = palette.color(QPalette.ColorRole.PlaceholderText).name()
        document = QTextDocument()
        document.setDefaultFont(option.font)
        if hit < 0:
            heading, meta = self._heading(brochure, result)
            body = (
                f'<div style="color:{text}"><b style="font-size:large">'
                f"{html.escape(heading)}</b>"
                f'<br><span style="color:{dim}">{html.escape(meta)}</span></div>'
            )
        else:
            page_hit = result.hits[hit]
            body = (
                f'<div style="color:{text}; margin-left:18px">'
                f'<span style="color:{dim}">{self.page_label} '
                f"{html.escape(self._page(brochure, page_hit.page))}</span>&nbsp;&nbsp;"
                f"{snippet_html(page_hit.snippet, page_hit.highlights, mark)}</div>"
            )
        document.setHtml(body)
        width: int = option.rect.width()
        document.setDocumentMargin(DOCUMENT_MARGIN)
        document.setTextWidth(max(200, width - 8))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        key = (index.row(), option.rect.width(), self.generation)
        size = self._sizes.get(key)
        if size is None:
            size = self._measure(option, index)
            self._sizes[key] = size
        return size

    def _measure(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """The row's height from font metrics: laying out a QTextDocument for each of some
        hundred rows took the GUI thread ~100 ms per search."""
        brochure, result, hit = index.data(BrochureRole)
        width = max(200, option.rect.width() - 8)  # the document's text width (see _document)
        room = width - 2 * DOCUMENT_MARGIN  # what its lines wrap in
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        if hit < 0:
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            heading, meta = self._heading(brochure, result)
            title = QFontMetrics(font).boundingRect(0, 0, room, 10_000, flags, heading)
            below = metrics.boundingRect(0, 0, room, 10_000, flags, meta or " ")
            # a long publisher wraps too: its lines count, or the first hit is drawn over it
            return QSize(width, title.height() + below.height() + 2 * DOCUMENT_MARGIN + 6)
        page = self._page(brochure, result.hits[hit].page)
        text = f"{self.page_label} {page}   {result.hits[hit].snippet}"
        body = metrics.boundingRect(0, 0, room - 18, 10_000, flags, text)
        return QSize(width, body.height() + metrics.lineSpacing() // 2 + 2 * DOCUMENT_MARGIN + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        document = self._document(option, index)
        painter.translate(rect.x() + 4, rect.y() + 3)
        document.drawContents(painter)
        painter.restore()
