"""The sidebar: the whole library, tags with counts, facets, saved searches."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from brochuredesk.core.importer.provenance import host_of
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.library.saved_searches import SavedSearch
from brochuredesk.core.text.names import merged_spellings
from brochuredesk.ui.navigation import BROCHURE_FACETS

FacetRole = Qt.ItemDataRole.UserRole + 10
SearchShownRole = Qt.ItemDataRole.UserRole + 11  # what a saved search looks for, as said
MAX_VALUES = 30


@dataclass
class Facets:
    """Counts for the sidebar, worked out off the GUI thread."""

    brochures: int
    examples: int
    brochure: dict[str, Counter[str]]
    example: dict[str, Counter[str]]


def count_facets(brochures: list[Brochure], examples: list[Example]) -> Facets:
    return Facets(
        len(brochures),
        len(examples),
        {
            "state": Counter(
                ["new" for b in brochures if b.inbox]
                + ["evaluated" for b in brochures if b.evaluated]
            ),
            "tag": Counter(t for b in brochures for t in b.tags),
            "publisher": _merged(Counter(b.publisher for b in brochures)),
            "year": Counter(str(b.year or "") for b in brochures),
            "language": Counter(b.language for b in brochures if b.language),
            "source": Counter(host_of(b.source_url) for b in brochures if b.source_url),
            "status": Counter(
                [b.status for b in brochures if b.status != "ok"]
                + [f"review:{name}" for b in brochures for name in b.review]
            ),
        },
        {
            "field": Counter(f for e in examples for f in e.fields_of_action),
            "region": Counter(e.region for e in examples if e.region),
            "sector": Counter(e.sector for e in examples if e.sector),
            "organisation": Counter(e.organisation for e in examples if e.organisation),
        },
    )


def _merged(counts: Counter[str]) -> Counter[str]:
    """Spellings of one name counted as one, under the spelling most brochures use (""
    counts the brochures without one)."""
    return Counter(
        {
            name: sum(counts[s] for s in spellings)
            for name, spellings in merged_spellings(counts).items()
        }
    )


def _group(
    label: str,
    key: str,
    counts: Counter[str],
    prefix: tuple[str, ...],
    *,
    newest_first: bool = False,
    names: dict[str, str] | None = None,
) -> QStandardItem:
    """A heading with its values, most frequent (or, for years, newest) first."""
    heading = QStandardItem(label)
    heading.setData(("heading", key), FacetRole)
    heading.setSelectable(False)
    ordered = sorted(
        counts.items(),
        key=lambda kv: (
            not kv[0],  # "without" last
            -int(kv[0]) if newest_first and kv[0] else -kv[1],
            kv[0],
        ),
    )
    for value, count in ordered[:MAX_VALUES]:
        item = QStandardItem(f"{(names or {}).get(value, value)} ({count})")
        item.setData((*prefix, value), FacetRole)  # what choosing the item means
        heading.appendRow(item)
    return heading


class Sidebar(QTreeView):
    """A click chooses one entry; Ctrl+click adds a facet to those chosen (or takes it away)."""

    facets_chosen = Signal(object)  # the brochure facets chosen: a tuple, () for all
    search_chosen = Signal(object)  # a SavedSearch
    search_forgotten = Signal(str)  # the name of a saved search to remove
    examples_chosen = Signal(object)  # None for all examples, else (kind, value)
    watch_failures_chosen = Signal()  # files from watched folders that could not be imported

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Library sidebar"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.clicked.connect(self._clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._expanded: set[str] = {"state", "tag", "status"}
        self.watch_failures = 0
        self._before_press: list[object] = []
        self._saved: dict[str, SavedSearch] = {}
        self._news: dict[str, int] = {}  # saved search → brochures new since last opened

    def rebuild(
        self,
        facets: Facets,
        saved_searches: list[SavedSearch],
        library_name: str,
        news: dict[str, int] | None = None,
    ) -> None:
        """Show fresh counts (worked out off the GUI thread by count_facets)."""
        for row in range(self.model_.rowCount()):
            heading = self.model_.item(row)
            key = heading.data(FacetRole)
            if key and self.isExpanded(heading.index()):
                self._expanded.add(key[1])
            elif key:
                self._expanded.discard(key[1])
        chosen = self._chosen_entries()
        blocked = self.selectionModel().blockSignals(True)  # a rebuild is not a choice
        try:
            if news is not None:  # None: a rebuild of counts keeps what was new
                self._news = dict(news)
            self._fill(facets, saved_searches, library_name)
            self._reselect(chosen)
        finally:
            self.selectionModel().blockSignals(blocked)

    def _reselect(self, entries: list[object]) -> None:
        """Choose again what was chosen before the entries were rebuilt."""
        selection = self.selectionModel()
        pending = [self.model_.invisibleRootItem()]
        while pending:
            item = pending.pop()
            for row in range(item.rowCount()):
                child = item.child(row)
                pending.append(child)
                if child.data(FacetRole) in entries and child.isSelectable():
                    selection.select(child.index(), QItemSelectionModel.SelectionFlag.Select)
                    selection.setCurrentIndex(
                        child.index(), QItemSelectionModel.SelectionFlag.NoUpdate
                    )

    def _fill(self, facets: Facets, saved_searches: list[SavedSearch], library_name: str) -> None:
        self.model_.clear()
        everything = QStandardItem(f"{library_name} ({facets.brochures})")
        everything.setData(None, FacetRole)
        self.model_.appendRow(everything)
        labels = {
            "state": self.tr("Reading"),
            "tag": self.tr("Tags"), "publisher": self.tr("Publishers"), "year": self.tr("Years"),
            "language": self.tr("Languages"), "source": self.tr("Sources"),
            "status": self.tr("Needs attention"),
        }  # fmt: skip
        for kind, label in labels.items():
            counts = facets.brochure[kind]
            if not counts:
                continue
            heading = _group(
                label,
                kind,
                counts,
                (kind,),
                newest_first=kind == "year",
                names=self._value_names(kind),
            )
            self.model_.appendRow(heading)
            if kind in self._expanded:
                self.expand(heading.index())
        if self.watch_failures:
            self._add_watch_failures(labels["status"])
        heading = QStandardItem(
            self.tr("Good-practice examples (%1)").replace("%1", str(facets.examples))
        )
        heading.setData(("examples", "examples"), FacetRole)
        example_labels = {
            "field": self.tr("Fields of action"), "region": self.tr("Regions"),
            "sector": self.tr("Sectors"), "organisation": self.tr("Organisations"),
        }  # fmt: skip
        for kind, label in example_labels.items():
            counts = facets.example[kind]
            if not counts:
                continue
            group = _group(label, f"examples-{kind}", counts, ("example-facet", kind))
            heading.appendRow(group)
        self.model_.appendRow(heading)
        if "examples" in self._expanded:
            self.expand(heading.index())
        if saved_searches:
            heading = QStandardItem(self.tr("Saved searches"))
            heading.setData(("heading", "saved"), FacetRole)
            heading.setSelectable(False)
            self._saved = {s.name: s for s in saved_searches}
            for search in saved_searches:
                item = QStandardItem(search.name)
                item.setData(("search", search.name), FacetRole)
                shown = [f"„{search.query}“"] if search.query else []
                shown += [self.facet_label(f) for f in search.facets]
                item.setData(" · ".join(shown), SearchShownRole)
                self._show_news(item, search.name)
                heading.appendRow(item)
            self.model_.appendRow(heading)
            if "saved" in self._expanded:
                self.expand(heading.index())

    def _add_watch_failures(self, label: str) -> None:
        """An entry under "Needs attention" for files a watched folder delivered that could
        not be imported (once each; choosing it lists them with their reasons)."""
        status = next(
            (
                self.model_.item(row)
                for row in range(self.model_.rowCount())
                if self.model_.item(row).data(FacetRole) == ("heading", "status")
            ),
            None,
        )
        if status is None:
            status = QStandardItem(label)
            status.setData(("heading", "status"), FacetRole)
            status.setSelectable(False)
            self.model_.appendRow(status)
        item = QStandardItem(
            self.tr("Not imported from watched folders (%1)").replace(
                "%1", str(self.watch_failures)
            )
        )
        item.setData(("watch-failed", ""), FacetRole)
        status.appendRow(item)
        if "status" in self._expanded:
            self.expand(status.index())

    def _value_names(self, kind: str) -> dict[str, str]:
        """What a facet value means to a reader, where the stored value is a code."""
        if kind == "status":
            return {
                "locked": self.tr("Password-protected"),
                "no-text": self.tr("No searchable text"),
                "missing": self.tr("File missing"),
                "error": self.tr("Could not be read"),
                "review:publisher": self.tr("Publisher to check"),
                "review:year": self.tr("Date to check"),
            }
        if kind == "language":
            return {"de": "Deutsch", "en": "English"}  # each language in its own name
        if kind == "state":
            return {"new": self.tr("New"), "evaluated": self.tr("Evaluated")}
        if kind == "publisher":
            return {"": self.tr("(no publisher)")}
        if kind == "year":
            return {"": self.tr("(no date)")}
        return {}

    def select_all(self) -> None:
        self.setCurrentIndex(self.model_.index(0, 0))

    def find_item(self, kind: str, value: str) -> QModelIndex | None:
        for row in range(self.model_.rowCount()):
            heading = self.model_.item(row)
            for child in range(heading.rowCount()):
                item = heading.child(child)
                if item.data(FacetRole) == (kind, value):
                    return item.index()
        return None

    def saved_search_seen(self, name: str) -> None:
        """The saved search was opened: no longer "(3 new)"."""
        self.set_news({k: v for k, v in self._news.items() if k != name})

    def set_news(self, news: dict[str, int]) -> None:
        """Brochures new in each saved search since it was last opened, counted afresh."""
        self._news = dict(news)
        for name in self._saved:
            index = self.find_item("search", name)
            if index is not None:
                self._show_news(self.model_.itemFromIndex(index), name)

    def _show_news(self, item: QStandardItem, name: str) -> None:
        new = self._news.get(name, 0)
        item.setText(f"{name} (+{new})" if new else name)  # short: the sidebar is narrow
        said = str(item.data(SearchShownRole) or "")
        if new:
            said += "\n" + self.tr("%n new brochure(s) since you last opened it", "", new)
        item.setToolTip(said)
        font = item.font()
        font.setBold(bool(new))  # brochures it finds that came in since it was last opened
        item.setFont(font)

    def show_examples_entry(self) -> None:
        """Select the "Good-practice examples" heading (all examples), without announcing it."""
        for row in range(self.model_.rowCount()):
            item = self.model_.item(row)
            if item.data(FacetRole) == ("examples", "examples"):
                selection = self.selectionModel()
                blocked = selection.blockSignals(True)
                try:
                    selection.clearSelection()
                    selection.select(item.index(), QItemSelectionModel.SelectionFlag.Select)
                    selection.setCurrentIndex(
                        item.index(), QItemSelectionModel.SelectionFlag.NoUpdate
                    )
                finally:
                    selection.blockSignals(blocked)
                self.viewport().update()
                return

    def kind_label(self, kind: str) -> str:
        return {
            "tag": self.tr("Tagged"), "publisher": self.tr("Publisher"), "year": self.tr("Year"),
            "language": self.tr("Language"), "status": self.tr("Needs attention"),
            "state": self.tr("Reading"), "source": self.tr("Source"),
            "field": self.tr("Field of action"), "region": self.tr("Region"),
            "sector": self.tr("Sector"), "organisation": self.tr("Organisation"),
        }.get(kind, kind)  # fmt: skip

    def facet_label(self, facet: tuple[str, str]) -> str:
        """ "Publisher: Bertelsmann Stiftung", as a chip shows a chosen facet."""
        kind, value = facet
        return f"{self.kind_label(kind)}: {self._value_names(kind).get(value, value)}"

    def show_facets(self, facets: tuple[tuple[str, str], ...]) -> None:
        """Select the entries of `facets` (the whole library for none), without announcing it:
        the window already shows them."""
        selection = self.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            selection.clearSelection()
            indexes = [i for i in (self.find_item(*f) for f in facets) if i is not None]
            for index in indexes or [self.model_.index(0, 0)]:
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
            if indexes or not facets:
                selection.setCurrentIndex(
                    (indexes or [self.model_.index(0, 0)])[-1],
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )
        finally:
            selection.blockSignals(blocked)
        self.viewport().update()

    def _chosen_entries(self) -> list[object]:
        return [i.data(FacetRole) for i in self.selectionModel().selectedIndexes()]

    def _context_menu(self, pos: QPoint) -> None:
        """A saved search can be removed from its own context menu."""
        data = self.indexAt(pos).data(FacetRole)
        if not (isinstance(data, tuple) and data[0] == "search"):
            return
        menu = QMenu(self)
        forget = menu.addAction(self.tr("Remove saved search “%1”").replace("%1", data[1]))
        forget.triggered.connect(lambda: self.search_forgotten.emit(data[1]))
        menu.popup(self.viewport().mapToGlobal(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._before_press = self._chosen_entries()
        super().mousePressEvent(event)

    def _clicked(self, index: QModelIndex) -> None:
        data = index.data(FacetRole)
        if data is not None and data[0] == "heading":
            self.setExpanded(index, not self.isExpanded(index))
        elif self._chosen_entries() == self._before_press:
            self._announce()  # chosen again (the list was left meanwhile): show it again

    def _selection_changed(self) -> None:
        self._announce()

    def _announce(self) -> None:
        entries = self._chosen_entries()
        facets = tuple(
            tuple(e) for e in entries if isinstance(e, tuple) and e[0] in BROCHURE_FACETS
        )
        if facets:
            self.facets_chosen.emit(facets)
            return
        if len(entries) != 1:
            return
        data = entries[0]
        if data is None:
            self.facets_chosen.emit(())
        elif not isinstance(data, tuple) or data[0] == "heading":
            return
        elif data[0] == "search" and data[1] in self._saved:
            self.search_chosen.emit(self._saved[data[1]])
        elif data[0] == "watch-failed":
            self.watch_failures_chosen.emit()
        elif data[0] == "examples":
            self.examples_chosen.emit(None)
        elif data[0] == "example-facet":
            self.examples_chosen.emit((data[1], data[2]))
