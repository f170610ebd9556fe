"""The Examples view: all good-practice examples in a table, filtered by the sidebar's facets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ..core.examples import Example
from .models import ColumnsModel

ExampleRole = Qt.ItemDataRole.UserRole + 20
AnyIndex = QModelIndex | QPersistentModelIndex


class ExampleModel(ColumnsModel):
    COLUMNS = ("title", "organisation", "region", "sector", "fields", "brochure", "pages")

    def __init__(self) -> None:
        super().__init__()
        self.all: list[Example] = []
        self.rows: list[Example] = []
        self.brochure_titles: dict[str, str] = {}
        self.facet: tuple[str, str] | None = None
        self.headers = {
            "title": self.tr("Title"), "organisation": self.tr("Organisation"),
            "region": self.tr("Region"), "sector": self.tr("Sector"),
            "fields": self.tr("Fields of action"), "brochure": self.tr("Brochure"),
            "pages": self.tr("Pages"),
        }  # fmt: skip

    def set_examples(self, examples: list[Example], brochure_titles: dict[str, str]) -> None:
        self.all, self.brochure_titles = examples, brochure_titles
        self._refresh()

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.COLUMNS[index.column()]
            if column == "fields":
                return ", ".join(example.fields_of_action)
            if column == "brochure":
                return self.brochure_titles.get(example.brochure_id, example.brochure_id)
            if column == "pages":
                return example.pages
            return str(getattr(example, column))
        return None
