"""The user's own abbreviations: pairs search finds both ways, beside the shipped ones and
those the brochures define."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brochuredesk.ui.dialogs import dialog_buttons


class AbbreviationsDialog(QDialog):
    """`save(short, long)` and `forget(short, long)` store a change (the window runs them in
    the background); the table shows the pairs as they are after each change."""

    def __init__(
        self,
        pairs: dict[str, list[str]],
        save: Callable[[str, str], None],
        forget: Callable[[str, str], None],
        parent: QWidget | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Abbreviations"))
        self.resize(640, 420)
        self.save, self.forget = save, forget
        intro = QLabel(
            self.tr(
                "Search finds an abbreviation and its long form both ways. Common ones and "
                "those your brochures define, as in “Long Form (ABK)”, are known already; add "
                "your own here."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Abbreviation"), self.tr("Long form")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.short = QLineEdit()
        self.short.setPlaceholderText(self.tr("e.g. BMFTR"))
        self.short.setAccessibleName(self.tr("Abbreviation"))
        self.long = QLineEdit()
        self.long.setPlaceholderText(
            self.tr("e.g. Bundesministerium für Forschung, Technologie und Raumfahrt")
        )
        self.long.setAccessibleName(self.tr("Long form"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self._add)
        self.long.returnPressed.connect(self._add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self._remove)
        entry = QHBoxLayout()
        entry.addWidget(self.short, 1)
        entry.addWidget(self.long, 3)
        entry.addWidget(self.add_button)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        layout.addWidget(buttons)
        for widget in (self.short, self.long, self.add_button, self.remove_button):
            widget.setEnabled(not read_only)
        self.show_pairs(pairs)

    def show_pairs(self, pairs: dict[str, list[str]]) -> None:
        rows = sorted(((s, long) for s, longs in pairs.items() for long in longs), key=str)
        self.table.setRowCount(len(rows))
        for row, (short, long) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(short))
            self.table.setItem(row, 1, QTableWidgetItem(long))

    def _add(self) -> None:
        short, long = self.short.text().strip(), self.long.text().strip()
        if short and long:
            self.save(short, long)
            self.short.clear()
            self.long.clear()
            self.short.setFocus()

    def _remove(self) -> None:
        row = self.table.currentRow()
        short, long = self.table.item(row, 0), self.table.item(row, 1)
        if short is not None and long is not None:
            self.forget(short.text(), long.text())
