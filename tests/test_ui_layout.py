"""The window on a small laptop screen (1024×700): nothing is forced wider, the sidebar keeps
room for its names, and the panels beside the list can be hidden (and stay hidden)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from ui_support import isolated_settings, open_window, sample_library, search_and_wait

from brochuredesk.core.service import LibraryService
from brochuredesk.ui.main_window import TABLE, MainWindow

__all__ = ["isolated_settings", "open_window"]  # fixtures used by name


def test_a_small_screen_keeps_the_window_its_size_with_the_viewer_open(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(sample_library(tmp_path / "lib"))
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.minimumSizeHint().width() <= 1024
    assert window.sidebar.width() >= 160
    window.show_catalog(TABLE)  # every column in view, the title column readable
    table = window.table
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    assert table.columnWidth(0) >= 160
    date = window.model.COLUMNS.index("year")  # ux-review 104: the date read "20…"
    assert table.columnWidth(date) >= table.fontMetrics().horizontalAdvance("15.03.2020")

    window.open_viewer(window.model.brochures[0], 1)
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.drawn_page == 1, timeout=20000)
    viewer.image.select_all()  # selecting text changes nothing in the bar's layout
    # ux-review 108: the zoom box and "New example…" hid behind a "»" at 1024 px
    for tool in (viewer.next_hit, viewer.zoom_box, viewer.example_button):
        assert tool.isVisible(), tool.accessibleName() or tool.text()
    assert window.width() == 1024  # the viewer's bar does not push the window wider
    # a narrow viewer (the sidebar and details drawn wide): the bar wraps onto a second row
    # instead of hiding its tools behind a "»" that cannot show them (walk of 12-08, 1280 px)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0] + 200, 420, sizes[2] + sizes[1] - 620])
    qtbot.waitUntil(lambda: viewer.width() <= 440)
    bar = viewer.bar
    for tool in (viewer.back, viewer.next, viewer.next_hit, viewer.zoom_box, viewer.example_button):
        assert tool.isVisible(), tool.accessibleName() or tool.text()
        left = tool.mapTo(bar, tool.rect().topLeft()).x()
        assert left >= 0 and left + tool.width() <= bar.width(), tool.accessibleName()
    rows = {
        tool.mapTo(bar, tool.rect().topLeft()).y() for tool in (viewer.back, viewer.example_button)
    }
    assert len(rows) == 2  # the example button went to the next row
    assert window.width() == 1024
    # nor do the details of the brochure shown make it taller than a laptop's screen
    assert window.minimumSizeHint().height() <= 600
    assert window.sidebar.width() >= 160
    assert window.center.width() >= 300


def test_the_details_panel_hides_and_stays_hidden(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    window = open_window(root)
    before = window.center.width()
    window.menus.details_action.trigger()  # View → Details panel (Ctrl+I)
    assert window.details_area.isHidden()
    qtbot.waitUntil(lambda: window.center.width() > before)
    window.close()
    window.service.close()

    service = LibraryService.open(root)
    again = MainWindow(service)
    qtbot.addWidget(again)
    try:
        assert not again.menus.details_action.isChecked()
        assert again.details_area.isHidden()
        assert again.menus.sidebar_action.isChecked()
    finally:
        again.close()
        service.close()
    assert QSettings().value("details-shown") in (False, "false")


def test_a_long_file_path_is_shortened_not_clipped(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / ("ein-sehr-langer-ordnername-" * 4 + "bibliothek"))
    window = open_window(root)
    window.resize(1024, 700)
    target = window.model.brochures[0]
    window.select_brochure(target.id)
    label = window.details.file_info
    qtbot.waitUntil(lambda: label.width() > 0)
    metrics = label.fontMetrics()
    assert all(
        metrics.horizontalAdvance(line) <= label.width() for line in label.text().split("\n")
    )
    assert "…" in label.text()  # the path, shortened in the middle
    assert str(root) in label.toolTip()  # and whole where the pointer rests
    size = label.lines[1].split(" · ")[1]  # "5 pages · 1.2 MB": in the unit that fits
    assert size != "0.0 MB" and size.endswith(("kB", "MB")), size
    small = min(window.model.brochures, key=lambda b: b.file_size)
    window.select_brochure(small.id)
    if small.file_size < 100_000:
        assert label.lines[1].endswith("kB"), label.lines[1]


def test_result_rows_are_as_tall_as_what_they_draw(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A long publisher under a long title wraps: the first hit must not be drawn over it."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = open_window(sample_library(tmp_path / "lib"))
    window.resize(1024, 700)
    window.search.setText("Ernährungswirtschaft")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=10000)
    view, delegate = window.result_view, window.result_delegate
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect.setWidth(view.viewport().width())
    for row in range(window.results.rowCount()):
        index = window.results.index(row, 0)
        drawn = delegate._document(option, index).size().height()
        assert delegate.sizeHint(option, index).height() >= drawn, row


def test_the_cover_grid_names_a_status_instead_of_its_code(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics

    from brochuredesk.core.plain import replace
    from brochuredesk.ui.delegates import _meta_line

    window = open_window(sample_library(tmp_path / "lib"))
    delegate = window.grid.itemDelegate()
    scanned = replace(
        window.model.brochures[0], status="no-text", publisher="", year=2019, date="2019-06"
    )
    line = _meta_line(scanned, QFontMetrics(window.font()), 300, delegate.status_names)
    assert line == "06/2019 · no text"


def test_a_window_saved_as_a_strip_comes_back_usable_and_on_the_screen(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """ux-review 103: the geometry saved last time was taken as it was, whatever screen it
    came from: the window came back ~1070×320 on a 1600×1000 screen, 682×322 on 1024×700."""
    from PySide6.QtWidgets import QWidget

    root = sample_library(tmp_path / "lib")
    strip = QWidget()
    strip.setGeometry(5000, 4000, 500, 300)  # where another, larger screen was
    QSettings().setValue("geometry", strip.saveGeometry())
    service = LibraryService.open(root)
    again = MainWindow(service)  # as the app opens it: no size set from outside
    qtbot.addWidget(again)
    try:
        again.show()
        screen = again.screen().availableGeometry()
        assert again.width() >= min(1024, screen.width() * 94 // 100)
        assert again.height() >= min(640, screen.height() * 9 // 10)
        assert again.width() <= screen.width() and again.height() <= screen.height()
        assert screen.contains(again.frameGeometry().center())
    finally:
        again.close()
        service.close()


def test_a_wrapped_line_in_the_details_gets_its_height_on_a_low_window(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path
) -> None:
    """At 1280×760 an example's name wrapped to two lines and its second line was drawn under
    the next row ("My notes")."""
    from PySide6.QtWidgets import QFormLayout

    from brochuredesk.core.service import LibraryService

    root = sample_library(tmp_path / "lib")
    name = "Clusterservice als Beispiel für die Fachkräftesicherung in der Region"
    service = LibraryService.open(root)  # the example and a note there before the window opens
    target = service.brochures()[0]
    service.add_example(target.id, "1-2", name)
    service.add_note(target.id, 1, "Für den Vorstand: Zahlen prüfen")  # the row below
    service.close()
    window = open_window(root)
    window.resize(1280, 760)
    search_and_wait(qtbot, window, "Fachkräfte")  # as met: from the results
    window.show_details(next(b for b in window.model.all if b.id == target.id))
    examples = window.details.examples
    qtbot.waitUntil(lambda: name[:20] in examples.text() and examples.width() > 0)
    window.details.date.setText("31.02.2019")  # refused: its field restyled, the form laid out
    window.details.date.editingFinished.emit()
    qtbot.wait(50)  # one round of layout after that
    lines_needed = examples.heightForWidth(examples.width())
    assert lines_needed > examples.fontMetrics().lineSpacing()  # it does wrap here
    assert examples.height() >= lines_needed
    form = window.details.form_layout
    others = [
        item.widget() for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.FieldRole)) is not None
        and item.widget() is not None and item.widget() is not examples
        and item.widget().isVisible()
    ]  # fmt: skip
    assert others and not [w for w in others if w.geometry().intersects(examples.geometry())]
