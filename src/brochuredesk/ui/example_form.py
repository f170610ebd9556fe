"""The form for a good-practice example: pages, title, organisation, region, sector, fields of
action, summary, contact, tags and notes, with the text of the pages beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from brochuredesk.core.library.example_records import FIELDS_OF_ACTION, LAENDER, Example
from brochuredesk.ui.dialogs import dialog_buttons


class ExampleDialog(QDialog):
    def __init__(
        self,
        brochure_title: str,
        page_count: int,
        excerpt: str,
        known: list[Example],
        values: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        from_selection: bool = False,
    ) -> None:
        super().__init__(parent)
        values = values or {}
        excerpt_name = self.tr("Selected text") if from_selection else self.tr("Text of the pages")
        self.setWindowTitle(self.tr("Good-practice example"))
        self.resize(820, 640)
        self.first = QSpinBox()
        self.last = QSpinBox()
        for box in (self.first, self.last):
            box.setRange(1, max(1, page_count))
        self.first.setValue(int(values.get("first_page", 1)))
        self.last.setValue(int(values.get("last_page", values.get("first_page", 1))))
        self.first.valueChanged.connect(lambda v: self.last.setValue(max(v, self.last.value())))
        pages = QHBoxLayout()
        pages.addWidget(self.first)
        pages.addWidget(QLabel("–"))
        pages.addWidget(self.last)
        pages.addStretch(1)
        self.title = QLineEdit(values.get("title") or _first_line(excerpt))
        self.organisation = QLineEdit(values.get("organisation", ""))
        self.organisation.setCompleter(_completer(self, [e.organisation for e in known]))
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(["", *LAENDER])
        self.region.setCurrentText(values.get("region", ""))
        self.sector = QLineEdit(values.get("sector", ""))
        self.sector.setCompleter(_completer(self, [e.sector for e in known]))
        self.fields = QListWidget()
        self.fields.setMaximumHeight(150)
        chosen = set(values.get("fields_of_action", []))
        vocabulary = list(
            dict.fromkeys(FIELDS_OF_ACTION + [f for e in known for f in e.fields_of_action])
        )
        for name in vocabulary + sorted(chosen - set(vocabulary)):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.fields.addItem(item)
        self.new_field = QLineEdit()
        self.new_field.setPlaceholderText(self.tr("Add a field of action and press Enter"))
        # Enter here adds the entry and nothing else: the dialog's Save button must not take
        # it (it closed the form with the summary and web address typed so far unsaved).
        self.new_field.installEventFilter(self)
        self.summary = QPlainTextEdit(values.get("summary", ""))
        self.summary.setFixedHeight(80)
        self.url = QLineEdit(values.get("url", ""))
        self.tags = QLineEdit(", ".join(values.get("tags", [])))
        self.tags.setCompleter(_completer(self, [t for e in known for t in e.tags]))
        self.notes = QPlainTextEdit(values.get("notes", ""))
        self.notes.setFixedHeight(60)
        self.excerpt = QPlainTextEdit(excerpt)
        self.excerpt.setReadOnly(True)

        form = QFormLayout()
        form.addRow(self.tr("Brochure"), QLabel(brochure_title))
        pages_label = QLabel(self.tr("&Pages"))
        pages_label.setBuddy(self.first)
        form.addRow(pages_label, pages)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("Se&ctor"), self.sector)
        form.addRow(self.tr("&Fields of action"), self.fields)
        form.addRow("", self.new_field)
        form.addRow(self.tr("S&ummary"), self.summary)
        form.addRow(self.tr("&Contact / web"), self.url)
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow(self.tr("&Notes"), self.notes)
        names = {
            self.first: self.tr("First page"), self.last: self.tr("Last page"),
            self.title: self.tr("Title"), self.organisation: self.tr("Organisation"),
            self.region: self.tr("Region"), self.sector: self.tr("Sector"),
            self.fields: self.tr("Fields of action"), self.summary: self.tr("Summary"),
            self.url: self.tr("Contact / web"), self.tags: self.tr("Tags"),
            self.notes: self.tr("Notes"), self.excerpt: excerpt_name,
        }  # fmt: skip
        for widget, name in names.items():
            widget.setAccessibleName(name)
        left = QWidget()
        left.setLayout(form)
        buttons = dialog_buttons(
            self,
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            self._accept,
        )
        body = QHBoxLayout()
        body.addWidget(left, 3)
        side = QFormLayout()
        side.addRow(QLabel(excerpt_name))
        side.addRow(self.excerpt)
        holder = QWidget()
        holder.setLayout(side)
        body.addWidget(holder, 2)
        outer = QFormLayout(self)
        outer.addRow(body)
        outer.addRow(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.new_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._add_field()
            return True
        return super().eventFilter(watched, event)

    def _add_field(self) -> None:
        name = " ".join(self.new_field.text().split())
        if name:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.fields.addItem(item)
            self.new_field.clear()

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.title.setFocus()
            self.title.setPlaceholderText(self.tr("A title is needed"))
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        fields = [
            self.fields.item(i).text()
            for i in range(self.fields.count())
            if self.fields.item(i).checkState() == Qt.CheckState.Checked
        ]
        first, last = self.first.value(), self.last.value()
        return {
            "pages": f"{first}-{last}" if last > first else str(first),
            "title": self.title.text(),
            "organisation": self.organisation.text(),
            "region": self.region.currentText(),
            "sector": self.sector.text(),
            "fields_of_action": fields,
            "summary": self.summary.toPlainText(),
            "url": self.url.text(),
            "tags": [t for t in self.tags.text().split(",") if t.strip()],
            "notes": self.notes.toPlainText(),
        }


def _first_line(text: str) -> str:
    """The first line of the pages that reads like a heading (words, short, no full stop):
    never a page number like "- 13 -"."""
    line = next((ln.strip() for ln in text.split("\n") if sum(c.isalpha() for c in ln) >= 3), "")
    return line if len(line) <= 80 and not line.endswith(".") else ""


def _completer(parent: QWidget, values: list[str]) -> QCompleter:
    completer = QCompleter(sorted({v for v in values if v}, key=str.casefold), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return completer
