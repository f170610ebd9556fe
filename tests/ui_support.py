"""What the UI tests share: a real main window on a real library, and acting inside dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import SAMPLES
from PySide6.QtCore import QSettings

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index
from brochuredesk.core.service import LibraryService
from brochuredesk.ui.app import create_application
from brochuredesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg")
    )
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def open_window(qtbot, qapp) -> Iterator[Callable[[Path], MainWindow]]:  # type: ignore[no-untyped-def]
    create_application()
    opened: list[tuple[MainWindow, LibraryService]] = []

    def opener(root: Path) -> MainWindow:
        service = LibraryService.open(root)
        window = MainWindow(service)
        qtbot.addWidget(window)
        window.resize(1300, 820)
        window.show()
        opened.append((window, service))
        return window

    yield opener
    for window, service in opened:
        window.close()
        service.close()


def library_of(root: Path, paths: list[Path]) -> Path:
    """A library at `root` with these PDFs (or folders) imported and indexed."""
    with open_library(root) as library:
        index = open_index(library)
        import_paths(library, paths, index=index)
        index.close()
    return root


def sample_library(root: Path) -> Path:
    return library_of(root, [SAMPLES])


def search_and_wait(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type a query and wait for its results list."""
    from brochuredesk.ui.stack import RESULTS

    window.search.setText(text)
    window.searching.run()
    qtbot.waitUntil(
        lambda: window.center.currentIndex() == RESULTS and window.results.rowCount() > 0,
        timeout=10000,
    )


def when_modal(qapp, kind, action) -> None:  # type: ignore[no-untyped-def]
    """Run `action(dialog)` once a modal dialog of `kind` is open (dialogs run their own
    event loop, so the test acts from a timer inside it)."""
    _when(qapp.activeModalWidget, kind, action)


def when_popup(qapp, kind, action) -> None:  # type: ignore[no-untyped-def]
    """Run `action(menu)` once a popup (a context menu) of `kind` is open."""
    _when(qapp.activePopupWidget, kind, action)


def _when(current, kind, action) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    def poll() -> None:
        widget = current()
        if isinstance(widget, kind):
            action(widget)
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
