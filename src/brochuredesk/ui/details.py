"""The details panel: cover, editable metadata, tags with completion, notes, file and status
with the action that fixes it."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from brochuredesk.core.i18n import in_every_language
from brochuredesk.core.importer.provenance import host_of
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.note_records import Note
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.library.safety import is_web_link
from brochuredesk.core.text.dates import parse_date, year_of
from brochuredesk.ui.models import date_text
from brochuredesk.ui.thumbnails import ThumbnailCache

EditionRole = Qt.ItemDataRole.UserRole + 1
COVER_HEIGHT = 210
LANGUAGES = [("", "—"), ("de", "Deutsch"), ("en", "English")]


class DetailsPanel(QWidget):
    """Emits `edited(id, changes)` when the user changes a field; `action(id, kind)` for
    'unlock' or 'relink'."""

    edited = Signal(str, dict)
    action = Signal(str, str)  # (brochure id, "unlock" | "relink" | "ocr" | "split")
    edition_chosen = Signal(str)  # another edition's id, clicked in the editions line
    note_chosen = Signal(str)  # the id of one's own note, clicked in the notes list

    def __init__(
        self,
        covers: ThumbnailCache,
        cover_path: Callable[[Brochure], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.covers = covers
        self.cover_path = cover_path
        self.brochure: Brochure | None = None
        self.cover = QLabel()
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setMinimumHeight(220)
        # The picture follows the panel's width, never the other way round.
        self.cover.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.publisher = QLineEdit()
        self.date = QLineEdit()
        self._date_wrong = False
        self.date.setPlaceholderText(self.tr("e.g. 06/2018"))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.tag_completer = QCompleter([], self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(self.tag_completer)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.file_info = ElidedLines()
        self.status = WrappedLabel()
        self.fix = QPushButton()
        self.fix.hide()
        self.fix.clicked.connect(self._fix)
        self.checked = QPushButton(self.tr("Mark as checked"))
        self.checked.setToolTip(self.tr("The publisher and date shown are right"))
        self.checked.hide()
        self.checked.clicked.connect(self._mark_checked)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Subtitle"), self.subtitle)
        form.addRow(self.tr("&Publisher"), self.publisher)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("File"), self.file_info)
        self.source = QLabel()  # where it was downloaded: the host, a link to the address
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setOpenExternalLinks(True)  # only http(s), see _show_source
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        form.addRow(self.tr("Source"), self.source)
        self.form_layout = form
        form.addRow(self.tr("Status"), self.status)
        self.examples = WrappedLabel()
        self.examples.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Examples"), self.examples)
        self.notes_list = QLabel()  # one's own notes: each a link to its page, one line each
        # (a wrapped rich-text label in the form gets too little height and is cut off; and
        # it must not widen the panel, whose fields would then be cut off at its right edge)
        self.notes_list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notes_list.setTextFormat(Qt.TextFormat.RichText)
        self.notes_list.linkActivated.connect(lambda ref: self.note_chosen.emit(ref))
        form.addRow(self.tr("My notes"), self.notes_list)
        # The group of editions: a list (each line elided, no wrapping: a wrapped rich-text
        # label in the form is given too little height by the scroll area and drawn over).
        self.editions_heading = QLabel()
        self.editions = QListWidget()
        self.editions.setAccessibleName(self.tr("Editions"))
        self.editions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.editions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editions.itemActivated.connect(
            lambda item: self.edition_chosen.emit(item.data(EditionRole))
        )
        self.editions.itemClicked.connect(
            lambda item: self.edition_chosen.emit(item.data(EditionRole))
        )
        self.split = QPushButton(self.tr("Not an edition of these"))
        self.split.setToolTip(self.tr("Take this brochure out of its group of editions"))
        self.split.clicked.connect(lambda: self._act("split"))
        self.editions_box = QWidget()
        box = QVBoxLayout(self.editions_box)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.editions_heading)
        box.addWidget(self.editions)
        box.addWidget(self.split, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow("", self.fix)
        form.addRow("", self.checked)
        for label, widget in (
            (self.tr("Title"), self.title), (self.tr("Subtitle"), self.subtitle),
            (self.tr("Publisher"), self.publisher), (self.tr("Date"), self.date),
            (self.tr("Language"), self.language), (self.tr("Tags"), self.tags),
            (self.tr("Notes"), self.notes),
        ):  # fmt: skip
            widget.setAccessibleName(label)
        self.form = QWidget()
        self.form.setLayout(form)
        self.hint = QLabel(self.tr("Select a brochure to see and edit its details."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.cover)
        layout.addWidget(self.form)
        layout.addWidget(self.editions_box)
        layout.addStretch(1)

        for field in (self.title, self.subtitle, self.publisher, self.date, self.tags):
            field.editingFinished.connect(self._commit)
        self.language.activated.connect(self._commit)
        self.notes.installEventFilter(self)
        self._loading = False
        self._baseline: tuple[object, ...] = ()  # the fields as last shown or committed
        self.show_brochure(None)

    def set_notes(self, notes: list[Note], page_label: str) -> None:
        """One's own notes on the brochure shown, each opening its page; hidden when none."""
        self.form_layout.setRowVisible(self.notes_list, bool(notes))
        lines = []
        for note in notes:
            said = note.text or f"„{note.quote}“"
            said = said if len(said) <= 34 else said[:33] + "…"
            lines.append(
                f'<a href="{html.escape(note.id)}">{page_label} {note.page}</a>: {html.escape(said)}'
            )
        self.notes_list.setText("<br>".join(lines))

    def set_examples(self, examples: list[Example], page_label: str) -> None:
        """The good-practice examples marked in the brochure shown."""
        lines = [f"• {e.title} ({page_label} {e.pages})" for e in examples]
        self.examples.setText("\n".join(lines) if lines else "—")

    def set_editions(self, editions: list[Brochure], read_only: bool) -> None:
        """The brochure's group, newest first (itself included); none: the block is hidden."""
        shown = self.brochure
        others = [b for b in editions if shown is None or b.id != shown.id]
        self.editions_box.setVisible(bool(others))
        self.editions.clear()
        if not others or shown is None:
            return
        self.split.setEnabled(not read_only)
        newest = editions[0]
        if newest.id == shown.id:
            self.editions_heading.setText(self.tr("Newest edition. Earlier editions:"))
        else:
            self.editions_heading.setText(
                self.tr("Earlier edition. Other editions (★ the newest):")
            )
        for b in others:
            when = date_text(b) or self.tr("no date")
            mark = "★ " if b.id == newest.id else ""
            source = f" · {host_of(b.source_url)}" if b.source_url else ""  # where it came from
            item = QListWidgetItem(f"{mark}{when} — {b.title}{source}")
            item.setToolTip("\n".join(x for x in (b.title, b.original_filename, b.source_url) if x))
            item.setData(EditionRole, b.id)
            self.editions.addItem(item)
        rows = min(4, len(others))
        self.editions.setFixedHeight(
            rows * self.editions.sizeHintForRow(0) + 2 * self.editions.frameWidth() + 2
        )

    def _act(self, kind: str) -> None:
        if self.brochure is not None:
            self.action.emit(self.brochure.id, kind)

    def set_tag_vocabulary(self, tags: list[str]) -> None:
        self.tag_completer.model().setStringList(tags)  # type: ignore[attr-defined]

    def _show_source(self, brochure: Brochure | None) -> None:
        """'clusterplattform.de', linked to the address the file was downloaded from (only an
        http(s) one is a link); the row is hidden when nobody knows where it came from."""
        url = brochure.source_url if brochure is not None else ""
        self.form_layout.setRowVisible(self.source, bool(url))
        if not url:
            self.source.clear()
            return
        host = host_of(url) or url
        shown = html.escape(host)
        self.source.setText(
            f'<a href="{html.escape(url)}">{shown}</a>' if is_web_link(url) else shown
        )
        tip = [url] + ([self.tr("linked from %1").replace("%1", brochure.referrer_url)]
                       if brochure is not None and brochure.referrer_url else [])  # fmt: skip
        self.source.setToolTip("\n".join(tip))

    def show_brochure(
        self, brochure: Brochure | None, file_text: str = "", read_only: bool = False
    ) -> None:
        if self.brochure is not None and (brochure is None or brochure.id != self.brochure.id):
            self._commit()  # what was typed for the one shown goes to it before it is replaced
        elif brochure is not None and self.has_unsaved():
            self.brochure = brochure  # the newest stored state, to commit the typing against
            return  # the same brochure again (rows moved around it): keep what is being typed
        self._loading = True
        self.brochure = brochure
        self.setEnabled(brochure is not None)
        for part in (self.cover, self.form):
            part.setVisible(brochure is not None)
        self.hint.setVisible(brochure is None)
        if brochure is None:
            self.set_editions([], read_only)
            for field in (self.title, self.subtitle, self.publisher, self.date, self.tags):
                field.clear()
            self.notes.clear()
            self.cover.clear()
            self.file_info.set_lines([])
            self._show_source(None)
            self.status.clear()
            self.fix.hide()
            self.checked.hide()
            self._baseline = self._field_values()
            self._loading = False
            return
        self.title.setText(brochure.title)
        self.subtitle.setText(brochure.subtitle)
        self.publisher.setText(brochure.publisher)
        self.date.setText(date_text(brochure))  # as the grid and the list show it
        self._date_problem(False)
        created = brochure.pdf_metadata.get("creationDate", "")[2:6]
        self.date.setPlaceholderText(
            self.tr("not stated · PDF created %1").replace("%1", created)
            if created.isdigit()
            else self.tr("e.g. 06/2018")
        )
        self.language.setCurrentIndex(max(0, self.language.findData(brochure.language)))
        self.tags.setText(", ".join(brochure.tags))
        for line in (self.title, self.subtitle, self.publisher, self.tags):
            line.setCursorPosition(0)  # show the start of a long title, not its end
        self.notes.setPlainText(brochure.notes)
        size = (  # "8,8 kB", "2,4 MB" in German: a small file no longer shows as "0.0 MB"
            QLocale().formattedDataSize(
                brochure.file_size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
            )
            if brochure.file_size
            else ""
        )
        self.file_info.set_lines(
            [
                brochure.original_filename,
                self.tr("%n page(s)", "", brochure.page_count) + f" · {size}",
                file_text,
            ]
        )
        self._show_source(brochure)
        texts = {
            "ok": self.tr("OK"),
            "locked": self.tr("Password-protected: no text yet"),
            "no-text": self.tr("No searchable text (scanned pages)"),
            "missing": self.tr("The file is missing"),
            "error": self.tr("Error"),
        }
        status = texts.get(brochure.status, brochure.status)
        said = {  # a warning that only repeats the status is not shown twice
            "no-text": in_every_language("no_text"),
            "locked": in_every_language("locked_pdf"),
        }.get(brochure.status, ())
        warnings = [w for w in brochure.warnings if w not in said]
        if warnings:
            status += "\n" + "\n".join(warnings[:3])
        guessed = {
            "publisher": self.tr(
                "Publisher read from the letterhead, the cover or the text: please check"
            ),
            "year": self.tr("Date read from the cover only: please check"),
        }
        for name in brochure.review:
            status += "\n" + guessed.get(name, name)
        self.checked.setVisible(bool(brochure.review) and not read_only)
        for name, field in (("publisher", self.publisher), ("year", self.date)):
            field.setToolTip(guessed[name] if name in brochure.review else "")
        self.status.setText(status)
        if brochure.status == "locked":
            self.fix.setText(self.tr("Enter password…"))
            self.fix.show()
        elif brochure.status == "missing":
            self.fix.setText(self.tr("Locate file…"))
            self.fix.show()
        elif (brochure.status == "no-text" and not read_only) or (
            brochure.status == "no-text" and not read_only
        ):
            self.fix.setText(self.tr("Recognise text (OCR)"))
            self.fix.show()
        else:
            self.fix.hide()
        self.cover.setPixmap(self._fitted(self._cover_pixmap(brochure)))
        for field in (self.title, self.subtitle, self.publisher, self.date, self.tags):
            field.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        self._baseline = self._field_values()
        self._loading = False

    def _date_problem(self, wrong: bool) -> None:
        """A date that is none ("32.13.2019", "Sommer") is kept out of the catalog and said so
        at the field, which keeps what was typed for the user to correct."""
        if wrong:
            self.date.setToolTip(self.tr("Not a date: write 2019, 06/2019 or 12.06.2019"))
        elif self._date_wrong:
            self.date.setToolTip("")
        self._date_wrong = wrong
        self.date.setStyleSheet("border: 1px solid #c62828;" if wrong else "")

    def _field_values(self) -> tuple[object, ...]:
        fields = (self.title, self.subtitle, self.publisher, self.date, self.tags)
        return (*(f.text() for f in fields), self.notes.toPlainText(), self.language.currentData())

    def _cover_pixmap(self, brochure: Brochure) -> QPixmap:
        return QPixmap.fromImage(self.covers.image(brochure.id, self.cover_path(brochure)))

    def refresh_cover(self, brochure_id: str) -> None:
        if self.brochure is not None and self.brochure.id == brochure_id:
            self.cover.setPixmap(self._fitted(self._cover_pixmap(self.brochure)))

    def _fitted(self, pixmap: QPixmap) -> QPixmap:
        """The cover 210 px high, narrower where the panel is: a landscape cover scaled to the
        height alone made the panel wider than its place and cut its fields off at the right."""
        width = max(80, self.width() - 24)
        return pixmap.scaled(
            width, COVER_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip

    def _changes(self) -> dict[str, object]:
        assert self.brochure is not None
        b = self.brochure
        changes: dict[str, object] = {}
        values = {
            "title": " ".join(self.title.text().split()) or b.title,
            "subtitle": " ".join(self.subtitle.text().split()),
            "publisher": " ".join(self.publisher.text().split()),
            "language": self.language.currentData(),
        }
        for name, value in values.items():
            if value != getattr(b, name):
                changes[name] = value
        date = parse_date(self.date.text())
        self._date_problem(date is None)
        if date is not None and date != (b.date or (str(b.year) if b.year else "")):
            changes["date"] = date  # "12.06.2019" typed, "2019-06-12" kept
            changes["year"] = year_of(date)
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if tags != b.tags:
            changes["tags"] = list(dict.fromkeys(tags))
        if self.notes.toPlainText() != b.notes:
            changes["notes"] = self.notes.toPlainText()
        return changes

    def has_unsaved(self) -> bool:
        """Something typed in a field since it was shown or last committed: not saved yet."""
        return (
            not self._loading
            and self.brochure is not None
            and self._field_values() != self._baseline
        )

    def _commit(self) -> None:
        if self._loading or self.brochure is None:
            return
        changes = self._changes()
        self._baseline = self._field_values()  # committed: no longer unsaved
        if changes:
            self.edited.emit(self.brochure.id, changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._commit()
        return super().eventFilter(watched, event)

    def _mark_checked(self) -> None:
        if self.brochure is not None:
            self.edited.emit(self.brochure.id, {"review": []})

    def _fix(self) -> None:
        if self.brochure is not None:
            kinds = {"locked": "unlock", "no-text": "ocr"}
            self.action.emit(self.brochure.id, kinds.get(self.brochure.status, "relink"))


class WrappedLabel(QLabel):
    """A wrapped label that asks the form for the height its lines need at its width: a plain
    wrapped label in the details' form was given one line's height on a low window and its
    second line was drawn under the next row (seen at 1280×760, dark and light)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # its height follows its width


class ElidedLines(QLabel):
    """Lines that never run past the panel: a long file name or path is shortened in the
    middle ("bertelsmann_bü…handbuch.pdf"), the whole text is the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_lines(self, lines: list[str]) -> None:
        self.lines = [line for line in lines if line]
        self.setToolTip("\n".join(self.lines))
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(40, self.width())
        self.setText(
            "\n".join(
                metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, width) for line in self.lines
            )
        )
