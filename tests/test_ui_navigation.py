"""One navigation state: query and sidebar facets combine, chips remove them, the status bar
counts what is shown, and leaving the viewer returns to exactly the list it was opened from."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from ui_support import isolated_settings, open_window, sample_library, search_and_wait

from brochuredesk.ui.stack import EXAMPLES, GRID, RESULTS, TABLE, VIEWER

__all__ = ["isolated_settings", "open_window"]  # fixtures used by name

OLEC = "OLEC e.V. - Oldenburger Energiecluster"
BMWI = "Bundesministerium für Wirtschaft und Energie (BMWi)"


def _result_titles(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {brochure.title for brochure, _, _ in window.results.rows}


def _choose(window, kind: str, value: str, *, add: bool = False) -> None:  # type: ignore[no-untyped-def]
    """A click on a sidebar entry; `add` is a Ctrl+click."""
    index = window.sidebar.find_item(kind, value)
    assert index is not None, (kind, value)
    flag = QItemSelectionModel.SelectionFlag
    window.sidebar.selectionModel().setCurrentIndex(
        index, flag.Toggle if add else flag.ClearAndSelect
    )


def test_a_facet_narrows_the_results_of_the_query_and_chips_undo_each(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    sidebar_top = window.sidebar.mapTo(window, QPoint(0, 0)).y()
    search_and_wait(qtbot, window, "Fachkräfte")
    assert len(_result_titles(window)) == 3
    assert window.status_label.text() == "3 of 5 brochures"
    # the chips appear over the middle column: the sidebar stays under the pointer
    qtbot.waitUntil(window.chips.isVisible)
    assert window.sidebar.mapTo(window, QPoint(0, 0)).y() == sidebar_top

    _choose(window, "publisher", OLEC)
    qtbot.waitUntil(lambda: _result_titles(window) == {"Energie-Newsletter Ausgabe 2/2022"})
    assert window.search.text() == "Fachkräfte"  # the query stays, and still applies
    assert window.center.currentIndex() == RESULTS
    assert window.status_label.text() == "1 of 5 brochures"
    chips = [chip.accessibleName() for chip in window.chips.chips]
    assert chips == ["Search: Fachkräfte", f"Publisher: {OLEC}"]

    _choose(window, "publisher", BMWI, add=True)  # a second publisher: either one
    qtbot.waitUntil(lambda: len(_result_titles(window)) == 2)
    assert window.status_label.text() == "2 of 5 brochures"

    window.chips.chips[0].click()  # the query's chip: the catalog, still narrowed
    assert window.search.text() == ""
    assert window.center.currentIndex() in (GRID, TABLE)
    assert {b.publisher for b in window.model.brochures} == {OLEC, BMWI}
    assert window.status_label.text() == "2 of 5 brochures"

    next(c for c in window.chips.chips if OLEC in c.accessibleName()).click()
    assert [b.publisher for b in window.model.brochures] == [BMWI]
    window.chips.chips[0].click()
    assert window.model.rowCount() == 5
    assert window.status_label.text() == "5 brochures"
    assert window.chips.isHidden()


def test_facets_of_two_kinds_narrow_each_other(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    _choose(window, "year", "2018")
    _choose(window, "year", "2022", add=True)
    assert window.model.rowCount() == 2
    _choose(window, "publisher", OLEC, add=True)
    assert [b.publisher for b in window.model.brochures] == [OLEC]
    assert window.status_label.text() == "1 of 5 brochures"


def test_leaving_the_viewer_returns_to_the_same_results_and_selection(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    search_and_wait(qtbot, window, "Fachkräfte")
    rows_before = list(window.results.rows)
    chosen = window.results.index(3, 0)
    window.result_view.setCurrentIndex(chosen)
    window.searching.open_result(chosen)
    assert window.center.currentIndex() == VIEWER
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.viewer, Qt.Key.Key_Escape)
    assert window.center.currentIndex() == RESULTS
    assert window.results.rows == rows_before
    assert window.result_view.currentIndex().row() == 3
    assert window.search.text() == "Fachkräfte"

    # Opened again from the viewer (an example's pages, a second result): one Esc still
    # returns to the list, not to the catalog.
    window.searching.open_result(chosen)
    window.searching.open_result(window.results.index(1, 0))
    window.viewer.closed.emit()
    assert window.center.currentIndex() == RESULTS


def test_a_brochure_facet_leaves_the_examples_view(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    window.examples.show(None)
    assert window.center.currentIndex() == EXAMPLES
    _choose(window, "publisher", OLEC)
    assert window.center.currentIndex() in (GRID, TABLE)
    assert [b.publisher for b in window.model.brochures] == [OLEC]


def test_the_chosen_facets_survive_an_edit_that_rebuilds_the_sidebar(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    _choose(window, "year", "2018")
    _choose(window, "year", "2022", add=True)
    target = window.model.brochures[0]
    window.select_brochure(target.id)
    window.details.tags.setText("Neu")
    window.details.tags.editingFinished.emit()
    qtbot.waitUntil(lambda: window.sidebar.find_item("tag", "Neu") is not None, timeout=10000)
    chosen = {i.data(Qt.ItemDataRole.UserRole + 10) for i in window.sidebar.selectedIndexes()}
    assert chosen == {("year", "2018"), ("year", "2022")}
    assert window.model.rowCount() == 2


def test_back_leaves_the_viewer_like_esc(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    window.show_catalog(TABLE)
    target = window.model.brochures[2]
    window.select_brochure(target.id)
    window.open_viewer(target, 1)
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.viewer, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.center.currentIndex() == TABLE
    assert [b.id for b in window.selected()] == [target.id]  # (opening it marked it read)


def test_an_import_of_only_duplicates_ends_with_the_count_and_names_the_titles(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from conftest import SAMPLES

    window = open_window(sample_library(tmp_path / "lib"))
    window.importing.import_paths([SAMPLES])
    qtbot.waitUntil(
        lambda: window.import_task is None and window.importing.summary_box is not None,
        timeout=30000,
    )
    assert window.status_label.text() == "5 brochures"  # not "Importing 0 of 5 …"
    # no window of its own takes the keyboard when the import ends: a link leads to it
    assert not window.importing.summary_box.isVisible()
    assert window.importing.notice.isVisible() and "5 duplicates" in window.importing.notice.text()
    window.importing.notice.linkActivated.emit("summary")
    assert window.importing.summary_box.isVisible() and not window.importing.notice.isVisible()
    text = window.importing.summary_box.text()
    assert "already in the library as “Clusterservice Aus- und Weiterbildung”" in text
    assert not any(b.id in text for b in window.model.all)  # titles, not hash ids


def test_a_reread_catalog_keeps_the_details_on_the_chosen_brochure(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    window.show_catalog(TABLE)
    target = window.model.brochures[3]
    window.select_brochure(target.id)
    window.reload()  # what a save elsewhere does: the list is rebuilt from the catalog
    qtbot.waitUntil(lambda: window.selected() == [target])
    assert window.details.brochure is not None and window.details.brochure.id == target.id


def test_brochures_of_one_title_are_told_apart_by_date_and_file_name(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from pdfs import make_pdf

    from brochuredesk.core.importer.pipeline import import_paths
    from brochuredesk.core.library.folder import open_library

    root = tmp_path / "lib"
    issues = {"gb-2021-03.pdf": "Stand: März 2021", "gb-2021-09.pdf": "Stand: September 2021"}
    with open_library(root) as library:
        import_paths(
            library,
            [
                make_pdf(
                    tmp_path / "in" / name,
                    [["Gemeindebrief", "Evangelische Gemeinde", stand]],
                    title_size=30,
                )
                for name, stand in issues.items()
            ],
        )
    window = open_window(root)
    window.show_catalog(TABLE)
    columns = window.model.COLUMNS
    rows = {
        window.model.index(r, columns.index("file")).data(): window.model.index(
            r, columns.index("year")
        ).data()
        for r in range(window.model.rowCount())
    }
    assert rows == {"gb-2021-03.pdf": "03/2021", "gb-2021-09.pdf": "09/2021"}
    # issue 26: the issue's date belongs in a periodical's title, so the titles differ too
    assert {window.model.index(r, 0).data() for r in range(2)} == {
        "Gemeindebrief 03/2021",
        "Gemeindebrief 09/2021",
    }
    assert not window.table.isColumnHidden(columns.index("file"))

    window.columns.show_column(columns.index("file"), False)  # the header's column chooser
    assert window.table.isColumnHidden(columns.index("file"))
    window.close()
    again = open_window(root)
    assert again.table.isColumnHidden(columns.index("file"))  # remembered
    assert again.table.isColumnHidden(columns.index("added"))  # hidden until asked for


def test_the_cover_grid_sorts_from_the_menu_and_keeps_the_order(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    window = open_window(root)
    assert window.center.currentIndex() == GRID
    window.menus.sort_actions["year"].trigger()  # View → Sort by → Date
    window.menus.sort_descending.trigger()
    years = [b.year or 0 for b in window.model.brochures]
    assert years == sorted(years, reverse=True)
    assert window.table.horizontalHeader().sortIndicatorSection() == window.model.COLUMNS.index(
        "year"
    )
    window.close()
    window.service.close()
    again = open_window(root)  # the order is remembered
    assert [b.year or 0 for b in again.model.brochures] == years
    assert again.menus.sort_actions["year"].isChecked() and again.menus.sort_descending.isChecked()


def test_esc_from_an_examples_pages_returns_to_the_examples(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    cluster = next(b for b in window.model.all if b.title.startswith("Clusterservice"))
    window.service.add_example(cluster.id, "6", "Werde Foodstarter")
    qtbot.waitUntil(lambda: len(window.example_model.all) == 1, timeout=10000)
    window.examples.show(None)
    window.examples.open(window.example_model.index(0, 0))
    assert window.center.currentIndex() == VIEWER and window.viewer.page == 6
    window.viewer.closed.emit()  # Esc
    assert window.center.currentIndex() == EXAMPLES
    assert window.status_label.text() == "1 example"


def test_a_saved_search_keeps_its_facets_and_name(qtbot, open_window, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ux-review 76/82: a saved search kept only the query (2 hits saved, 17 restored) and
    saving said nothing. Now: a name, a confirmation, and query and facets restored."""
    from PySide6.QtWidgets import QInputDialog
    from ui_support import when_modal

    window = open_window(sample_library(tmp_path / "lib"))
    search_and_wait(qtbot, window, "Fachkräfte")
    everywhere = {b.id for b, _, _ in window.results.rows}
    publisher = window.results.rows[0][0].publisher
    window.sidebar.setCurrentIndex(window.sidebar.find_item("publisher", publisher))
    qtbot.waitUntil(lambda: window.filters.facets == (("publisher", publisher),))
    qtbot.waitUntil(lambda: {b.publisher for b, _, _ in window.results.rows} == {publisher})
    narrowed = sorted({b.id for b, _, _ in window.results.rows})
    assert len(narrowed) < len(everywhere)

    def name_it(dialog: QInputDialog) -> None:
        assert "Fachkräfte" in dialog.textValue() and publisher in dialog.textValue()
        dialog.setTextValue("Fachkräfte beim Ministerium")
        dialog.accept()

    when_modal(qapp, QInputDialog, name_it)
    window.searching.save()
    qtbot.waitUntil(lambda: "Fachkräfte beim Ministerium" in window.statusBar().currentMessage())
    (saved,) = window.service.saved_searches()
    assert (saved.query, saved.facets) == ("Fachkräfte", (("publisher", publisher),))

    window.clear_search()
    assert window.model.rowCount() == len(window.model.all)
    qtbot.waitUntil(lambda: window.sidebar.find_item("search", saved.name) is not None)
    window.sidebar.setCurrentIndex(window.sidebar.find_item("search", saved.name))
    qtbot.waitUntil(lambda: window.center.currentIndex() == RESULTS)
    qtbot.waitUntil(lambda: sorted({b.id for b, _, _ in window.results.rows}) == narrowed)
    assert window.search.text() == "Fachkräfte"
    assert window.filters.facets == (("publisher", publisher),)


def test_saved_searches_of_an_older_version_still_open(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from brochuredesk.core.library.saved_searches import SavedSearch, read_saved, with_saved

    older = ["Fachkräfte", "", 7, {"name": "kaputt"}]
    assert read_saved(older) == [SavedSearch("Fachkräfte", "Fachkräfte")]
    kept = with_saved(older, SavedSearch("fachkräfte", "Fachkräfte", (("tag", "KMU"),)))
    assert read_saved(kept) == [SavedSearch("fachkräfte", "Fachkräfte", (("tag", "KMU"),))]


def test_spellings_of_one_publisher_are_one_entry_and_none_has_its_own(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """ux-review: "BÜNDNIS 90 / DIE GRÜNEN" and "BÜNDNIS 90/DIE GRÜNEN" were two publishers,
    and so were "FDP" and "Freie Demokratische Partei"; brochures without a publisher or a year
    could not be chosen."""
    from brochuredesk.core.library.folder import open_library

    root = sample_library(tmp_path / "lib")
    with open_library(root) as library:
        one, two, three, four, five = library.catalog.brochures()[:5]
        library.catalog.update(one.id, publisher="BÜNDNIS 90 / DIE GRÜNEN")
        library.catalog.update(two.id, publisher="BÜNDNIS 90/DIE GRÜNEN")
        library.catalog.update(three.id, publisher="", year=None, date="")
        # a party's acronym and its name: one body to a reader
        library.catalog.update(four.id, publisher="FDP")
        library.catalog.update(five.id, publisher="Freie Demokratische Partei")
    window = open_window(root)
    sidebar = window.sidebar
    first = sidebar.find_item("publisher", "BÜNDNIS 90 / DIE GRÜNEN")
    second = sidebar.find_item("publisher", "BÜNDNIS 90/DIE GRÜNEN")
    assert (first is None) != (second is None)  # one entry, under one of the spellings
    entry = first or second
    assert entry.data().endswith("(2)")
    sidebar.setCurrentIndex(entry)
    qtbot.waitUntil(lambda: {b.id for b in window.model.brochures} == {one.id, two.id})
    nobody = sidebar.find_item("publisher", "")
    assert nobody is not None and nobody.data() == "(no publisher) (1)"
    sidebar.setCurrentIndex(nobody)
    qtbot.waitUntil(lambda: [b.id for b in window.model.brochures] == [three.id])
    undated = sidebar.find_item("year", "")
    assert undated is not None and undated.data() == "(no date) (1)"
    party = sidebar.find_item("publisher", "Freie Demokratische Partei")
    assert sidebar.find_item("publisher", "FDP") is None and party.data().endswith("(2)")
    sidebar.setCurrentIndex(party)
    qtbot.waitUntil(lambda: {b.id for b in window.model.brochures} == {four.id, five.id})


def test_new_brochures_are_new_until_opened_and_can_be_marked_evaluated(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """An inbox: what arrived is "New" until opened; "Evaluated" is the user's own mark; both
    are sidebar entries that choose those brochures."""
    window = open_window(sample_library(tmp_path / "lib"))
    sidebar = window.sidebar
    qtbot.waitUntil(lambda: sidebar.find_item("state", "new") is not None)
    assert sidebar.find_item("state", "new").data() == "New (5)"
    first = window.model.brochures[0]
    window.open_viewer(first, 1)
    qtbot.waitUntil(lambda: not window.service.library.catalog.get(first.id).inbox)
    qtbot.waitUntil(lambda: sidebar.find_item("state", "new").data() == "New (4)")
    window.edits.mark_evaluated([first.id], True)
    qtbot.waitUntil(lambda: sidebar.find_item("state", "evaluated") is not None)
    assert sidebar.find_item("state", "evaluated").data() == "Evaluated (1)"
    sidebar.setCurrentIndex(sidebar.find_item("state", "evaluated"))
    qtbot.waitUntil(lambda: [b.id for b in window.model.brochures] == [first.id])
    stored = window.service.library.catalog.get(first.id)
    assert stored.evaluated and not stored.inbox
    assert stored.modified == first.modified  # reading is not an edit of the brochure


def test_a_saved_search_counts_what_came_in_since_it_was_last_opened(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """issue 28: "Fachkräfte (+2)" beside a saved search; opening it clears the count."""
    from test_editions import sentences, write_brochure

    from brochuredesk.core.library.saved_searches import SavedSearch
    from brochuredesk.ui.saved_news import remember_seen

    window = open_window(sample_library(tmp_path / "lib"))
    saved = SavedSearch("Fachkräfte", "Fachkräfte")
    window.service.save_search(saved)
    remember_seen(window.service, saved)  # as saving it from the window does
    qtbot.waitUntil(lambda: window.sidebar.find_item("search", "Fachkräfte") is not None)
    entry = window.sidebar.model_.itemFromIndex(window.sidebar.find_item("search", "Fachkräfte"))
    assert entry.text() == "Fachkräfte"  # nothing new yet
    # an edit in the details rebuilds the sidebar's counts with the saved searches in it
    # (it handed the sidebar the raw setting, which had no names to show)
    first = window.model.brochures[0]
    window.select_brochure(first.id)
    window.details.title.setText("Umbenannt")
    window.details.title.editingFinished.emit()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Saved.", timeout=10000)
    assert window.sidebar.find_item("search", "Fachkräfte") is not None
    folder = tmp_path / "neu"
    folder.mkdir()
    text = [*sentences(4, 30), "Fachkräfte für die Region gewinnen."]
    write_brochure(folder / "neu.pdf", "Fachkräfte im Handwerk", "Kammer Nord", "2024", text, 6)
    other = ["Radwege im Quartier werden breiter.", "Die Stadt plant neue Ampeln."] * 10
    write_brochure(folder / "anders.pdf", "Radwege im Quartier", "Stadt Kiel", "2024", other, 6)
    window.importing.import_paths([folder])

    def shown() -> str:
        index = window.sidebar.find_item("search", "Fachkräfte")
        return window.sidebar.model_.itemFromIndex(index).text() if index is not None else ""

    qtbot.waitUntil(lambda: shown() == "Fachkräfte (+1)", timeout=60000)
    entry = window.sidebar.model_.itemFromIndex(window.sidebar.find_item("search", "Fachkräfte"))
    assert entry.font().bold()
    assert entry.toolTip() == "„Fachkräfte“\n1 new brochure since you last opened it"
    window.sidebar.setCurrentIndex(window.sidebar.find_item("search", "Fachkräfte"))
    qtbot.waitUntil(lambda: shown() == "Fachkräfte")
    # and it stays seen: the next reading of the catalog counts nothing new in it
    from brochuredesk.core.library.saved_searches import seen_results
    from brochuredesk.ui.saved_news import saved_search_news

    cache = window.service.library.cache_dir
    qtbot.waitUntil(lambda: len(seen_results(cache)["fachkräfte"]) == 4, timeout=10000)
    assert saved_search_news(window.service, window.service.brochures(), [saved]) == {}
