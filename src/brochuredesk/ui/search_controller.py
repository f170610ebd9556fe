"""The search room of the main window: the query typed (searched as the user types), the
sidebar's facets narrowing it, the chips that undo either, the results list and its
corrections, saved searches, and the words a hit page highlights."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QInputDialog

from brochuredesk.core.library.records import Brochure
from brochuredesk.core.library.saved_searches import SavedSearch
from brochuredesk.core.search.engine import SearchOutcome
from brochuredesk.ui.navigation import EXAMPLES_FACET, QUERY, Facet, Filters
from brochuredesk.ui.roles import BrochureRole
from brochuredesk.ui.saved_news import remember_seen
from brochuredesk.ui.stack import EMPTY, EXAMPLES, RESULTS, VIEWER

if TYPE_CHECKING:
    from brochuredesk.ui.shell import Shell


class SearchController(QObject):
    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window
        self.searched = ""  # the query the results shown were found with (corrected or not)

    def focus(self) -> None:
        self.w.search.setFocus()
        self.w.search.selectAll()

    def run(self) -> None:
        query = self.w.search.text().strip()
        self.update_chips(query)
        if not query:
            self.w.last_query = ""
            self.w.center.setCurrentIndex(self.w.catalog_view if len(self.w.model.all) else EMPTY)
            return
        self.w.last_query = query
        within = {b.id for b in self.w.model.brochures} if self.w.filters else None
        self.w.runner.start(
            lambda: self.w.service.search(query, within=within),
            on_done=lambda outcome: self.show_results(query, outcome),
        )

    def chosen_brochures(self) -> list[Brochure]:
        """The brochures of the results chosen (Ctrl/Shift+click), each once, in order."""
        chosen: dict[str, Brochure] = {}
        for row in sorted(i.row() for i in self.w.result_view.selectionModel().selectedIndexes()):
            brochure = self.w.results.index(row, 0).data(BrochureRole)[0]
            chosen.setdefault(brochure.id, brochure)
        return list(chosen.values())

    def update_chips(self, query: str | None = None) -> None:
        query = self.w.last_query if query is None else query
        self.w.chips.show_state(query, self.w.filters, self.w.sidebar.facet_label)

    def chip_removed(self, what: object) -> None:
        if what == QUERY:
            self.w.search.clear()
            self.run()
            return
        if not isinstance(what, tuple):
            return
        if what[0] == EXAMPLES_FACET:  # the examples view's facet: all examples again
            self.w.show_examples(None)
            self.w.sidebar.show_examples_entry()
            return
        self.w.filters = self.w.filters.without(what)
        self.w.sidebar.show_facets(self.w.filters.facets)
        self.apply_filters()

    def clear_to_catalog(self) -> None:
        """No query, no facet: the whole catalog (where a notice of new brochures leads)."""
        self.w.search.clear()
        self.w.last_query = ""
        self.w.filters = Filters()
        self.w.sidebar.show_facets(())
        self.apply_filters()

    def facets_chosen(self, facets: tuple[Facet, ...]) -> None:
        self.w.filters = Filters(facets)
        self.apply_filters()

    def apply_filters(self) -> None:
        """Show the brochures the facets let through: the catalog, or, with a query in the
        field, its results among them."""
        self.w.model.set_filters(self.w.filters)
        if self.w.center.currentIndex() in (VIEWER, EXAMPLES, EMPTY) or not self.w.last_query:
            self.w.center.setCurrentIndex(self.w.catalog_view if len(self.w.model.all) else EMPTY)
        if self.w.last_query:
            self.run()
        else:
            self.update_chips()
            self.w.update_count()

    def show_results(self, query: str, outcome: SearchOutcome) -> None:
        if query != self.w.last_query:
            return  # the user typed on
        self.searched = outcome.corrected_query or query
        by_id = {b.id: b for b in self.w.model.all}
        rows = [(by_id[r.brochure_id], r) for r in outcome.results if r.brochure_id in by_id]
        self.w.result_delegate.examples = {e.id: e for e in self.w.example_model.all}
        if any(r.kind == "note" for r in outcome.results):
            self.w.result_delegate.notes = {n.id: n for n in self.w.service.notes()}
        self.w.result_delegate.note_label = self.tr("Note")
        self.w.result_delegate.earlier = self.w.model.earlier
        self.w.result_delegate.earlier_label = self.tr("earlier edition")
        self.w.result_delegate.forget_sizes()
        self.w.results.set_results(rows)
        if self.w.service.index is None:  # rebuilding: the search runs again when it is done
            self.w.result_label.setText("&nbsp;&nbsp;" + self.tr("Building the search index…"))
        elif outcome.corrected_query:
            said = self.tr("No results for “%1” — results for “%2”.")
            said = said.replace("%1", html.escape(query)).replace(
                "%2", f"<b>{html.escape(outcome.corrected_query)}</b>"
            )
            exact = self.tr("Search for “%1” as typed").replace("%1", html.escape(query))
            self.w.result_label.setText(f"&nbsp;&nbsp;{said} <a href='exact'>{exact}</a>")
        else:
            found = self._found_text(query, outcome)
            if self.w.filters:
                found += " " + self.tr("(among the brochures the filters let through)")
            self.w.result_label.setText("&nbsp;&nbsp;" + html.escape(found))
        if self.w.center.currentIndex() != VIEWER:
            self.w.center.setCurrentIndex(RESULTS)
        if rows:
            self.w.result_view.setCurrentIndex(self.w.results.index(0, 0))
        self.w.update_count()

    def _found_text(self, query: str, outcome: SearchOutcome) -> str:
        """ "4 brochures and 1 example found for …": an example or a note among the results
        is not counted as a brochure (the status bar counts brochures: "4 of 6")."""
        if outcome.total != len(outcome.results):  # more than shown: the engine's count
            return self.tr("%n brochure(s) found for “%1”", "", outcome.total).replace("%1", query)
        brochures = len({r.brochure_id for r in outcome.results if r.kind == "brochure"})
        examples = sum(r.kind == "example" for r in outcome.results)
        notes = sum(r.kind == "note" for r in outcome.results)
        if not examples and not notes:
            return self.tr("%n brochure(s) found for “%1”", "", brochures).replace("%1", query)
        parts = [self.tr("%n brochure(s)", "", brochures)] if brochures else []
        parts += [self.tr("%n example(s)", "", examples)] if examples else []
        parts += [self.tr("%n note(s)", "", notes)] if notes else []
        return self.tr("%1 found for “%2”").replace("%1", ", ".join(parts)).replace("%2", query)

    def search_as_typed(self) -> None:
        """The link beside a corrected search: the words as typed, without correction."""
        query = self.w.last_query
        within = {b.id for b in self.w.model.brochures} if self.w.filters else None
        self.w.runner.start(
            lambda: self.w.service.search(query, correct=False, within=within),
            on_done=lambda outcome: self.show_results(query, outcome),
        )

    def enter(self) -> None:
        self.w.search_timer.stop()
        if (
            self.w.search.text().strip() != self.w.last_query
            or self.w.center.currentIndex() != RESULTS
        ):
            self.run()
            return
        self.open_result(self.w.result_view.currentIndex())

    def open_result(self, index: object) -> None:
        if not getattr(index, "isValid", lambda: False)():
            return
        brochure, page = self.w.results.page_of(index.row())  # type: ignore[attr-defined]
        _, result, _ = self.w.results.rows[index.row()]  # type: ignore[attr-defined]
        self.w.open_viewer(brochure, page, [hit.page for hit in result.hits])
        if result.kind == "brochure" and self.searched:
            query = self.searched
            self.w.runner.start(
                lambda: self.w.service.hit_pages(query, brochure.id),
                on_done=lambda pages: self.w.viewer.add_hit_pages(brochure.id, pages),
            )

    def result_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.w.show_details(self.w.results.rows[current.row()][0])

    def saved_search_chosen(self, search: SavedSearch) -> None:
        """The query and the facets as they were saved, both applied."""
        self.w.search.setText(search.query)
        self.w.last_query = search.query
        self.w.filters = Filters(search.facets)
        self.w.sidebar.show_facets(search.facets)
        self.apply_filters()
        self.w.runner.start(lambda: remember_seen(self.w.service, search))
        self.w.sidebar.saved_search_seen(search.name)  # nothing new in it any more

    def save(self) -> None:
        """Save what is shown (the query and the facets) under a name the user gives."""
        query = self.w.search.text().strip()
        facets = self.w.filters.facets
        if self.w.service.read_only:
            self.w.error(self.tr("This library is read-only."))
            return
        if not query and not facets:
            self.w.statusBar().showMessage(
                self.tr("Nothing to save: type a search or choose a filter first."), 6000
            )
            return
        proposal = " · ".join(
            ([f"„{query}“"] if query else []) + [self.w.sidebar.facet_label(f) for f in facets]
        )
        name, ok = QInputDialog.getText(
            self.w, self.tr("Save search"), self.tr("Name of the saved search:"), text=proposal
        )
        name = " ".join(name.split())
        if not ok or not name:
            return
        search = SavedSearch(name, query, facets)

        def save_and_see() -> None:
            self.w.service.save_search(search)
            remember_seen(self.w.service, search)  # new from here on

        self.w.runner.start(
            save_and_see,
            on_done=lambda _: self.w.statusBar().showMessage(
                self.tr("Search saved as “%1” (sidebar, Saved searches).").replace("%1", name),
                8000,
            ),
            on_error=self.w.error,
        )

    def forget_saved(self, name: str) -> None:
        if self.w.service.read_only:
            return
        self.w.runner.start(lambda: self.w.service.forget_search(name), on_error=self.w.error)

    def words_on_page(self, page: int) -> tuple[str, ...]:
        brochure = self.w.viewer.brochure
        if not self.w.last_query or brochure is None:
            return ()
        # the words the results were found with: 'Nachwuchs Förderung' for the typed
        # 'Nachwuchsförderung' the library never writes as one word
        query = self.searched or self.w.last_query
        return tuple(self.w.service.matched_words(query, brochure.id, page))
