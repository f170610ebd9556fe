"""Views set up the same way in several places."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
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


TITLE_MIN = 160


class ColumnFitter(QObject):
    """Shares a table's width out as a reader wants it: the title column gets what the others
    leave, and they give way on a narrow screen instead of squeezing it to nothing. Once the
    user drags a column's edge, the widths are theirs."""

    def __init__(
        self, table: QTableView, shares: dict[int, float], samples: dict[int, str] | None = None
    ) -> None:
        super().__init__(table)
        self.table, self.shares = table, shares  # column → part of the width (0 for title)
        self.samples = samples or {}  # column → its widest usual value ("15.03.2020")
        self.fitting = False
        self.adjusted = False
        header = table.horizontalHeader()
        hidden = [c for c in range(header.count()) if header.isSectionHidden(c)]
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in hidden:  # a new resize mode gave a hidden section its width back
            header.showSection(column)
            header.hideSection(column)
        header.sectionResized.connect(self._resized_by_hand)
        table.viewport().installEventFilter(self)

    def _least(self, column: int) -> int:
        """What a column needs to stay readable: a date or a count never reads '06/2…' (its
        header with the sort arrow and its usual widest value fit)."""
        if column not in self.samples:
            return 36  # text columns give way (elided) before the table scrolls sideways
        metrics = self.table.fontMetrics()
        header = self.table.model().headerData(column, Qt.Orientation.Horizontal)
        return max(
            metrics.horizontalAdvance(str(header or "")) + 24,
            metrics.horizontalAdvance(self.samples[column]) + 14,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and not self.adjusted:
            self.fit()
        return False

    def fit(self) -> None:
        width = self.table.viewport().width()
        shown = [c for c in self.shares if not self.table.isColumnHidden(c)]
        wanted = {c: width * self.shares[c] for c in shown if self.shares[c]}
        room = max(0, width - TITLE_MIN)
        scale = min(1.0, room / sum(wanted.values())) if wanted else 1.0
        self.fitting = True
        try:
            least = {c: self._least(c) for c in wanted}
            sizes = {c: max(least[c], int(size * scale)) for c, size in wanted.items()}
            deficit = TITLE_MIN - (width - sum(sizes.values()))
            for column in sorted(sizes, key=sizes.__getitem__, reverse=True):
                if deficit <= 0:
                    break
                give = max(0, min(deficit, sizes[column] - least[column]))  # widest first
                sizes[column] -= give
                deficit -= give
            for column, size in sizes.items():
                self.table.setColumnWidth(column, size)
            self.table.setColumnWidth(0, max(TITLE_MIN, width - sum(sizes.values())))
        finally:
            self.fitting = False

    def _resized_by_hand(self, *_: object) -> None:
        """A drag on the header's edge (a mouse button is down); not Qt laying out columns
        of a new model."""
        if not self.fitting and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.adjusted = True


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

    fitter: ColumnFitter | None = None

    def show_column(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        if self.fitter is not None and not self.fitter.adjusted:
            self.fitter.fit()
        hidden = [n for c, n in enumerate(self.names) if c and self.table.isColumnHidden(c)]
        self.settings.setValue(self.key, hidden)
