"""The real main window on real libraries: what a user does, checked the way they would see it."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest import SAMPLES
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from ui_support import isolated_settings, open_window, sample_library

from brochuredesk.core.library.folder import open_library
from brochuredesk.ui.main_window import EMPTY, GRID, RESULTS, TABLE, VIEWER

__all__ = ["isolated_settings", "open_window"]  # fixtures used by name


def test_empty_library_invites_a_drop_and_a_drop_imports(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "Neue Bibliothek")
    assert window.center.currentIndex() == EMPTY
    # Qt appends " — BrochureDesk" (the display name) itself on Windows and X11: naming the
    # app here too showed "BrochureDesk — Neue Bibliothek — BrochureDesk".
    assert window.windowTitle() == "Neue Bibliothek"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SAMPLES))])
    drop = QDropEvent(QPointF(400, 300), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=60000)
    qtbot.waitUntil(lambda: window.import_task is None, timeout=10000)
    assert window.center.currentIndex() in (GRID, TABLE)
    assert window.status_label.text() == "5 brochures"  # English plural, from the .qm
    titles = {b.title for b in window.model.brochures}
    assert "Clusterservice Aus- und Weiterbildung" in titles
    assert window.progress.isHidden()


def test_search_shows_snippets_and_opens_the_hit_page(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    qtbot.keyClicks(window.search, "Foodstarter")
    qtbot.waitUntil(
        lambda: window.center.currentIndex() == RESULTS and window.results.rowCount() > 0,
        timeout=10000,
    )
    brochure, result, _ = window.results.rows[0]
    assert brochure.title == "Clusterservice Aus- und Weiterbildung"
    pages = [h.page for h in result.hits]
    assert 6 in pages  # the good-practice page of »Werde Foodstarter«
    snippet = result.hits[pages.index(6)]
    assert any(snippet.snippet[s:e] == "Foodstarter" for s, e in snippet.highlights)

    row = next(
        i for i, (_, _, h) in enumerate(window.results.rows) if h >= 0 and result.hits[h].page == 6
    )
    window.searching.open_result(window.results.index(row, 0))
    assert window.center.currentIndex() == VIEWER
    assert window.viewer.page == 6
    qtbot.waitUntil(
        lambda: (
            window.viewer.image.pixmap() is not None and not window.viewer.image.pixmap().isNull()
        ),
        timeout=20000,
    )
    qtbot.waitUntil(lambda: window.viewer.hits_on_page >= 1, timeout=20000)
    window.viewer.closed.emit()
    assert window.center.currentIndex() == RESULTS


def test_title_edit_persists_after_reopening(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    window = open_window(root)
    window.show_catalog(TABLE)
    target = next(b for b in window.model.brochures if b.title.startswith("Jahresbericht"))
    window.select_brochure(target.id)
    assert window.details.brochure is not None and window.details.brochure.id == target.id
    window.details.title.setText("Jahresbericht 2019 – Carbon Composites")
    window.details.title.editingFinished.emit()
    qtbot.waitUntil(
        lambda: window.model.brochures[window.model.row_of(target.id)].title.endswith("Composites"),
        timeout=10000,
    )
    window.close()
    window.service.close()
    with open_library(root) as library:
        assert library.catalog.get(target.id).title == "Jahresbericht 2019 – Carbon Composites"


def test_tag_then_filter_by_the_tag(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    target = next(b for b in window.model.brochures if b.title.startswith("Leitfaden"))
    window.select_brochure(target.id)
    window.details.tags.setText("Digitalisierung, Handwerk")
    window.details.tags.editingFinished.emit()
    qtbot.waitUntil(lambda: window.sidebar.find_item("tag", "Handwerk") is not None, timeout=10000)
    window.sidebar.setCurrentIndex(window.sidebar.find_item("tag", "Handwerk"))
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == target.title
    window.sidebar.select_all()
    assert window.model.rowCount() == 5


def test_views_switch_and_the_choice_is_remembered(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    window = open_window(root)
    window.menus.table_action.trigger()
    assert window.center.currentIndex() == TABLE
    window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by year, newest first
    years = [b.year for b in window.model.brochures]
    assert years == sorted(years, reverse=True) and years[0] == 2022  # type: ignore[type-var]
    assert window.model.index(0, 2).data().endswith("2022")  # the date, as precise as known
    window.menus.grid_action.trigger()
    assert window.center.currentIndex() == GRID
    window.menus.table_action.trigger()
    window.close()
    again = open_window(root)
    assert again.center.currentIndex() == TABLE


def test_second_window_on_a_locked_library_is_read_only(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    with open_library(root):  # another process holds the library
        window = open_window(root)
        assert window.service.read_only
        assert not window.read_only_label.isHidden()
        assert not window.menus.import_action.isEnabled()
        assert window.model.rowCount() == 5


def test_german_ui_when_the_locale_is_german(qtbot, open_window, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from brochuredesk.ui.app import install_translators

    translators = install_translators(qapp, "de")
    try:
        assert translators, "the German translation ships with the app"
        window = open_window(tmp_path / "Bibliothek")
        assert window.menus.import_action.text() == "Dateien &importieren…"
        assert "PDF-Dateien hierher ziehen" in window.empty.text()
        assert window.viewer.zoom_box.itemText(0) == "Seitenbreite"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_preferences_switch_to_the_dark_palette_and_back(
    qtbot, open_window, qapp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    from brochuredesk.ui.preferences import PreferencesDialog

    open_window(tmp_path / "lib")
    for theme, dark in (("dark", True), ("light", False)):
        dialog = PreferencesDialog()
        qtbot.addWidget(dialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
        dialog.accept()
        window_colour = qapp.palette().color(QPalette.ColorRole.Window)
        assert (window_colour.lightness() < 128) is dark
    assert QSettings().value("theme") == "light"


def test_a_file_deleted_outside_the_app_shows_as_missing(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    with open_library(root) as library:
        gone = next(b for b in library.catalog.brochures() if b.title.startswith("Jahresbericht"))
        library.file_path(gone).unlink()
    window = open_window(root)
    qtbot.waitUntil(
        lambda: window.sidebar.find_item("status", "missing") is not None, timeout=10000
    )
    row = window.model.row_of(gone.id)
    assert row is not None and window.model.brochures[row].status == "missing"


def test_new_brochures_go_into_their_sorted_places(qapp) -> None:  # type: ignore[no-untyped-def]
    from brochuredesk.core.library.records import Brochure
    from brochuredesk.ui.models import BrochureModel
    from brochuredesk.ui.thumbnails import ThumbnailCache

    def brochure(n: int, title: str, year: int) -> Brochure:
        return Brochure(
            id=f"{n:012x}", sha256="", title=title, original_filename="", file="", file_size=0,
            page_count=1, added="", modified="", year=year,
        )  # fmt: skip

    model = BrochureModel(ThumbnailCache(), lambda b: None)
    model.set_brochures([brochure(1, "Alpha", 2010), brochure(2, "Gamma", 2020)])
    model.add_brochures([brochure(3, "Beta", 2015)])
    assert [b.title for b in model.brochures] == ["Alpha", "Beta", "Gamma"]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.add_brochures([brochure(4, "Delta", 2018), brochure(5, "Omega", 2030)])
    assert [b.year for b in model.brochures] == [2030, 2020, 2018, 2015, 2010]
    assert model.row_of(f"{4:012x}") == 2


def test_a_deleted_search_index_is_rebuilt_in_the_background(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    with open_library(root, read_only=True) as library:
        library.index_path.unlink()
    window = open_window(root)
    qtbot.waitUntil(
        lambda: window.service.index is not None and not window.service.needs_rebuild, timeout=30000
    )
    window.search.setText("Foodstarter")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=10000)


def test_a_misspelt_search_says_what_it_searched_instead(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    window.search.setText("Foodstartre")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=10000)
    said = window.result_label.text()
    assert "Foodstartre" in said and "<b>Foodstarter</b>" in said and "href" in said
    window.result_label.linkActivated.emit("exact")  # "Search for “Foodstartre” as typed"
    qtbot.waitUntil(lambda: window.results.rowCount() == 0, timeout=10000)
    assert "0 brochures found" in window.result_label.text()


def test_an_abbreviation_of_ones_own_is_found_both_ways(qtbot, open_window, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction
    from ui_support import when_modal

    from brochuredesk.ui.abbreviations_dialog import AbbreviationsDialog

    window = open_window(sample_library(tmp_path / "lib"))

    def add_pair(dialog: AbbreviationsDialog) -> None:
        dialog.short.setText("WF")
        dialog.long.setText("Werde Foodstarter")
        dialog.add_button.click()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
        assert dialog.table.item(0, 1).text() == "Werde Foodstarter"
        dialog.reject()

    when_modal(qapp, AbbreviationsDialog, add_pair)
    next(a for a in window.findChildren(QAction) if a.text() == "&Abbreviations…").trigger()
    assert window.service.abbreviations() == {"WF": ["Werde Foodstarter"]}
    window.search.setText("WF")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=10000)
    assert window.results.rows[0][0].title.startswith("Clusterservice")


def test_a_catalog_read_that_ends_after_closing_is_not_shown(
    qtbot, open_window, qapp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Background results arriving after the window closed went to widgets Qt had already
    deleted ("Internal C++ object already deleted" in the event loop)."""
    window = open_window(sample_library(tmp_path / "lib"))
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    resets: list[bool] = []
    window.model.modelReset.connect(lambda: resets.append(True))
    window.model.rowsInserted.connect(lambda *_: resets.append(True))
    window.reload()
    window.close()
    window.runner.wait()
    qapp.processEvents()
    assert resets == []


def test_the_details_say_where_a_brochure_was_downloaded(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    with open_library(root) as library:
        first, second = library.catalog.brochures()[:2]
        library.catalog.update(
            first.id,
            source_url="https://www.clusterplattform.de/SharedDocs/b.pdf",
            referrer_url="https://www.clusterplattform.de/Publikationen",
        )
    window = open_window(root)
    window.select_brochure(first.id)
    qtbot.waitUntil(
        lambda: window.details.brochure is not None and window.details.brochure.id == first.id
    )
    label = window.details.source
    assert window.details.form_layout.isRowVisible(label)
    assert ">clusterplattform.de</a>" in label.text()
    assert 'href="https://www.clusterplattform.de/SharedDocs/b.pdf"' in label.text()
    assert "Publikationen" in label.toolTip()
    window.select_brochure(second.id)
    qtbot.waitUntil(lambda: window.details.brochure.id == second.id)
    assert not window.details.form_layout.isRowVisible(label)
    by_source = window.sidebar.find_item("source", "clusterplattform.de")  # a facet by host
    assert by_source is not None and by_source.data() == "clusterplattform.de (1)"
    window.sidebar.setCurrentIndex(by_source)
    qtbot.waitUntil(lambda: [b.id for b in window.model.brochures] == [first.id])


def test_a_citation_is_copied_for_word_processors(qtbot, open_window, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from brochuredesk.core.citations import Cited

    window = open_window(sample_library(tmp_path / "lib"))
    brochure = next(b for b in window.model.brochures if b.title.startswith("Clusterservice"))
    window.edits.citations.copy([Cited(brochure)], "din")
    clipboard = qapp.clipboard().mimeData()
    # DIN 1505-2 as the CSL project's style writes it: the corporate author, then the title
    assert clipboard.text().startswith(f"{brochure.publisher}: {brochure.title}")
    assert clipboard.text().endswith(f", {brochure.year}")
    assert f"<i>{brochure.title}</i>" in clipboard.html() and "small-caps" in clipboard.html()
    window.edits.citations.copy([Cited(brochure)], "apa")
    assert (
        qapp.clipboard()
        .text()
        .startswith(f"{brochure.publisher}. ({brochure.year}). {brochure.title}")
    )


def test_help_lists_every_shortcut_of_the_menus(qtbot, open_window, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ux-review: Help had only "About". Help → Keyboard shortcuts (F1) names every key the
    menus answer to."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMessageBox
    from ui_support import when_modal

    window = open_window(sample_library(tmp_path / "lib"))
    keys = {
        a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty()
    }
    shown: list[str] = []

    def read(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    when_modal(qapp, QMessageBox, read)
    next(a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("F1")).trigger()
    assert shown and all(key in shown[0] for key in keys), keys
