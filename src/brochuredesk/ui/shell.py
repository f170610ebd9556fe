"""What a controller may use of the main window: the library service and its background
runner, the views it works on, the status bar's progress and cancel, the selection, and a
handful of window-level moves. Controllers are typed against this, never against
MainWindow, so none of them imports the window (calibre's InterfaceAction gets its `gui`
the same way); MainWindow is the one class that fills it in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import (
        QLabel,
        QLineEdit,
        QListView,
        QScrollArea,
        QStackedWidget,
        QTableView,
    )

    from brochuredesk.core.extract.render import RenderService
    from brochuredesk.core.library.records import Brochure
    from brochuredesk.core.service import LibraryService
    from brochuredesk.ui.delegates import ResultDelegate
    from brochuredesk.ui.details import DetailsPanel
    from brochuredesk.ui.examples_view import ExampleModel, ExamplesPage
    from brochuredesk.ui.job_progress import JobProgress
    from brochuredesk.ui.models import BrochureModel, ResultsModel
    from brochuredesk.ui.navigation import FilterChips, Filters
    from brochuredesk.ui.sidebar import Sidebar
    from brochuredesk.ui.thumbnails import ThumbnailCache
    from brochuredesk.ui.viewer import Viewer
    from brochuredesk.ui.workers import Task, TaskRunner


class Shell(QMainWindow):
    """The window as its controllers see it (MainWindow builds all of it)."""

    # the library and background work
    service: LibraryService
    settings: QSettings
    runner: TaskRunner
    import_task: Task | None  # the one import (or OCR) running, which Cancel stops
    strip_renderer: RenderService
    covers: ThumbnailCache
    closed = False  # the window has closed: late results have nobody to tell
    # the catalog, the search and the examples, as shown
    model: BrochureModel
    results: ResultsModel
    example_model: ExampleModel
    filters: Filters
    last_query: str
    center: QStackedWidget
    sidebar: Sidebar
    chips: FilterChips
    search: QLineEdit
    search_timer: QTimer
    result_view: QListView
    result_delegate: ResultDelegate
    result_label: QLabel
    examples_page: ExamplesPage
    examples_table: QTableView
    table: QTableView  # the catalog as a table (its header sorts)
    details: DetailsPanel
    details_area: QScrollArea  # the details panel's frame, shown or hidden
    viewer: Viewer
    # the status bar: what is shown, and the progress and Cancel of the running job
    status_label: QLabel
    job: JobProgress

    if TYPE_CHECKING:  # what MainWindow defines: declared for the type checker only, so a
        # controller's use of them is checked and nothing here can run in their place

        @property
        def catalog_view(self) -> int:
            """GRID or TABLE: the catalog view chosen."""
            ...

        def error(self, message: str) -> None: ...

        def reload(self, keep: str | None = None) -> None: ...

        def update_count(self) -> None: ...

        def selected(self) -> list[Brochure]: ...

        def select_brochure(self, brochure_id: str, *, scroll: bool = True) -> None: ...

        def select_brochures(self, brochure_ids: list[str]) -> None: ...

        def show_details(self, brochure: Brochure | None) -> None: ...

        def typing_in_details(self) -> bool: ...

        def open_viewer(
            self, brochure: Brochure, page: int, hit_pages: list[int] | None = None
        ) -> None: ...

        def show_catalog(self, which: int) -> None:
            """Show the catalog as GRID or TABLE (remembered)."""
            ...

        def show_examples(self, facet: tuple[str, str] | None) -> None:
            """The examples view, narrowed to one examples facet or showing all."""
            ...

        def search_again(self) -> None:
            """Run the query in the search field again, if there is one."""
            ...

        def clear_search(self) -> None:
            """Back from search results to the whole catalog."""
            ...
