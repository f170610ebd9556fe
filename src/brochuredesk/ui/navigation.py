"""What the window shows, as one state: the query and the sidebar's brochure facets (several
at once: values of one kind are alternatives, kinds narrow each other, as calibre's tag
browser and Paperless's filters do), drawn as removable chips under the search field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from brochuredesk.core.importer.provenance import host_of
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.text.names import same_body

Facet = tuple[str, str]  # ("tag" | "publisher" | "year" | "language" | "status", value)
BROCHURE_FACETS = ("state", "tag", "publisher", "year", "language", "source", "status")
QUERY = "query"  # what a chip of the query reports when it is removed
EXAMPLES_FACET = "examples"  # (EXAMPLES_FACET, kind, value): the examples view's facet chip


def facet_passes(brochure: Brochure, facet: Facet) -> bool:
    kind, value = facet
    if kind == "tag":
        return value in brochure.tags
    if kind == "year":
        return str(brochure.year or "") == value
    if kind == "status" and value.startswith("review:"):
        return value.removeprefix("review:") in brochure.review
    if kind == "state":  # new (not opened yet) or evaluated
        return brochure.inbox if value == "new" else brochure.evaluated
    if kind == "source":  # where it was downloaded: by host
        return bool(brochure.source_url) and host_of(brochure.source_url) == value
    if kind == "publisher":  # one entry for the spellings of one name
        if not value or not brochure.publisher:  # "(no publisher)" is its own entry
            return brochure.publisher == value
        return same_body(brochure.publisher, value)
    return str(getattr(brochure, kind, "")) == value


@dataclass(frozen=True)
class Filters:
    """The brochure facets chosen in the sidebar."""

    facets: tuple[Facet, ...] = ()

    def passes(self, brochure: Brochure) -> bool:
        kinds: dict[str, list[Facet]] = {}
        for facet in self.facets:
            kinds.setdefault(facet[0], []).append(facet)
        return all(any(facet_passes(brochure, f) for f in group) for group in kinds.values())

    def without(self, facet: Facet) -> Filters:
        return Filters(tuple(f for f in self.facets if f != facet))

    def __bool__(self) -> bool:
        return bool(self.facets)


class FilterChips(QWidget):
    """The query and each facet as a chip with a ✕; hidden when nothing narrows the list."""

    removed = Signal(object)  # QUERY or a Facet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Active filters"))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(6, 2, 6, 2)
        self.row.setSpacing(4)
        self.chips: list[QToolButton] = []
        self.hide()

    def show_state(self, query: str, filters: Filters, name: Callable[[Facet], str]) -> None:
        chips = [(self.tr("Search: %1").replace("%1", query), QUERY)] if query else []
        self._show(chips + [(name(facet), facet) for facet in filters.facets])

    def show_examples(self, facet: tuple[str, str] | None, label: str) -> None:
        """The examples view's own filter: the examples facet it shows (removing it shows all
        examples); the catalog's query and facets do not apply there, so no chip says so."""
        self._show([(label, (EXAMPLES_FACET, *facet))] if facet is not None else [])

    def _show(self, chips: list[tuple[str, object]]) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.chips = []
        for text, what in chips:
            self._chip(text, what)
        self.row.addStretch(1)
        self.setVisible(bool(self.chips))

    def _chip(self, text: str, what: object) -> None:
        chip = QToolButton()
        chip.setText(f"{text}  ✕")
        chip.setToolTip(self.tr("Remove this filter"))
        chip.setAccessibleName(text)
        chip.setAutoRaise(False)
        chip.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
            " padding: 2px 8px; background: palette(button); }"
            "QToolButton:hover { background: palette(midlight); }"
        )
        chip.clicked.connect(lambda: self.removed.emit(what))
        self.row.addWidget(chip)
        self.chips.append(chip)
