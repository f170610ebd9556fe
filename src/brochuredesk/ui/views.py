"""Views set up the same way in several places."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView


def row_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A table of whole rows (several may be chosen), the first column taking the width."""
    table = QTableView()
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    return table


class ColumnChooser:
    """Right-click on a table's header: a tick for each column but the first; the choice is
    kept in the settings under `key`."""

    def __init__(
        self, table: QTableView, names: list[str], key: str, hidden: Iterable[str] = ()
    ) -> None:
        self.table, self.names, self.key = table, names, key
        self.settings = QSettings()
        stored = self.settings.value(key)
        chosen = stored if isinstance(stored, list) else list(hidden)
        if isinstance(stored, str):  # QSettings keeps a one-item list as a string
            chosen = [stored] if stored else []
        for column, name in enumerate(names):
            table.setColumnHidden(column, column > 0 and name in chosen)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.open_menu)
        self.menu: QMenu | None = None

    def open_menu(self, pos: QPoint) -> None:
        model = self.table.model()
        menu = QMenu(self.table)
        for column in range(1, len(self.names)):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        self.menu = menu
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def show_column(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        hidden = [n for c, n in enumerate(self.names) if c and self.table.isColumnHidden(c)]
        self.settings.setValue(self.key, hidden)
