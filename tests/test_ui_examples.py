"""Good-practice examples in the real window: from the viewer (pages or a text selection) and
from suggestions, through the form, into the Examples table and cards with their facets, found
by search, and exported from the menu to a dossier PDF and a CSV file read back."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

import pymupdf
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from ui_support import isolated_settings, open_window, sample_library, when_modal, when_popup

from brochuredesk.ui.dossier_dialog import DossierDialog
from brochuredesk.ui.example_form import ExampleDialog
from brochuredesk.ui.examples_view import CARDS_VIEW, TABLE_VIEW
from brochuredesk.ui.main_window import MainWindow
from brochuredesk.ui.stack import EXAMPLES, VIEWER
from brochuredesk.ui.suggestions import SuggestionsDialog

__all__ = ["isolated_settings", "open_window"]  # fixtures used by name


def _by_title(window: MainWindow, start: str):  # type: ignore[no-untyped-def]
    return next(b for b in window.model.all if b.title.startswith(start))


def _fields(dialog: ExampleDialog, names: set[str]) -> None:
    for i in range(dialog.fields.count()):
        if dialog.fields.item(i).text() in names:
            dialog.fields.item(i).setCheckState(Qt.CheckState.Checked)


def _save_as(qapp, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Answer the next file dialog with `path`."""

    def choose(dialog: QFileDialog) -> None:
        from PySide6.QtWidgets import QLineEdit

        dialog.setDirectory(str(path.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(path.name)  # typed by the user over the suggested name
        dialog.accept()

    when_modal(qapp, QFileDialog, choose)


def test_mark_pages_as_an_example_then_browse_and_find_it(
    qtbot, open_window, qapp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    cluster = _by_title(window, "Clusterservice")
    window.open_viewer(cluster, 6)
    strip = window.viewer.strip
    for page in (6, 7):
        strip.selectionModel().select(
            window.viewer.strip_model.index(page - 1, 0), QItemSelectionModel.SelectionFlag.Select
        )
    assert window.viewer.chosen_pages() == (6, 7)
    seen: dict[str, object] = {}

    def fill_in(dialog: ExampleDialog) -> None:
        seen["excerpt"] = dialog.excerpt.toPlainText()
        seen["pages"] = (dialog.first.value(), dialog.last.value())
        dialog.title.setText("Werde Foodstarter")
        dialog.organisation.setText("foodRegio e.V.")
        dialog.region.setCurrentText("Schleswig-Holstein")
        dialog.sector.setText("Ernährungswirtschaft")
        dialog.last.setValue(6)
        _fields(dialog, {"Nachwuchsförderung", "Ausbildung"})
        dialog.summary.setPlainText("Ausbildungskampagne mit Schulbesuchen und Praktikumsbörse")
        dialog._accept()

    when_modal(qapp, ExampleDialog, fill_in)
    window.viewer.example_button.click()
    assert seen["pages"] == (6, 7) and "Werde Foodstarter" in str(seen["excerpt"])
    qtbot.waitUntil(lambda: len(window.example_model.all) == 1, timeout=10000)
    example = window.example_model.all[0]
    assert (example.first_page, example.last_page) == (6, 6)
    assert example.fields_of_action == ["Ausbildung", "Nachwuchsförderung"]
    # the details beside the viewer show the new example at once, not "—"
    qtbot.waitUntil(lambda: "Werde Foodstarter (p. 6)" in window.details.examples.text())
    # and the viewer says that page 6 is an example now (page 7 is not)
    strip = window.viewer.strip_model
    assert strip.item(5).text() == "6 ★" and strip.item(6).text() == "7"
    assert window.viewer.example_label.text() == "★ Example: Werde Foodstarter"

    window.select_brochure(cluster.id)
    assert "Werde Foodstarter (p. 6)" in window.details.examples.text()
    window.examples.show(("organisation", "foodRegio e.V."))
    assert window.center.currentIndex() == EXAMPLES
    assert window.example_model.rowCount() == 1
    assert window.examples_page.count.text() == "1 example"
    window.examples.show(("field", "Weiterbildung"))
    assert window.example_model.rowCount() == 0

    for query in ("org:foodRegio", "Praktikumsbörse"):  # a field, then a word of the summary
        window.search.setText(query)
        window.searching.run()
        qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=10000)
        assert window.results.rows[0][1].kind == "example", query
        assert window.results.rows[0][1].id == example.id
        # the example is counted as one, not as a brochure found
        assert "1 example" in window.result_label.text(), window.result_label.text()

    # the chips say what filters the examples, not the catalog search that does not apply
    window.examples.show(("organisation", "foodRegio e.V."))
    assert [c.accessibleName() for c in window.chips.chips] == ["Organisation: foodRegio e.V."]
    window.chips.chips[0].click()  # its ✕: all examples
    assert window.center.currentIndex() == EXAMPLES and window.example_model.rowCount() == 1
    assert window.example_model.facet is None and not window.chips.isVisible()


def test_a_text_selection_on_the_page_becomes_the_excerpt(
    qtbot, open_window, qapp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    cluster = _by_title(window, "Clusterservice")
    window.open_viewer(cluster, 7)
    image = window.viewer.image
    qtbot.waitUntil(lambda: bool(image.words), timeout=20000)
    words = [w[4] for w in image.words]
    start = words.index("Photonik-Akademie")
    # Drag from that word to the fifth word after it, as a user would with the mouse.
    begin = image.word_rect(start).center().toPoint()
    end = image.word_rect(start + 5).center().toPoint()
    qtbot.mousePress(image, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(image, end)
    qtbot.mouseRelease(image, Qt.MouseButton.LeftButton, pos=end)
    selected = image.selected_text()
    assert selected.startswith("Photonik-Akademie") and len(selected.split()) == 6
    assert window.viewer.example_button.toolTip() == "New example from selection…"
    window.viewer.copy_selection()
    assert qapp.clipboard().text() == selected

    shown: dict[str, str] = {}

    def in_form(dialog: ExampleDialog) -> None:
        shown.update(
            excerpt=dialog.excerpt.toPlainText(), title=dialog.title.text(),
            org=dialog.organisation.text(), region=dialog.region.currentText(),
        )  # fmt: skip
        dialog._accept()

    when_modal(qapp, ExampleDialog, in_form)
    window.viewer.example_button.click()
    assert shown["excerpt"] == selected
    assert (shown["org"], shown["region"]) == ("Photonics BW e.V.", "Baden-Württemberg")
    qtbot.waitUntil(lambda: len(window.example_model.all) == 1, timeout=10000)
    saved = window.example_model.all[0]
    assert saved.excerpt == selected and (saved.first_page, saved.last_page) == (7, 7)
    assert saved.title == shown["title"] != ""

    window.viewer.go(6)  # another page: the selection goes
    qtbot.waitUntil(lambda: window.viewer.page == 6 and not image.selected, timeout=20000)


def test_accepted_suggestion_fills_the_form_and_dismissed_ones_stay_dismissed(
    qtbot, open_window, qapp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    window = open_window(root)
    cluster = _by_title(window, "Clusterservice")
    window.select_brochure(cluster.id)
    filled: dict[str, str] = {}
    offered: list[list[str]] = []

    def in_form(form: ExampleDialog) -> None:
        filled.update(
            title=form.title.text(), org=form.organisation.text(), region=form.region.currentText()
        )
        _fields(form, {"Weiterqualifizierung"})
        form._accept()

    def in_suggestions(dialog: SuggestionsDialog) -> None:
        offered.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        assert dialog.header.text().startswith("2 suggestions")
        qtbot.waitUntil(
            lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull(),
            timeout=20000,
        )
        assert dialog.shown_page == 6  # the page of the first suggestion, drawn beside the list
        dialog.list.setCurrentRow(1)  # Photonik-Akademie: not an example here
        dialog._dismiss_current()
        assert dialog.header.text().startswith("1 suggestion in")  # the count follows
        dialog.list.setCurrentRow(0)  # Werde Foodstarter
        when_modal(qapp, ExampleDialog, in_form)
        dialog._accept_current()
        dialog.reject()

    when_modal(qapp, SuggestionsDialog, in_suggestions)
    window.examples.suggest()
    qtbot.waitUntil(lambda: len(window.example_model.all) == 1, timeout=10000)
    assert len(offered[0]) == 2
    assert filled == {
        "title": "Werde Foodstarter", "org": "foodRegio e.V.", "region": "Schleswig-Holstein"
    }  # fmt: skip

    # In a new window on the same library: neither the accepted nor the dismissed one again.
    window.close()
    window.service.close()
    again = open_window(root)
    again.select_brochure(cluster.id)
    restore_offered: list[bool] = []

    def second_look(dialog: SuggestionsDialog) -> None:
        offered.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        restore_offered.append(dialog.restore_button is not None)
        if dialog.restore_button is not None:
            dialog.restore_button.click()  # offer the dismissed one again

    when_modal(qapp, SuggestionsDialog, second_look)
    again.examples.suggest()
    qtbot.waitUntil(lambda: len(offered) == 2, timeout=10000)
    assert offered[1] == [] and restore_offered == [True]

    def third_look(dialog: SuggestionsDialog) -> None:
        offered.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.reject()

    when_modal(qapp, SuggestionsDialog, third_look)  # the window asks again after restoring
    qtbot.waitUntil(lambda: len(offered) == 3, timeout=10000)
    assert len(offered[2]) == 1 and "Photonik-Akademie" in offered[2][0]


def test_cards_show_the_examples_and_share_the_selection(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    cluster = _by_title(window, "Clusterservice")
    for pages, title in (("6", "Werde Foodstarter"), ("7", "Photonik-Akademie")):
        window.service.add_example(cluster.id, pages, title, region="Bayern")
    window.reload()
    qtbot.waitUntil(lambda: len(window.example_model.all) == 2, timeout=10000)
    window.examples.show(None)
    page = window.examples_page
    page.cards_button.click()
    assert page.stack.currentIndex() == CARDS_VIEW
    cards = page.cards
    qtbot.waitUntil(lambda: cards.visualRect(cards.model().index(1, 0)).isValid(), timeout=5000)
    first, second = (cards.visualRect(cards.model().index(r, 0)) for r in (0, 1))
    assert first.width() >= 300 and first.height() >= 150 and first != second
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=second.center())
    assert [e.title for e in window.examples.selected()] == ["Photonik-Akademie"]
    page.table_button.click()
    assert page.stack.currentIndex() == TABLE_VIEW
    assert [e.title for e in window.examples.selected()] == ["Photonik-Akademie"]
    page.cards_button.click()
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    qtbot.mouseDClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    assert window.center.currentIndex() == VIEWER and window.viewer.page == 6


def test_export_from_the_menu_writes_a_dossier_and_a_csv(
    qtbot, open_window, qapp, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    cluster = _by_title(window, "Clusterservice")
    window.service.add_example(
        cluster.id, "6", "Werde Foodstarter", organisation="foodRegio e.V.",
        fields_of_action=["Ausbildung"], summary="Ausbildungskampagne",
    )  # fmt: skip
    window.service.add_example(
        cluster.id, "7", "Photonik-Akademie", organisation="Photonics BW e.V.",
        excerpt="Die Photonik-Akademie bildet Fachkräfte weiter.",
    )  # fmt: skip
    window.reload()
    qtbot.waitUntil(lambda: len(window.example_model.all) == 2, timeout=10000)
    window.examples.show(None)
    window.examples_table.selectAll()
    actions = {a.text(): a for a in window.menuBar().actions()}
    examples_menu = actions["E&xamples"].menu()
    menu_actions = {a.text(): a for a in examples_menu.actions()}

    dossier = tmp_path / "Ausgabe" / "Dossier.pdf"
    dossier.parent.mkdir()

    def name_it(dialog: DossierDialog) -> None:
        dialog.title.setText("Fachkräfte in Clustern")
        dialog.subtitle.setText("Beispiele für den Beirat, Dezember 2026")
        _save_as(qapp, dossier)  # the file dialog comes next
        dialog.accept()

    when_modal(qapp, DossierDialog, name_it)
    menu_actions["Export as &dossier PDF…"].trigger()
    qtbot.waitUntil(dossier.exists, timeout=20000)
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage(), timeout=20000)
    with pymupdf.open(dossier) as doc:
        # cover + contents + (facts page + 1 original page) × 2
        assert doc.page_count == 6
        toc = [(level, title) for level, title, _ in doc.get_toc()]
        assert (1, "Werde Foodstarter") in toc and (1, "Photonik-Akademie") in toc
        assert "foodRegio e.V." in doc[2].get_text()
        cover = doc[0].get_text()
        assert "Fachkräfte in Clustern" in cover and "Beirat, Dezember 2026" in cover
        assert "„Die Photonik-Akademie bildet Fachkräfte weiter.“" in doc[4].get_text()
        contents_links = [link["page"] for link in doc[1].get_links()]
        assert contents_links == [2, 4]  # each contents line leads to its example
        assert "Werde Foodstarter" in doc[3].get_text()
    assert not list(dossier.parent.glob("*.part")) and not list(dossier.parent.glob(".*"))

    table = tmp_path / "Ausgabe" / "Beispiele.csv"
    _save_as(qapp, table)
    menu_actions["Export as &CSV…"].trigger()
    qtbot.waitUntil(table.exists, timeout=20000)
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert sorted(r["Title"] for r in rows) == ["Photonik-Akademie", "Werde Foodstarter"]
    food = next(r for r in rows if r["Title"] == "Werde Foodstarter")
    assert food["Organisation"] == "foodRegio e.V." and "Clusterservice" in food["Brochure"]


def test_page_menu_offers_copy_and_a_new_example(qtbot, open_window, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    window = open_window(sample_library(tmp_path / "lib"))
    window.open_viewer(_by_title(window, "Clusterservice"), 4)
    image = window.viewer.image
    qtbot.waitUntil(lambda: bool(image.words), timeout=20000)
    seen: list[list[tuple[str, bool]]] = []

    def look(menu: QMenu) -> None:
        seen.append([(a.text(), a.isEnabled()) for a in menu.actions() if a.text()])
        menu.close()

    when_popup(qapp, QMenu, look)
    window.viewer._page_menu(QPoint(20, 20))
    assert seen[0][0] == ("&Copy", False)
    image.select_all()
    when_popup(qapp, QMenu, look)
    window.viewer._page_menu(QPoint(20, 20))
    assert seen[1][0] == ("&Copy", True)
    assert ("New example from selection…", True) in seen[1]


def test_cards_show_the_examples_own_first_page(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from brochuredesk.ui.examples_view import CoverRole

    window = open_window(sample_library(tmp_path / "lib"))
    cluster = _by_title(window, "Clusterservice")
    window.service.add_example(cluster.id, "6", "Werde Foodstarter")
    window.reload()
    qtbot.waitUntil(lambda: len(window.example_model.all) == 1, timeout=10000)
    window.examples.show(None)
    example = window.example_model.all[0]
    window.example_model.index(0, 0).data(CoverRole)  # the card asks: page 6 is drawn
    drawn = window.example_pages.path(example)
    qtbot.waitUntil(drawn.is_file, timeout=20000)
    key = f"{cluster.id}#6"
    qtbot.waitUntil(lambda: key in window.covers._images, timeout=20000)
    shown = window.example_model.index(0, 0).data(CoverRole)
    cover = window.covers.image(cluster.id, window.service.library.thumbnail_path(cluster))
    assert shown.cacheKey() == window.covers._images[key].cacheKey()
    assert shown.cacheKey() != cover.cacheKey()
    assert drawn.is_relative_to(Path(os.environ["BROCHUREDESK_CACHE"]))  # a cache, not the library


def test_enter_in_the_field_of_action_entry_adds_it_and_keeps_the_form_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter in 'Add a field of action and press Enter' closed the whole form and lost the
    summary and web address typed so far (ux-review 37, 38)."""
    dialog = ExampleDialog("Broschüre", 20, "", [], {"title": "Werde Foodstarter"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.summary.setPlainText("Azubis aus der Lebensmittelbranche gründen eine Firma.")
    dialog.url.setText("https://foodstarter.example")
    dialog.new_field.setFocus()
    dialog.new_field.setText("Gründungsförderung")  # keyClicks aborts on umlauts offscreen
    qtbot.keyClick(dialog.new_field, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != ExampleDialog.DialogCode.Accepted
    assert dialog.new_field.text() == ""
    assert "Gründungsförderung" in dialog.values()["fields_of_action"]
    assert dialog.values()["summary"].startswith("Azubis") and dialog.values()["url"]
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)  # Enter elsewhere still saves the form
    assert dialog.result() == ExampleDialog.DialogCode.Accepted


def test_an_examples_card_counts_ones_notes_on_its_pages(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from brochuredesk.ui.roles import NoteCountRole

    window = open_window(sample_library(tmp_path / "lib"))
    brochure = next(b for b in window.model.brochures if b.title.startswith("Clusterservice"))
    window.service.add_example(brochure.id, "2-3", "Lernfabrik")
    window.service.add_note(brochure.id, 3, "Ansprechpartnerin anrufen")
    window.service.add_note(brochure.id, 5, "anderes Thema")
    window.reload()
    model = window.example_model
    qtbot.waitUntil(lambda: len(model.rows) == 1)
    qtbot.waitUntil(lambda: model.data(model.index(0, 0), NoteCountRole) == 1)
