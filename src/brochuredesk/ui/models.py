"""Qt models over the catalog: the brochures (filtered and sorted in Python) and search results."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from brochuredesk.core.editions.fingerprint import newest_editions
from brochuredesk.core.i18n import language
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.search.engine import Result
from brochuredesk.core.text.dates import shown_date
from brochuredesk.ui.navigation import Filters
from brochuredesk.ui.roles import BrochureRole, CoverRole
from brochuredesk.ui.thumbnails import ThumbnailCache

AnyIndex = QModelIndex | QPersistentModelIndex


class ColumnsModel(QAbstractTableModel):
    """A flat table of `shown` rows whose columns are named in COLUMNS, titled in `headers`."""

    COLUMNS: tuple[str, ...] = ()
    headers: dict[str, str]

    @property
    def shown(self) -> Sequence[object]:
        """The rows on show; subclasses return their list."""
        return ()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[self.COLUMNS[section]]
        return None


class BrochureModel(ColumnsModel):
    """The brochures the sidebar's choice lets through, one row each, sorted.

    Filtering and sorting happen here, in Python, once per change: a QSortFilterProxyModel
    does them through data(), ~30 calls a row, seconds at 10 000 brochures.
    """

    COLUMNS = ("title", "publisher", "year", "pages", "added", "tags", "file")

    def __init__(
        self, covers: ThumbnailCache, cover_path: Callable[[Brochure], Path | None]
    ) -> None:
        super().__init__()
        self.all: list[Brochure] = []  # the whole library
        self.brochures: list[Brochure] = []  # the rows shown
        self._rows: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self.filters = Filters()  # the sidebar's facets
        self.all_editions = False  # earlier editions shown too (View → All editions)
        self.earlier: dict[str, str] = {}  # earlier edition → its group's newest
        self.covers = covers
        self.cover_path = cover_path
        covers.changed.connect(self._cover_loaded)
        self.headers = {
            "title": self.tr("Title"),
            "publisher": self.tr("Publisher"),
            "year": self.tr("Date"),
            "pages": self.tr("Pages"),
            "added": self.tr("Added"),
            "tags": self.tr("Tags"),
            "file": self.tr("File name"),
        }

    def set_brochures(self, brochures: list[Brochure], shown: list[Brochure] | None = None) -> None:
        """The library's brochures; `shown` when arranged() already ran off the GUI thread."""
        self.all = brochures
        self.earlier = earlier_editions(brochures)
        self._refresh(shown)

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self._refresh()

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()

    def arranged(self, brochures: list[Brochure]) -> list[Brochure]:
        """The rows to show: filtered by the facet, in the chosen order (thread-safe: reads
        only the current choice)."""
        column, order = self._sort
        name = self.COLUMNS[column]
        hidden = {} if self.all_editions else earlier_editions(brochures)
        return sorted(
            (b for b in brochures if self.filters.passes(b) and b.id not in hidden),
            key=lambda b: self._sort_key(b, name),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _refresh(self, shown: list[Brochure] | None = None) -> None:
        rows = shown if shown is not None else self.arranged(self.all)
        self.beginResetModel()
        self.brochures = rows
        self._rows = {b.id: i for i, b in enumerate(rows)}
        self.endResetModel()

    def add_brochures(self, added: list[Brochure]) -> None:
        """New brochures into their sorted places, row by row: a reset would make the views
        lay out all 10 000 rows again."""
        self.all.extend(added)
        before, self.earlier = self.earlier, earlier_editions(self.all)
        for brochure in added:
            if self.filters.passes(brochure) and not self._hidden(brochure):
                self._insert(brochure)
        self._follow_editions(before)

    def update_brochures(self, changed: list[Brochure]) -> None:
        """Brochures whose fields changed, updated in their rows; an edition that became an
        earlier one leaves the grid, one that no longer is comes back (row by row)."""
        fresh = {b.id: b for b in changed}
        self.all = [fresh.pop(b.id, b) for b in self.all]
        before, self.earlier = self.earlier, earlier_editions(self.all)
        for brochure in changed:
            row = self._rows.get(brochure.id)
            if row is not None:
                self.brochures[row] = brochure
                last = len(self.COLUMNS) - 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        self._follow_editions(before)

    def update_brochure(self, brochure: Brochure) -> None:
        self.update_brochures([brochure])

    def _hidden(self, brochure: Brochure) -> bool:
        return brochure.id in self.earlier and not self.all_editions

    def _follow_editions(self, earlier_before: dict[str, str]) -> None:
        """Rows for the editions' new state: newly earlier ones out, no longer earlier in."""
        if not self.all_editions:
            gone = [r for r, b in enumerate(self.brochures) if b.id in self.earlier]
            for row in reversed(gone):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.brochures[row]
                self.endRemoveRows()
            back = set(earlier_before) - set(self.earlier)
            shown = {b.id for b in self.brochures}
            for brochure in self.all:
                if (
                    brochure.id in back
                    and brochure.id not in shown
                    and self.filters.passes(brochure)
                ):
                    self._insert(brochure)
        self._rows = {b.id: i for i, b in enumerate(self.brochures)}

    def _insert(self, brochure: Brochure) -> None:
        column, order = self._sort
        name = self.COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._sort_key(brochure, name)
        row = bisect.bisect_right(
            self.brochures,
            _Order(key, descending),
            key=lambda b: _Order(self._sort_key(b, name), descending),
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self.brochures.insert(row, brochure)
        self.endInsertRows()

    def row_of(self, brochure_id: str) -> int | None:
        return self._rows.get(brochure_id)

    @property
    def shown(self) -> list[Brochure]:
        return self.brochures

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        brochure = self.brochures[index.row()]
        column = self.COLUMNS[index.column()]
        if role == BrochureRole:
            return brochure
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(brochure, column)
        if role == CoverRole:
            return self.covers.image(brochure.id, self.cover_path(brochure))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{brochure.title}\n{brochure.original_filename}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("year", "pages"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(b: Brochure, column: str) -> str:
        if column == "title":
            return b.title
        if column == "publisher":
            return b.publisher
        if column == "year":
            return date_text(b)
        if column == "pages":
            return str(b.page_count)
        if column == "added":
            return b.added[:10]
        if column == "file":
            return b.original_filename
        return ", ".join(b.tags)

    @staticmethod
    def _sort_key(b: Brochure, column: str) -> Any:
        if column == "year":
            return (b.year or 0, b.date)
        if column == "pages":
            return b.page_count
        return BrochureModel._display(b, column).casefold()

    def _cover_loaded(self, brochure_id: str) -> None:
        row = self._rows.get(brochure_id)
        if row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [CoverRole])


def earlier_editions(brochures: list[Brochure]) -> dict[str, str]:
    """Each brochure that is an earlier edition → the id of its group's newest."""
    return newest_editions(
        {"id": b.id, "edition_group": b.edition_group, "date": b.date, "year": b.year,
         "added": b.added}
        for b in brochures
        if b.edition_group
    )  # fmt: skip


def date_text(brochure: Brochure) -> str:
    """The brochure's date as precise as it is known, as the reader writes it: "2018",
    "06/2018", "12.06.2018" (ISO in English): four "Gemeindebrief" differ here."""
    date = brochure.date or (str(brochure.year) if brochure.year else "")
    return shown_date(date, language() == "de")


class _Order:
    """A sort key compared the other way round for descending order (for bisect)."""

    __slots__ = ("descending", "key")

    def __init__(self, key: Any, descending: bool) -> None:
        self.key, self.descending = key, descending

    def __lt__(self, other: _Order) -> bool:
        return bool(other.key < self.key if self.descending else self.key < other.key)


class ResultsModel(QAbstractListModel):
    """Search results as rows: a heading row per brochure, then one row per page hit."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[Brochure, Result, int]] = []  # (brochure, result, hit index or -1)

    def set_results(self, results: list[tuple[Brochure, Result]]) -> None:
        self.beginResetModel()
        self.rows = []
        for brochure, result in results:
            self.rows.append((brochure, result, -1))
            self.rows.extend((brochure, result, i) for i in range(len(result.hits)))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        brochure, result, hit = self.rows[index.row()]
        if role == BrochureRole:
            return brochure, result, hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if hit < 0:
                return brochure.title
            return f"{result.hits[hit].page}: {result.hits[hit].snippet}"
        return None

    def page_of(self, row: int) -> tuple[Brochure, int]:
        """The brochure and page a row opens (a heading opens its best hit)."""
        brochure, result, hit = self.rows[row]
        if hit >= 0:
            return brochure, result.hits[hit].page
        return brochure, result.hits[0].page if result.hits else 1
