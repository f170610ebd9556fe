"""Reviewing the suggestions of the whole library from the keyboard: the queue fills in the
background, Enter accepts, Del dismisses, F2 edits, a corrected fact is kept, and the accepted
examples stand in the Examples view with their facts."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt
from ui_support import isolated_settings, open_window, when_modal

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index
from brochuredesk.ui.example_form import ExampleDialog
from brochuredesk.ui.review_queue import EntryRole, ReviewQueue
from brochuredesk.ui.sidebar import FacetRole
from brochuredesk.ui.stack import EXAMPLES

__all__ = ["isolated_settings", "open_window"]  # fixtures used by name

BROCHURES = Path(__file__).parent / "data" / "example_brochures"


def _library(root: Path) -> Path:
    with open_library(root) as library:
        index = open_index(library)
        names = ("ministerium.pdf", "jahresbericht.pdf", "positionspapier.pdf")
        import_paths(library, [BROCHURES / n for n in names], index=index)
        index.close()
    return root


def _select(queue: ReviewQueue, title: str) -> None:
    for row in range(queue.list.count()):
        if queue.list.item(row).data(EntryRole)[1].title == title:
            queue.list.setCurrentRow(row)
            return
    raise AssertionError(f"{title} is not in the queue")


def _examples_heading(window):  # type: ignore[no-untyped-def]
    model = window.sidebar.model_
    for row in range(model.rowCount()):
        if model.item(row).data(FacetRole) == ("examples", "examples"):
            return model.item(row)
    raise AssertionError("no examples entry in the sidebar")


def test_review_every_suggestion_from_the_keyboard(qtbot, open_window, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(_library(tmp_path / "lib"))
    window.menus.suggest_all_action.trigger()
    queue = window.review.queue
    assert queue is not None
    qtbot.waitUntil(lambda: not queue.scanning, timeout=30000)
    assert queue.list.count() == 11  # six one-page examples and five profiles; none in the paper
    assert "11" in queue.header.text()

    queue.list.setFocus()
    _select(queue, "Werde Foodstarter")
    assert queue.organisation.text() == "foodRegio e. V."
    assert "5" in queue.reason.text()  # "page template as on p. 5-10"
    qtbot.waitUntil(lambda: not queue.preview.pixmap().isNull(), timeout=30000)
    qtbot.keyClick(queue.list, Qt.Key.Key_Return)  # accept as shown
    qtbot.waitUntil(lambda: queue.accepted_count == 1)
    assert queue.list.count() == 10 and queue.current() is not None

    _select(queue, "Azubi-Camp Photonik")
    qtbot.keyClick(queue.list, Qt.Key.Key_Delete)  # not an example
    qtbot.waitUntil(lambda: queue.dismissed_count == 1)

    _select(queue, "Bäckerei der Zukunft")
    queue.organisation.setText("Backhaus Hansen GmbH & Co. KG")  # corrected in place
    qtbot.keyClick(queue.organisation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: queue.accepted_count == 2)

    def rename(dialog: ExampleDialog) -> None:
        assert dialog.organisation.text() == "OLEC e. V."
        dialog.title.setText("Lernfabrik digital")
        dialog.accept()

    _select(queue, "Digitale Lernfabrik")
    when_modal(qapp, ExampleDialog, rename)
    qtbot.keyClick(queue.list, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: queue.accepted_count == 3)
    assert queue.list.count() == 7
    assert "Accepted: 3, dismissed: 1." in queue.header.text()
    queue.close()

    qtbot.waitUntil(lambda: "(3)" in _examples_heading(window).text())
    window.sidebar.setCurrentIndex(_examples_heading(window).index())  # the sidebar's entry
    assert window.center.currentIndex() == EXAMPLES
    qtbot.waitUntil(lambda: len(window.example_model.all) == 3)
    saved = {e.title: e for e in window.example_model.all}
    assert set(saved) == {"Werde Foodstarter", "Bäckerei der Zukunft", "Lernfabrik digital"}
    food = saved["Werde Foodstarter"]
    assert (food.organisation, food.region, food.pages) == (
        "foodRegio e. V.",
        "Schleswig-Holstein",
        "5",
    )
    assert food.fields_of_action == ["Ausbildung", "Nachwuchsförderung"]
    assert saved["Bäckerei der Zukunft"].organisation == "Backhaus Hansen GmbH & Co. KG"
    # the dismissal and the accepted pages stay decided: a new scan offers neither again
    window.menus.suggest_all_action.trigger()
    again = window.review.queue
    assert again is not None
    qtbot.waitUntil(lambda: not again.scanning, timeout=30000)
    titles = {again.list.item(r).data(EntryRole)[1].title for r in range(again.list.count())}
    assert len(titles) == 7 and not titles & {"Azubi-Camp Photonik", "Werde Foodstarter"}
    again.close()


def test_a_search_that_found_nothing_says_so_instead_of_an_empty_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    """'Alles geprüft.' above an empty list and a blank form (ux-review 32)."""
    from brochuredesk.ui.review_queue import ReviewQueue

    queue = ReviewQueue()
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitExposed(queue)
    assert queue.splitter.isVisible() and not queue.empty_box.isVisible()  # while it looks
    queue.scan_finished()
    assert not queue.splitter.isVisible() and queue.empty_box.isVisible()
    assert "Ctrl+E" in queue.empty.text()
    assert queue.empty_close.hasFocus() or queue.focusWidget() is queue.empty_close
