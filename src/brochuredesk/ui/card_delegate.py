"""Cards of good-practice examples: the example's first page, title, organisation and
region, fields of action as chips, the summary (else the saved excerpt), and where the
example stands."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from brochuredesk.core.library.example_records import Example
from brochuredesk.ui.roles import BrochureTitleRole, CoverRole, ExampleRole, NoteCountRole

CARD = QSize(360, 184)
COVER = QSize(64, 90)
MARGIN = 10
AnyIndex = QModelIndex | QPersistentModelIndex


class ExampleCardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        example: Example = index.data(ExampleRole)
        palette: QPalette = option.palette
        card = QRect(option.rect).adjusted(5, 5, -5, -5)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(border)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        if selected:
            tint = QColor(border)
            tint.setAlpha(40)
            painter.setBrush(tint)
            painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)

        cover_rect = QRect(card.x() + MARGIN, card.y() + MARGIN, COVER.width(), COVER.height())
        image: QImage | None = index.data(CoverRole)
        if image is not None and not image.isNull():
            size = image.size().scaled(cover_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(cover_rect.topLeft(), size)
            painter.drawImage(target, image)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target.adjusted(0, 0, -1, -1))

        left = cover_rect.right() + MARGIN + 2
        width = card.right() - MARGIN - left
        text_color = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        y = card.y() + MARGIN - 2

        title_font = QFont(option.font)
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.08)
        painter.setFont(title_font)
        painter.setPen(text_color)
        metrics = QFontMetrics(title_font)
        title_lines = _wrap(example.title, metrics, width, 2)
        for line in title_lines:
            painter.drawText(
                QRect(left, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, line
            )
            y += metrics.height()

        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.92)
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        facts = " · ".join(x for x in (example.organisation, example.region, example.sector) if x)
        if facts:
            painter.setPen(dim)
            painter.drawText(
                QRect(left, y + 1, width, small_metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                small_metrics.elidedText(facts, Qt.TextElideMode.ElideRight, width),
            )
            y += small_metrics.height() + 4

        y = _chips(painter, example.fields_of_action, QRect(left, y, width, 40), small, palette)

        # The summary, else the passage saved from the page (in quotes, in italics).
        body = example.summary or (
            f"„{' '.join(example.excerpt.split())}“" if example.excerpt else ""
        )
        if body:
            body_font = QFont(option.font)
            body_font.setItalic(not example.summary)
            painter.setFont(body_font)
            painter.setPen(text_color)
            body_metrics = QFontMetrics(body_font)
            room = (
                card.bottom() - MARGIN - small_metrics.height() - 4 - y
            ) // body_metrics.height()
            for line in _wrap(body, body_metrics, width, max(0, room)):
                painter.drawText(
                    QRect(left, y, width, body_metrics.height()), Qt.AlignmentFlag.AlignLeft, line
                )
                y += body_metrics.height()

        page_label = self.tr("p.")
        source = f"{index.data(BrochureTitleRole)}, {page_label} {example.pages}"
        notes = index.data(NoteCountRole) or 0
        if notes:  # one's own notes on its pages
            source += " · " + self.tr("%n note(s)", "", notes)
        painter.setFont(small)
        painter.setPen(dim)
        bottom = QRect(card.x() + MARGIN, card.bottom() - MARGIN - small_metrics.height() + 2,
                       card.width() - 2 * MARGIN, small_metrics.height())  # fmt: skip
        if bottom.top() < cover_rect.bottom() + 4:
            bottom.setLeft(left)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft,
            small_metrics.elidedText(source, Qt.TextElideMode.ElideMiddle, bottom.width()),
        )
        painter.restore()


def _wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """`text` in at most `max_lines` lines of `width`, the last one elided."""
    lines: list[str] = []
    words = text.split()
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        if len(lines) == max_lines - 1:
            rest = " ".join(words[i - len(current.split()) :])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
        lines.append(current)
        current = word
    if current and len(lines) < max_lines:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines


def _chips(painter: QPainter, names: list[str], area: QRect, font: QFont, palette: QPalette) -> int:
    """Fields of action as rounded chips, wrapped into `area`; the y below the last row."""
    if not names:
        return area.top()
    metrics = QFontMetrics(font)
    height = metrics.height() + 4
    x, y = area.left(), area.top()
    painter.setFont(font)
    fill = QColor(palette.color(QPalette.ColorRole.Highlight))
    fill.setAlpha(45)
    for name in names:
        width = metrics.horizontalAdvance(name) + 14
        if x + width > area.right() and x > area.left():
            if y + 2 * height + 3 > area.bottom():
                break
            x, y = area.left(), y + height + 3
        width = min(width, area.width())
        chip = QRectF(x, y, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            chip, Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - 10),
        )  # fmt: skip
        x += width + 5
    return y + height + 6
