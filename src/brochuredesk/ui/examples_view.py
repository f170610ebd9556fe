"""The Examples view: all good-practice examples as a table or as cards, filtered by the
sidebar's facets. Both views share one model and one selection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.note_records import Note
from brochuredesk.core.library.records import Brochure
from brochuredesk.ui.card_delegate import CARD, ExampleCardDelegate
from brochuredesk.ui.example_pages import ExamplePages
from brochuredesk.ui.models import ColumnsModel
from brochuredesk.ui.roles import BrochureTitleRole, CoverRole, ExampleRole, NoteCountRole
from brochuredesk.ui.thumbnails import ThumbnailCache
from brochuredesk.ui.views import row_table

AnyIndex = QModelIndex | QPersistentModelIndex
TABLE_VIEW, CARDS_VIEW = 0, 1


class ExampleModel(ColumnsModel):
    COLUMNS = ("title", "organisation", "region", "sector", "fields", "brochure", "pages")

    def __init__(
        self,
        covers: ThumbnailCache | None = None,
        cover_path: Callable[[Brochure], Path | None] | None = None,
    ) -> None:
        super().__init__()
        self.all: list[Example] = []
        self.rows: list[Example] = []
        self.note_counts: dict[str, int] = {}  # example id → one's notes on its pages
        self.brochures: dict[str, Brochure] = {}
        self.facet: tuple[str, str] | None = None
        self.covers, self.cover_path = covers, cover_path
        self.pages: ExamplePages | None = None  # set by the window: the examples' own pages
        if covers is not None:
            covers.changed.connect(self._cover_loaded)
        self.headers = {
            "title": self.tr("Title"), "organisation": self.tr("Organisation"),
            "region": self.tr("Region"), "sector": self.tr("Sector"),
            "fields": self.tr("Fields of action"), "brochure": self.tr("Brochure"),
            "pages": self.tr("Pages"),
        }  # fmt: skip

    def set_examples(self, examples: list[Example], brochures: dict[str, Brochure]) -> None:
        self.all, self.brochures = examples, brochures
        self._refresh()

    def set_notes(self, notes: list[Note]) -> None:
        """One's own notes: each example counts those on its pages (its card says so)."""
        self.note_counts = {
            e.id: sum(
                1 for n in notes
                if n.brochure_id == e.brochure_id and e.first_page <= n.page <= e.last_page
            )
            for e in self.all
        }  # fmt: skip
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def brochure_title(self, example: Example) -> str:
        brochure = self.brochures.get(example.brochure_id)
        return brochure.title if brochure is not None else example.brochure_id

    def _cover_loaded(self, key: str) -> None:
        """A brochure's cover (key: its id) or an example's page (key: "id#page") is read."""
        brochure_id, _, page = key.partition("#")
        for row, example in enumerate(self.rows):
            if example.brochure_id == brochure_id and (not page or int(page) == example.first_page):
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0), [CoverRole])

    def set_facet(self, facet: tuple[str, str] | None) -> None:
        self.facet = facet
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self.rows = [e for e in self.all if self._passes(e)]
        self.endResetModel()

    def _passes(self, example: Example) -> bool:
        if self.facet is None:
            return True
        kind, value = self.facet
        if kind == "field":
            return value in example.fields_of_action
        if kind == "source":
            return example.brochure_id == value
        return str(getattr(example, kind, "")) == value

    @property
    def shown(self) -> list[Example]:
        return self.rows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        example = self.rows[index.row()]
        if role == ExampleRole:
            return example
        if role == BrochureTitleRole:
            return self.brochure_title(example)
        if role == NoteCountRole:
            return self.note_counts.get(example.id, 0)
        if role == CoverRole:  # the example's own first page, the brochure's cover until then
            page = self.pages.image(example) if self.pages is not None else None
            if page is not None:
                return page
            brochure = self.brochures.get(example.brochure_id)
            if brochure is None or self.covers is None or self.cover_path is None:
                return None
            return self.covers.image(brochure.id, self.cover_path(brochure))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.COLUMNS[index.column()]
            if column == "fields":
                return ", ".join(example.fields_of_action)
            if column == "brochure":
                return self.brochure_title(example)
            if column == "pages":
                return example.pages
            return str(getattr(example, column))
        return None


class ExamplesPage(QWidget):
    """The table and the cards of the examples, with a switch between them; `activated` is
    an example to open, `menu_requested` a context menu at a global position."""

    activated = Signal(QModelIndex)
    menu_requested = Signal(object)  # QPoint, global

    def __init__(self, model: ExampleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = row_table(model, self.tr("Good-practice examples"))

        self.cards = QListView()
        self.cards.setAccessibleName(self.tr("Good-practice examples as cards"))
        self.cards.setModel(model)
        self.cards.setSelectionModel(self.table.selectionModel())  # one selection for both
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cards.setViewMode(QListView.ViewMode.IconMode)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setMovement(QListView.Movement.Static)
        self.cards.setUniformItemSizes(True)
        self.cards.setGridSize(CARD)
        self.cards.setSpacing(0)
        self.cards.setItemDelegate(ExampleCardDelegate(self.cards))

        for view in (self.table, self.cards):
            view.activated.connect(self.activated.emit)
            view.doubleClicked.connect(self.activated.emit)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, v=view: self.menu_requested.emit(v.viewport().mapToGlobal(pos))
            )

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.cards)
        self.table_button = _toggle(self.tr("Table"), self.tr("Examples as a table"))
        self.cards_button = _toggle(self.tr("Cards"), self.tr("Examples as cards"))
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.table_button, TABLE_VIEW)
        group.addButton(self.cards_button, CARDS_VIEW)
        group.idClicked.connect(self.show_view)
        self.count = QLabel()
        model.modelReset.connect(self._update_count)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.table_button)
        bar.addWidget(self.cards_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.show_view(TABLE_VIEW)

    @property
    def current_view(self) -> QAbstractItemView:
        widget = self.stack.currentWidget()
        assert isinstance(widget, QAbstractItemView)
        return widget

    def show_view(self, which: int) -> None:
        self.stack.setCurrentIndex(which)
        self.table_button.setChecked(which == TABLE_VIEW)
        self.cards_button.setChecked(which == CARDS_VIEW)

    def _update_count(self) -> None:
        shown, total = len(self.model.rows), len(self.model.all)
        text = self.tr("%n example(s)", "", total)
        if shown != total:
            text = self.tr("%1 of %2 examples").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)


def _toggle(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(True)
    button.setAutoRaise(True)
    return button
