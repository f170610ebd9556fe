"""The review queue: every suggested example of the library in one list, reviewed from the
keyboard. Enter accepts with the facts shown (edited in place if need be), Del dismisses,
F2 opens the full form, ↓ moves on; the page and the reason for the suggestion stand beside.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPainter, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from brochuredesk.core.examples.suggest import Candidate
from brochuredesk.core.library.example_records import LAENDER
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.plain import replace

EntryRole = Qt.ItemDataRole.UserRole + 31
PREVIEW_HEIGHT = 400


class EntryDelegate(QStyledItemDelegate):
    """A suggestion as three lines: its title in bold, its facts, where it stands (muted)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, 3 * line + 14)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        _, candidate = index.data(EntryRole)
        palette: QPalette = option.palette
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        line = option.fontMetrics.height()
        width = rect.width() - 16
        facts = " · ".join(x for x in (candidate.organisation, candidate.region) if x)
        where = index.data(Qt.ItemDataRole.DisplayRole).rsplit(" — ", 1)[-1]
        for row, (text, bold, role) in enumerate(
            (
                (candidate.title, True, text_role),
                (facts, False, text_role),
                (where, False, muted_role),
            )
        ):
            font = QFont(option.font)
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(palette.color(role))
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(rect.x() + 8, rect.y() + 6 + row * line, width, line), 0, elided)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()


class ReviewQueue(QDialog):
    """Signals carry (brochure, candidate[, changes]); the controller does the work and
    calls back done(), so the queue never writes the catalog itself."""

    accept_requested = Signal(object, object, object)  # brochure, candidate, changes
    dismiss_requested = Signal(object, object)
    edit_requested = Signal(object, object, object)  # brochure, candidate, as shown
    preview_requested = Signal(object, int)  # brochure, page
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review suggested examples"))
        self.resize(980, 620)
        self.setMinimumSize(720, 460)
        self.read_only = read_only
        self.accepted_count = self.dismissed_count = 0
        self.searched = 0  # brochures looked through
        self.scanning = True
        self.header = QLabel(self.tr("Looking for examples in all brochures…"))
        self.header.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.clicked.connect(self.cancel_requested)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Suggested examples"))
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(210, PREVIEW_HEIGHT)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.evidence = QLabel()  # the lines the facts were read from, to check them at a glance
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        self.evidence.setAccessibleName(self.tr("Read from the page:"))
        self.title = QLineEdit()
        self.organisation = QLineEdit()
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(["", *LAENDER])
        self.sector = QLineEdit()
        self.fields = QLineEdit()
        self.fields.setPlaceholderText(self.tr("comma-separated"))
        self.url = QLineEdit()
        for line in (self.title, self.organisation, self.sector, self.fields, self.url):
            line.returnPressed.connect(self.accept_current)
        region_line = self.region.lineEdit()
        if region_line is not None:
            region_line.returnPressed.connect(self.accept_current)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("&Sector"), self.sector)
        form.addRow(self.tr("&Fields of action"), self.fields)
        form.addRow(self.tr("&Contact / web"), self.url)
        for label, widget in (
            (self.tr("Title"), self.title), (self.tr("Organisation"), self.organisation),
            (self.tr("Region"), self.region), (self.tr("Sector"), self.sector),
            (self.tr("Fields of action"), self.fields), (self.tr("Contact / web"), self.url),
        ):  # fmt: skip
            widget.setAccessibleName(label)

        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Enter"))
        self.accept_button.clicked.connect(self.accept_current)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("F2"))
        self.edit_button.clicked.connect(self.edit_current)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Del"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Down arrow"))
        self.next_button.clicked.connect(self.next)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for key, slot in (
            ("Delete", self.dismiss_current),
            ("Return", self.accept_current),
            ("Enter", self.accept_current),
        ):  # fmt: skip
            shortcut = QShortcut(QKeySequence(key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        QShortcut(QKeySequence("F2"), self).activated.connect(self.edit_current)

        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(8, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        facts = QVBoxLayout()
        facts.addWidget(self.source)
        facts.addWidget(self.reason)
        facts.addLayout(form)
        facts.addWidget(self.evidence)
        facts.addStretch(1)
        top.addLayout(facts, 1)
        right.addLayout(top, 1)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.dismiss_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 600])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        # When a finished search found nothing: say so and what else there is, instead of an
        # empty list beside an empty form.
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_close = QPushButton(self.tr("Close"))
        self.empty_close.clicked.connect(self.reject)
        self.empty_box = QWidget()
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_close, 0, Qt.AlignmentFlag.AlignRight)
        self.empty_box.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty_box, 1)
        self._update()

    # -- filled by the controller -------------------------------------------------------------

    def set_progress(self, done: int, total: int) -> None:
        self.searched = total
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("%1 of %2 brochures").replace("%1", str(done)).replace("%2", str(total))
        )

    def add(self, found: list[tuple[Brochure, Candidate]]) -> None:
        for brochure, candidate in found:
            item = QListWidgetItem(self._label(brochure, candidate))  # read by screen readers
            item.setData(EntryRole, (brochure, candidate))
            self.list.addItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def scan_finished(self) -> None:
        self.scanning = False
        self.progress.hide()
        self.stop.hide()
        self._update()
        (self.list if self.list.count() else self.empty_close).setFocus()

    def show_preview(self, brochure_id: str, page: int, pixmap: QPixmap) -> None:
        current = self.current()
        if current and current[0].id == brochure_id and current[1].first_page == page:
            self.preview.setPixmap(
                pixmap.scaledToHeight(PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )

    def done_with(self, candidate: Candidate, accepted: bool) -> None:
        """The controller stored the decision: take the entry out and move on."""
        for row in range(self.list.count()):
            entry = self.list.item(row).data(EntryRole)
            if entry[1] is candidate:
                self.list.takeItem(row)
                self.list.setCurrentRow(min(row, self.list.count() - 1))
                break
        if accepted:
            self.accepted_count += 1
        else:
            self.dismissed_count += 1
        self._update()

    # -- the user's choices ---------------------------------------------------------------------

    def current(self) -> tuple[Brochure, Candidate] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        brochure, candidate = item.data(EntryRole)
        return brochure, candidate

    def accept_current(self) -> None:
        current = self.current()
        if current is None or self.read_only:
            return
        self.accept_requested.emit(current[0], current[1], self.changes())

    def dismiss_current(self) -> None:
        current = self.current()
        if current is not None and not self.read_only:
            self.dismiss_requested.emit(*current)

    def edit_current(self) -> None:
        current = self.current()
        if current is not None and not self.read_only:
            brochure, candidate = current
            self.edit_requested.emit(brochure, candidate, self._edited(candidate))

    def next(self) -> None:
        if self.list.count():
            self.list.setCurrentRow((self.list.currentRow() + 1) % self.list.count())

    def changes(self) -> dict[str, object]:
        """The facts as shown in the form (the user may have corrected them)."""
        return {
            "title": self.title.text().strip(),
            "organisation": self.organisation.text().strip(),
            "region": self.region.currentText().strip(),
            "sector": self.sector.text().strip(),
            "fields_of_action": [f.strip() for f in self.fields.text().split(",") if f.strip()],
            "url": self.url.text().strip(),
        }

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_current()  # Enter accepts the suggestion, never closes the queue
            return
        super().keyPressEvent(event)

    # -- inside ------------------------------------------------------------------------------------

    def _edited(self, candidate: Candidate) -> Candidate:
        values = self.changes()
        return replace(
            candidate,
            title=str(values["title"]) or candidate.title,
            organisation=str(values["organisation"]),
            region=str(values["region"]),
            sector=str(values["sector"]),
            fields=list(values["fields_of_action"]),  # type: ignore[call-overload]
            url=str(values["url"]),
        )

    def _label(self, brochure: Brochure, candidate: Candidate) -> str:
        facts = " · ".join(x for x in (candidate.organisation, candidate.region) if x)
        where = self.tr("%1, p. %2").replace("%1", brochure.title).replace("%2", candidate.pages)
        return " — ".join(x for x in (candidate.title, facts, where) if x)

    def _evidence(self, candidate: Candidate) -> str:
        names = {
            "organisation": self.tr("Organisation"), "region": self.tr("Region"),
            "sector": self.tr("Sector"), "url": self.tr("Contact / web"),
            "contact": self.tr("Contact / web"),
        }  # fmt: skip
        rows = [
            f"<b>{html.escape(names[kind])}</b>: "
            + html.escape(self.tr("“%1”").replace("%1", line))
            for kind, line in candidate.evidence.items()
            if kind in names
        ]
        if not rows:
            return ""
        return html.escape(self.tr("Read from the page:")) + "<br>" + "<br>".join(rows)

    def _show_current(self) -> None:
        current = self.current()
        self.preview.clear()
        if current is None:
            for line in (self.title, self.organisation, self.sector, self.fields, self.url):
                line.clear()
            self.region.setCurrentText("")
            self.reason.clear()
            self.source.clear()
            self.evidence.clear()
            self._update()
            return
        brochure, candidate = current
        self.title.setText(candidate.title)
        self.organisation.setText(candidate.organisation)
        self.region.setCurrentText(candidate.region)
        self.sector.setText(candidate.sector)
        self.fields.setText(", ".join(candidate.fields))
        self.url.setText(candidate.url or candidate.contact)
        for line in (self.title, self.organisation, self.sector, self.fields, self.url):
            line.setCursorPosition(0)
        self.source.setText(
            self.tr("“%1”, p. %2").replace("%1", brochure.title).replace("%2", candidate.pages)
        )
        self.reason.setText(self.tr("Why: %1").replace("%1", candidate.reason))
        self.evidence.setText(self._evidence(candidate))
        self.preview.setText(self.tr("Loading page…"))
        self.preview_requested.emit(brochure, candidate.first_page)
        self._update()

    def _update(self) -> None:
        left = self.list.count()
        brochures = len({self.list.item(r).data(EntryRole)[0].id for r in range(left)})
        if self.scanning:
            text = self.tr("Looking for examples in all brochures…")
        elif left:
            text = " · ".join(
                (
                    self.tr("%n suggestion(s) to review", "", left),
                    self.tr("%n brochure(s)", "", brochures),
                    self.tr("Enter accepts, Del dismisses, F2 edits."),
                )
            )
        elif not (self.accepted_count or self.dismissed_count):
            text = self.tr("%n brochure(s) searched.", "", self.searched)
        else:
            text = self.tr("Nothing left to review.")
        found_none = not self.scanning and not left
        if found_none:
            self.empty.setText(
                self.tr(
                    "No suggestions. Suggestions come from runs of headings of one look "
                    "that name projects or organisations; you can still mark pages as an "
                    "example in the viewer (New example…, Ctrl+E)."
                )
                if not (self.accepted_count or self.dismissed_count)
                else self.tr("All suggestions are reviewed.")
            )
        self.splitter.setVisible(not found_none)
        self.empty_box.setVisible(found_none)
        if self.accepted_count or self.dismissed_count:
            text += " " + self.tr("Accepted: %1, dismissed: %2.").replace(
                "%1", str(self.accepted_count)
            ).replace("%2", str(self.dismissed_count))
        self.header.setText(text)
        has = self.current() is not None
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setEnabled(has and not self.read_only)
        self.next_button.setEnabled(left > 1)
