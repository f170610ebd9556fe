"""The main window: sidebar, cover grid / table / search results / viewer, details panel,
search field, import with progress and cancel, drag and drop."""

from __future__ import annotations

import gc
import html
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from brochuredesk import APP_NAME
from brochuredesk.core.extract.render import RenderService
from brochuredesk.core.library.changes import Change
from brochuredesk.core.library.local_cache import library_cache
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.service import LibraryService
from brochuredesk.ui.catalog_view import CatalogEvents, CatalogView
from brochuredesk.ui.delegates import CELL, CoverDelegate, ResultDelegate
from brochuredesk.ui.details import DetailsPanel
from brochuredesk.ui.edit_controller import EditController
from brochuredesk.ui.editions_controller import EditionsController
from brochuredesk.ui.elsewhere_controller import ElsewhereController, missing_file_text
from brochuredesk.ui.example_pages import ExamplePages
from brochuredesk.ui.examples_controller import ExamplesController
from brochuredesk.ui.examples_view import CARDS_VIEW, TABLE_VIEW, ExampleModel, ExamplesPage
from brochuredesk.ui.import_controller import ImportController
from brochuredesk.ui.index_controller import IndexController
from brochuredesk.ui.job_progress import StatusBarRow
from brochuredesk.ui.menus import WindowMenus
from brochuredesk.ui.models import BrochureModel, ResultsModel
from brochuredesk.ui.navigation import FilterChips, Filters
from brochuredesk.ui.notes_controller import NotesController
from brochuredesk.ui.roles import BrochureRole
from brochuredesk.ui.saved_news import saved_search_news
from brochuredesk.ui.search_controller import SearchController
from brochuredesk.ui.shell import Shell
from brochuredesk.ui.sidebar import Sidebar, count_facets
from brochuredesk.ui.stack import EMPTY, EXAMPLES, GRID, RESULTS, TABLE, VIEWER
from brochuredesk.ui.suggestion_review import SuggestionReview
from brochuredesk.ui.thumbnails import ThumbnailCache
from brochuredesk.ui.viewer import Viewer
from brochuredesk.ui.views import ColumnChooser, ColumnFitter, row_table
from brochuredesk.ui.watch_controller import WatchController
from brochuredesk.ui.window_geometry import restore_geometry
from brochuredesk.ui.workers import Task, TaskRunner

SEARCH_DELAY_MS = 300
SIDEBAR_MIN, DETAILS_MIN = 170, 280


class MainWindow(Shell):
    def __init__(self, service: LibraryService) -> None:
        super().__init__()
        self.service = service
        self.settings = QSettings()
        self.runner = TaskRunner(self)
        self.import_task: Task | None = None
        self.last_query = ""
        self.filters = Filters()  # the sidebar's brochure facets, with the query one state
        self.renderer = RenderService()
        self.strip_renderer = RenderService()
        self.review = SuggestionReview(
            self, service, self.runner, self.strip_renderer, self.error,
            lambda: self.example_model.all,
        )  # fmt: skip
        self.examples = ExamplesController(self)  # the good-practice examples' room
        self.searching = SearchController(self)  # query, sidebar facets, results
        self.importing = ImportController(self)  # files and folders in, with progress
        self.edits = EditController(self)  # a brochure's fields, tags, removal, its file
        self.notes = NotesController(self)  # one's own notes and highlights on pages
        self.covers = ThumbnailCache(self)
        self.covers.scale = max(1.0, self.devicePixelRatioF())
        self.model = BrochureModel(self.covers, self.service.library.thumbnail_path)
        self.results = ResultsModel()
        self.setAcceptDrops(True)
        self.setWindowTitle(service.library.name)  # Qt adds the application's name
        self.editions = EditionsController(self)  # earlier editions in the grid and details
        self._build_views()
        self.watching = WatchController(self)  # watched folders: new PDFs come in by themselves
        self.elsewhere = ElsewhereController(self)  # edits of other processes and machines
        self.menus = WindowMenus(
            self, importing=self.importing, edits=self.edits, searching=self.searching,
            examples=self.examples, review=self.review, editions=self.editions,
            watching=self.watching,
        )  # fmt: skip
        self.upkeep = IndexController(self)  # the index rebuilt, moved files found
        self._build_status_bar()
        self.center.currentChanged.connect(lambda _: self.update_count())
        # Every write the service makes is announced; the views follow from here alone.
        self.catalog_events = CatalogEvents(self)
        self.catalog_events.changed.connect(self._catalog_changed)
        service.subscribe(self.catalog_events.changed.emit)
        self._restore_settings()
        self._show_catalog(self._read_catalog())  # at once: the first window shows the library
        self.covers.changed.connect(self.details.refresh_cover)
        # Files deleted or moved outside the app show as missing (and found again as ok),
        # checked once the window has settled.
        QTimer.singleShot(2000, self.upkeep.check_files)
        QTimer.singleShot(0, self.watching.start)
        self.elsewhere.start()  # changes other processes and machines make, followed
        if service.needs_rebuild:  # missing or outdated search index: rebuilt in the background
            QTimer.singleShot(0, self.upkeep.rebuild)
        if service.read_only:
            message = self.tr("This library is open in another BrochureDesk: read-only.")
            if service.library.read_only_reason:
                message = self.tr(
                    "This library's folder cannot be written (%1): read-only."
                ).replace("%1", service.library.read_only_reason)
            elif not service.library.locked_by:
                message = self.tr("This library is read-only.")
            self.read_only_label.setText(message)
            self.read_only_label.show()

    # -- layout -----------------------------------------------------------------------------
    def _build_views(self) -> None:
        self.sidebar = Sidebar()
        self.sidebar.facets_chosen.connect(self.searching.facets_chosen)
        self.sidebar.search_chosen.connect(self.searching.saved_search_chosen)
        self.sidebar.search_forgotten.connect(self.searching.forget_saved)
        self.sidebar.examples_chosen.connect(self.examples.show)

        self.grid = QListView()
        self.grid.setAccessibleName(self.tr("Cover grid"))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)  # 10 000 covers: laid out in steps
        self.grid.setBatchSize(400)
        self.grid.setGridSize(CELL)
        self.grid.setSpacing(4)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(CoverDelegate(self.grid))

        self.table = row_table(self.model, self.tr("Brochure table"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.columns = ColumnChooser(
            self.table, list(self.model.COLUMNS), "table-hidden-columns", hidden=("added",)
        )
        shares = {"title": 0.0, "publisher": 0.2, "year": 0.09, "pages": 0.07, "added": 0.1,
                  "tags": 0.13, "file": 0.18}  # fmt: skip
        self.columns.fitter = ColumnFitter(
            self.table, {self.model.COLUMNS.index(name): part for name, part in shares.items()},
            {self.model.COLUMNS.index("year"): "15.03.2020", self.model.COLUMNS.index("pages"): "999"},
        )  # fmt: skip

        self.result_view = QListView()
        self.result_view.setAccessibleName(self.tr("Search results"))
        self.result_view.setModel(self.results)
        self.result_delegate = ResultDelegate(
            self.tr("p."), self.tr("Good practice"), self.result_view
        )
        self.result_view.setItemDelegate(self.result_delegate)
        self.result_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.result_view.setWordWrap(True)
        # several results chosen (Ctrl/Shift+click) are several brochures for the Edit menu:
        # tag, edit together (Ctrl+Shift+D), join as editions, remove
        self.result_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.result_view.activated.connect(self.searching.open_result)
        self.result_view.selectionModel().currentChanged.connect(self.searching.result_chosen)
        self.result_view.doubleClicked.connect(self.searching.open_result)
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.linkActivated.connect(lambda _: self.searching.search_as_typed())
        results_page = QWidget()
        layout = QVBoxLayout(results_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_label)
        layout.addWidget(self.result_view, 1)

        self.viewer = Viewer(self.renderer, self.strip_renderer)
        self.viewer.closed.connect(self._close_viewer)
        self.viewer.word_finder = self.searching.words_on_page
        self.viewer.new_example.connect(
            lambda first, last, text: self.examples.new(first, last, {"excerpt": text})
        )
        self.viewer.new_note.connect(self.notes.new)
        self.viewer.read_only = self.service.read_only

        self.empty = QLabel(
            "<h2>" + html.escape(self.tr("Drop PDFs here")) + "</h2><p>"
            + html.escape(
                self.tr("or use File → Import files… (Ctrl+O) to add brochures to this library.")
            )
            + "</p>"
        )  # fmt: skip
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)  # its lines must not set the window's narrowest width
        self.empty.setAccessibleName(self.tr("Empty library"))

        self.example_model = ExampleModel(self.covers, self.service.library.thumbnail_path)
        self.example_pages = ExamplePages(
            self.covers, self.strip_renderer,
            library_cache(self.service.library.root) / "example-pages", self.examples.pdf_of, self,
        )  # fmt: skip
        self.example_model.pages = self.example_pages
        self.examples_page = ExamplesPage(self.example_model)
        self.examples_table = self.examples_page.table
        self.examples_page.activated.connect(self.examples.open)
        self.examples_page.menu_requested.connect(self.examples.menu)
        self.examples_page.show_view(
            CARDS_VIEW if self.settings.value("examples-view") == "cards" else TABLE_VIEW
        )
        self.examples_table.selectionModel().selectionChanged.connect(
            lambda *_: self._example_selection_changed()
        )
        self.examples_page.stack.currentChanged.connect(
            lambda i: self.settings.setValue(
                "examples-view", "cards" if i == CARDS_VIEW else "table"
            )
        )

        self.center = QStackedWidget()
        for widget in (
            self.grid,
            self.table,
            results_page,
            self.viewer,
            self.empty,
            self.examples_page,
        ):
            self.center.addWidget(widget)

        self.details = DetailsPanel(self.covers, self.service.library.thumbnail_path)
        self.details.edited.connect(self.edits.edit)
        self.details.action.connect(self.edits.fix_status)
        self.details.edition_chosen.connect(self.editions.chosen)
        self.details.note_chosen.connect(
            lambda ref: self.notes.open(self.service.library.catalog.get_note(ref))
        )

        for view in (self.grid, self.table):
            view.selectionModel().selectionChanged.connect(
                lambda *_, v=view: self._selection_changed(v)
            )
            view.activated.connect(self._open_brochure)
            view.doubleClicked.connect(self._open_brochure)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, v=view: self.edits.context_menu(v, pos)
            )

        # Chips over the middle column only: over the whole width they moved the sidebar
        self.chips = FilterChips()
        self.chips.removed.connect(self.searching.chip_removed)
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.chips)
        column.addWidget(self.center, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(middle)
        # In a scroll area: on a low screen the details scroll instead of making the window
        # taller than the screen (their form is ~600 px high).
        self.details_area = QScrollArea()
        self.details_area.setWidget(self.details)
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.addWidget(self.details_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 760, 400])
        # From 1024×700 up: the sidebar keeps room for its names, the details panel can be
        # narrower or hidden (View menu, remembered), the list in the middle gives way.
        self.sidebar.setMinimumWidth(SIDEBAR_MIN)
        self.details_area.setMinimumWidth(DETAILS_MIN)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)

        self.read_only_label = QLabel()
        self.read_only_label.setStyleSheet("padding: 4px; background: #fff3cd; color: #5c4400;")
        self.read_only_label.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr(
                'Search brochures (Ctrl+F) — e.g. Fachkräfte, "Werde Foodstarter", tag:Ausbildung'
            )
        )
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.searching.run)
        self.search.textEdited.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self.searching.enter)

    def _build_status_bar(self) -> None:
        row = StatusBarRow(
            self.statusBar(), [self.watching.notice, self.importing.notice], self.importing.cancel
        )
        self.progress, self.status_label, self.job = row.progress, row.status_label, row.job

    # -- state ------------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        """Read the catalog again (in the background) and show it."""
        self.runner.start(self._read_catalog, on_done=lambda data: self._show_catalog(data, keep))

    def _read_catalog(self) -> CatalogView:
        """Off the GUI thread: read, arrange and count, so showing it is only a swap."""
        brochures = self.service.brochures()
        examples = self.service.examples()
        return CatalogView(
            brochures,
            self.model.arranged(brochures),
            examples,
            saved := self.service.saved_searches(),
            count_facets(brochures, examples),
            sorted({t for b in brochures for t in b.tags}, key=str.casefold),
            self.service.notes(),
            saved_search_news(self.service, brochures, saved),
        )

    def _show_catalog(self, view: CatalogView, keep: str | None = None) -> None:
        brochures = view.brochures
        self.example_model.set_examples(view.examples, {b.id: b for b in brochures})
        self.example_model.set_notes(view.notes)
        if self.viewer.brochure is not None:  # a new or changed example marks its pages
            self.viewer.set_examples(self.examples.pages_of(self.viewer.brochure.id))
        self.model.set_brochures(brochures, view.shown)
        # Ten thousand records live as long as the window: keep the garbage collector from
        # walking them again and again (its full passes paused the GUI for ~50 ms). They hold
        # no cycles, so reference counting still frees them when the catalog is read anew.
        gc.freeze()
        self.sidebar.rebuild(view.facets, view.saved_searches, self.service.library.name, view.news)
        self.details.set_tag_vocabulary(view.tags)
        self._details_after_reread(keep)
        if not brochures and self.center.currentIndex() in (GRID, TABLE):
            self.center.setCurrentIndex(EMPTY)
        elif brochures and self.center.currentIndex() == EMPTY:
            self.center.setCurrentIndex(self.catalog_view)
        if keep:
            self.select_brochure(keep, scroll=False)
        self.update_count()

    def _fresh(self, brochure: Brochure) -> Brochure | None:
        """The brochure as the views hold it now (None: no longer in the library)."""
        return next((b for b in self.model.all if b.id == brochure.id), None)

    def _details_after_reread(self, keep: str | None) -> None:
        """After the catalog was read again: the details show the brochure still chosen, as
        it is now (its examples too), or nothing when it is gone from the list."""
        shown = self.details.brochure
        if shown is None or keep:
            return
        fresh = self._fresh(shown)
        if fresh is None:
            self.details.show_brochure(None, "", self.service.read_only)
            return
        own = [e for e in self.example_model.all if e.brochure_id == fresh.id]
        self.details.set_examples(own, self.tr("p."))
        page = self.center.currentIndex()
        if page in (GRID, TABLE) and self.model.row_of(fresh.id) is not None:
            self.select_brochure(fresh.id, scroll=False)  # a reset of the list dropped it
        elif page in (GRID, TABLE):
            self.details.show_brochure(None, "", self.service.read_only)

    def update_count(self) -> None:
        """The status bar counts what is shown: "17 of 65 brochures", "65 brochures"."""
        page = self.center.currentIndex()
        if page == VIEWER:  # the list the viewer was opened from, as it will be back
            page = getattr(self, "_before_viewer", self.catalog_view)
        if page == EXAMPLES:
            shown, every = len(self.example_model.rows), len(self.example_model.all)
            whole = self.tr("%n example(s)", "", every)
            part = self.tr("%1 of %n example(s)", "", every)
        else:
            every = len(self.model.all)
            if page == RESULTS and self.last_query:
                shown = len({brochure.id for brochure, _, _ in self.results.rows})
            else:
                shown = len(self.model.brochures)
            whole = self.tr("%n brochure(s)", "", every)
            part = self.tr("%1 of %n brochure(s)", "", every)
        text = whole if shown == every else part.replace("%1", str(shown))
        hidden = 0 if self.model.all_editions or page == EXAMPLES else len(self.model.earlier)
        if hidden and page != RESULTS:  # "59 of 60" with no filter chosen said nothing of why
            text += " · " + self.tr(
                "%n earlier edition(s) hidden (View → All editions)", "", hidden
            )
        self.status_label.setText(text)

    def show_examples(self, facet: tuple[str, str] | None) -> None:
        self.examples.show(facet)

    @property
    def catalog_view(self) -> int:
        return TABLE if self.menus.table_action.isChecked() else GRID

    def show_catalog(self, which: int) -> None:
        self.menus.grid_action.setChecked(which == GRID)
        self.menus.table_action.setChecked(which == TABLE)
        self.settings.setValue("view", "table" if which == TABLE else "grid")
        self.center.setCurrentIndex(which if len(self.model.all) else EMPTY)

    def current_view(self) -> QAbstractItemView:
        return self.table if self.catalog_view == TABLE else self.grid

    def selected(self) -> list[Brochure]:
        if self.center.currentIndex() == RESULTS:  # the brochures of the chosen results
            return self.searching.chosen_brochures()
        view = self.current_view()
        rows = {index.row() for index in view.selectionModel().selectedIndexes()}
        return [self.model.brochures[row] for row in sorted(rows)]

    def select_brochure(self, brochure_id: str, *, scroll: bool = True) -> None:
        """Select a brochure; without `scroll` the view stays where it is (scrolling to an
        item of a 10 000-cover grid lays out every cover first: ~60 ms)."""
        row = self.model.row_of(brochure_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        if index.isValid():
            view = self.current_view()
            view.setAutoScroll(scroll)
            view.setCurrentIndex(index)
            view.setAutoScroll(True)

    def select_brochures(self, brochure_ids: list[str]) -> None:
        """Choose several brochures in the catalog view (the first made current)."""
        view = self.current_view()
        selection = view.selectionModel()
        selection.clearSelection()
        rows = [r for r in (self.model.row_of(i) for i in brochure_ids) if r is not None]
        for row in rows:
            index = self.model.index(row, 0)
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        if rows:
            view.scrollTo(self.model.index(rows[0], 0))

    def _selection_changed(self, view: QAbstractItemView) -> None:
        if view is not self.current_view():
            return
        chosen = self.selected()
        brochure = chosen[0] if len(chosen) == 1 else None
        self.show_details(brochure)

    def _example_selection_changed(self) -> None:
        """One example chosen: the details show its brochure (to edit, or to suggest more)."""
        chosen = self.examples.selected()
        brochures = {e.brochure_id for e in chosen}
        if len(brochures) == 1:
            self.show_details(self.example_model.brochures.get(brochures.pop()))

    def search_again(self) -> None:
        """The query's results as the library now is (after an index or abbreviation change)."""
        if self.search.text().strip():
            self.searching.run()

    def clear_search(self) -> None:
        self.searching.clear_to_catalog()

    def typing_in_details(self) -> bool:
        """The user is at work in the details: the cursor is there, or typed text is not
        saved yet (background events then leave the details and the selection alone)."""
        focus = QApplication.focusWidget()
        return (
            focus is not None and self.details.isAncestorOf(focus)
        ) or self.details.has_unsaved()

    def show_details(self, brochure: Brochure | None) -> None:
        file_text = str(self.service.library.file_path(brochure)) if brochure else ""
        self.details.show_brochure(brochure, file_text, self.service.read_only)
        if brochure is not None:
            self.details.set_editions(self.editions.of(brochure), self.service.read_only)
            own = [e for e in self.example_model.all if e.brochure_id == brochure.id]
            self.details.set_examples(own, self.tr("p."))
            self.details.set_notes(self.service.notes(brochure.id), self.tr("p."))

    # -- viewer -----------------------------------------------------------------------------
    def _open_brochure(self, index: object) -> None:
        brochure = getattr(index, "data", lambda _: None)(BrochureRole)
        if brochure is not None:
            self.open_viewer(brochure, 1)

    def open_viewer(
        self, brochure: Brochure, page: int, hit_pages: list[int] | None = None
    ) -> None:
        path = self.service.library.file_path(brochure)
        if not path.is_file():
            self.error(missing_file_text(self.service, brochure, path))
            return
        if self.center.currentIndex() != VIEWER:  # opened again from the viewer: same way back
            self._before_viewer = self.center.currentIndex()
        self.center.setCurrentIndex(VIEWER)
        self.show_details(brochure)
        self.viewer.examples = self.examples.pages_of(brochure.id)
        self.viewer.open(brochure, path, page, hit_pages)
        self.notes.show_for(brochure.id)
        if brochure.inbox and not self.service.read_only:  # opened: no longer new
            self.runner.start(lambda: self.service.mark_read([brochure.id]), on_error=self.error)

    def _close_viewer(self) -> None:
        back = getattr(self, "_before_viewer", self.catalog_view)
        self.center.setCurrentIndex(back if back != VIEWER else self.catalog_view)

    # -- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importing.import_paths(paths)

    # -- misc -------------------------------------------------------------------------------
    def error(self, message: str) -> None:
        if self.closed:  # background work that ended after the window: nobody to tell
            return
        QMessageBox.warning(self, APP_NAME, message)

    def _restore_settings(self) -> None:
        restore_geometry(self, self.settings.value("geometry"))
        splitter = self.settings.value("splitter")
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            width = self.width()
            side = max(SIDEBAR_MIN, min(240, width * 22 // 100))
            details = max(DETAILS_MIN, width * 27 // 100)
            self.splitter.setSizes([side, width - side - details, details])
        self.menus.restore(self.settings)

    def _catalog_changed(self, change: Change) -> None:
        """What the service wrote, shown: new brochures into their places, changed ones
        updated where they are, anything else by reading the catalog again."""
        if change.added:
            self.importing.add_to_views(list(change.added))
        if change.changed:
            self.edits.edited_several(list(change.changed))
            if not self.typing_in_details():  # never under the user's cursor in the details
                self.refresh_details()
        if change.reread:
            self.reload(keep=change.keep)

    def refresh_details(self) -> None:
        """The details show the chosen brochure as the catalog has it now."""
        shown = self.details.brochure
        if shown is not None:
            self.show_details(self._fresh(shown))

    def closeEvent(self, event: object) -> None:
        self.closed = True
        self.watching.stop()
        if self.import_task is not None:
            self.import_task.cancel.set()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.runner.wait(10000)  # a removal or an undo still being written
        self.edits.let_go()
        self.viewer.shutdown()
        self.example_pages.shutdown()
        self.covers.shutdown()
        self.runner.wait(10000)
        self.runner.stop()
        self.renderer.close()
        self.strip_renderer.close()
        super().closeEvent(event)  # type: ignore[arg-type]
