"""The app with hostile PDFs: a page that hangs the renderer shows a message instead of
freezing the window, and only http(s) links open, and only on a click."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from hostile import huge_page, many_operators, scripts_and_links
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from ui_support import isolated_settings, open_window

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index

__all__ = ["isolated_settings", "open_window"]  # fixtures used by name


class Opened(QObject):
    """Where QDesktopServices sends the URLs the app asks it to open (Qt's own hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def hostile_library(tmp_path: Path) -> Path:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    many_operators(folder / "operators.pdf")
    scripts_and_links(folder / "scripts-and-links.pdf")
    huge_page(folder / "huge-page.pdf")
    root = tmp_path / "lib"
    with open_library(root) as library:
        index = open_index(library)
        import_paths(library, [folder], index=index, timeout=5)
        index.close()
    return root


def test_a_hanging_page_shows_a_message_and_the_window_stays_usable(
    qtbot, open_window, hostile_library
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(hostile_library)
    window.renderer.timeout = 3
    brochure = next(b for b in window.model.all if b.original_filename == "operators.pdf")
    window.open_viewer(brochure, 1)
    qtbot.waitUntil(lambda: "cannot be shown" in window.viewer.image.text(), timeout=20000)
    assert "stopped after 3 s" in window.viewer.image.text()
    window.viewer.closed.emit()
    window.search.setText("Riesenseite")  # the window answers: search still works
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=10000)


def test_only_a_click_on_a_web_link_opens_it(qtbot, open_window, hostile_library) -> None:  # type: ignore[no-untyped-def]
    opened = Opened()
    for scheme in ("http", "https", "file", "javascript"):
        QDesktopServices.setUrlHandler(scheme, opened, "open")
    try:
        window = open_window(hostile_library)
        brochure = next(
            b for b in window.model.all if b.original_filename == "scripts-and-links.pdf"
        )
        window.open_viewer(brochure, 1)
        image = window.viewer.image
        qtbot.waitUntil(lambda: bool(image.links), timeout=20000)
        assert opened.urls == []  # nothing opens by itself (the PDF's OpenAction is ignored)
        words = [w[4] for w in image.words]
        for text in ("file:///etc/passwd", "Programm", "http://example.org/cluster"):
            index = next(i for i, w in enumerate(words) if w.startswith(text))
            point = image.word_rect(index).center().toPoint()
            qtbot.mouseClick(image, Qt.MouseButton.LeftButton, pos=point)
        assert opened.urls == ["http://example.org/cluster"]
    finally:
        for scheme in ("http", "https", "file", "javascript"):
            QDesktopServices.unsetUrlHandler(scheme)
