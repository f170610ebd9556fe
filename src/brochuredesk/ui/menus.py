"""The window's menus, toolbar and keyboard shortcuts: every user action, connected to the
controller that carries it out; the sort order and the panels shown, remembered."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle, QToolBar, QToolButton, QWidget

from brochuredesk import APP_NAME, __version__
from brochuredesk.ui.dialogs import run_dialog
from brochuredesk.ui.stack import GRID, TABLE

if TYPE_CHECKING:
    from brochuredesk.ui.edit_controller import EditController
    from brochuredesk.ui.editions_controller import EditionsController
    from brochuredesk.ui.examples_controller import ExamplesController
    from brochuredesk.ui.import_controller import ImportController
    from brochuredesk.ui.search_controller import SearchController
    from brochuredesk.ui.shell import Shell
    from brochuredesk.ui.suggestion_review import SuggestionReview
    from brochuredesk.ui.watch_controller import WatchController


class WindowMenus(QObject):
    """Builds the menu bar and the toolbar of `window`; each action calls a controller."""

    def __init__(
        self,
        window: Shell,
        *,
        importing: ImportController,
        edits: EditController,
        searching: SearchController,
        examples: ExamplesController,
        review: SuggestionReview,
        editions: EditionsController,
        watching: WatchController,
    ) -> None:
        super().__init__(window)
        self.w = window
        self.importing, self.edits, self.searching = importing, edits, searching
        self.examples, self.review, self.editions = examples, review, editions
        self.watching = watching
        self._build()

    def _build(self) -> None:
        style = self.w.style()
        menu = self.w.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.import_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
            self.tr("&Import files…"),
            self,
        )
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.importing.import_files)
        import_folder = QAction(self.tr("Import &folder…"), self)
        import_folder.setShortcut(QKeySequence("Ctrl+Shift+O"))
        import_folder.triggered.connect(self.importing.import_folder)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.w.close)
        for action in (self.import_action, import_folder):
            file_menu.addAction(action)
            action.setEnabled(not self.w.service.read_only)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        find = QAction(self.tr("&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.searching.focus)
        tag = QAction(self.tr("&Tag selected…"), self)
        tag.setShortcut(QKeySequence("Ctrl+T"))
        tag.triggered.connect(self.edits.tag_selected)
        save_search = QAction(self.tr("&Save search"), self)
        save_search.setShortcut(QKeySequence("Ctrl+S"))
        save_search.triggered.connect(self.searching.save)
        remove = QAction(self.tr("&Remove from library…"), self)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.triggered.connect(self.edits.remove_selected)
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.edits.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts(  # Ctrl+Y on Windows answers too
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.redo_action.triggered.connect(self.edits.redo)
        self.edits.undo_changed.connect(self._undo_changed)
        self._undo_changed()
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        bulk = QAction(self.tr("&Edit selected brochures…"), self)
        bulk.setShortcut(QKeySequence("Ctrl+Shift+D"))
        bulk.triggered.connect(self.edits.bulk_edit)
        bulk.setEnabled(not self.w.service.read_only)
        join = QAction(self.tr("&Join as editions of one publication"), self)
        join.triggered.connect(self.edits.join_selected)
        join.setEnabled(not self.w.service.read_only)
        for action in (find, tag, bulk, join, save_search, remove):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        abbreviations = QAction(self.tr("&Abbreviations…"), self)
        abbreviations.triggered.connect(self.abbreviations)
        edit_menu.addAction(abbreviations)
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.preferences)
        edit_menu.addAction(preferences)

        examples_menu = menu.addMenu(self.tr("E&xamples"))
        suggest_action = QAction(self.tr("&Suggest examples in this brochure…"), self)
        suggest_action.triggered.connect(self.examples.suggest)
        self.suggest_all_action = QAction(self.tr("Suggest examples in &all brochures…"), self)
        self.suggest_all_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.suggest_all_action.triggered.connect(self.review.start)
        export_dossier = QAction(self.tr("Export as &dossier PDF…"), self)
        export_dossier.triggered.connect(lambda: self.examples.export("dossier"))
        export_csv = QAction(self.tr("Export as &CSV…"), self)
        export_csv.triggered.connect(lambda: self.examples.export("csv"))
        export_json = QAction(self.tr("Export as &JSON…"), self)
        export_json.triggered.connect(lambda: self.examples.export("json"))
        for action in (suggest_action, self.suggest_all_action):
            examples_menu.addAction(action)
            action.setEnabled(not self.w.service.read_only)
        examples_menu.addSeparator()
        for action in (export_dossier, export_csv, export_json):
            examples_menu.addAction(action)

        view_menu = menu.addMenu(self.tr("&View"))
        self.grid_action = QAction(self.tr("&Covers"), self, checkable=True)
        self.grid_action.setShortcut(QKeySequence("Ctrl+1"))
        self.grid_action.triggered.connect(lambda: self.w.show_catalog(GRID))
        self.table_action = QAction(self.tr("&Table"), self, checkable=True)
        self.table_action.setShortcut(QKeySequence("Ctrl+2"))
        self.table_action.triggered.connect(lambda: self.w.show_catalog(TABLE))
        view_menu.addAction(self.grid_action)
        view_menu.addAction(self.table_action)
        self.sort_menu = self._build_sort_menu()
        view_menu.addMenu(self.sort_menu)
        view_menu.addSeparator()
        self.sidebar_action = QAction(self.tr("&Sidebar"), self, checkable=True)
        self.sidebar_action.setShortcut(QKeySequence("F9"))
        self.sidebar_action.toggled.connect(lambda on: self.show_panel(self.w.sidebar, on))
        self.details_action = QAction(self.tr("&Details panel"), self, checkable=True)
        self.details_action.setShortcut(QKeySequence("Ctrl+I"))
        self.details_action.toggled.connect(lambda on: self.show_panel(self.w.details_area, on))
        view_menu.addAction(self.sidebar_action)
        view_menu.addAction(self.details_action)
        view_menu.addSeparator()
        self.editions_action = QAction(self.tr("&All editions"), self, checkable=True)
        self.editions_action.setToolTip(
            self.tr("Show earlier editions too (otherwise only the newest of each publication)")
        )
        self.editions_action.toggled.connect(self.editions.show_all)
        view_menu.addAction(self.editions_action)

        help_menu = menu.addMenu(self.tr("&Help"))
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.shortcuts)
        help_menu.addAction(keys)
        search_help = QAction(self.tr("&Searching"), self)
        search_help.triggered.connect(self.search_help)
        help_menu.addAction(search_help)
        help_menu.addSeparator()
        about = QAction(self.tr("&About BrochureDesk"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.import_action)
        toolbar.addSeparator()
        toolbar.addAction(self.grid_action)
        toolbar.addAction(self.table_action)
        sort_button = QToolButton()
        sort_button.setText(self.tr("Sort"))
        sort_button.setToolTip(self.tr("Sort the brochures (also by a click on a table column)"))
        sort_button.setMenu(self.sort_menu)
        sort_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(sort_button)
        toolbar.addSeparator()
        toolbar.addWidget(self.w.search)
        self.w.addToolBar(toolbar)

    def _build_sort_menu(self) -> QMenu:
        """Sort by title, publisher, date, pages or date added, either way: for the cover
        grid too, which has no column headers; the table's headers show the same order."""
        menu = QMenu(self.tr("S&ort by"), self.w)
        group = QActionGroup(self)
        names = {
            "title": self.tr("&Title"), "publisher": self.tr("&Publisher"),
            "year": self.tr("&Date"), "pages": self.tr("P&ages"),
            "added": self.tr("Date &added"),
        }  # fmt: skip
        self.sort_actions: dict[str, QAction] = {}
        for name, label in names.items():
            action = QAction(label, self, checkable=True)
            action.triggered.connect(lambda _=False, n=name: self.sort_by(n))
            group.addAction(action)
            menu.addAction(action)
            self.sort_actions[name] = action
        menu.addSeparator()
        self.sort_descending = QAction(self.tr("&Descending"), self, checkable=True)
        self.sort_descending.triggered.connect(lambda: self.sort_by(None))
        menu.addAction(self.sort_descending)
        self.w.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted_by_header)
        return menu

    def sort_by(self, name: str | None) -> None:
        """Sort the brochures by `name` (None: the same column, the order the menu says)."""
        column, _ = self.w.model.sort_order()
        if name is not None:
            column = self.w.model.COLUMNS.index(name)
        order = (
            Qt.SortOrder.DescendingOrder
            if self.sort_descending.isChecked()
            else Qt.SortOrder.AscendingOrder
        )
        self.w.table.sortByColumn(column, order)  # the model sorts; the header shows it

    def _sorted_by_header(self, column: int, order: Qt.SortOrder) -> None:
        name = self.w.model.COLUMNS[column]
        if name in self.sort_actions:
            self.sort_actions[name].setChecked(True)
        self.sort_descending.setChecked(order == Qt.SortOrder.DescendingOrder)
        self.w.settings.setValue(
            "sort", f"{name} {'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}"
        )

    def restore(self, settings: QSettings) -> None:
        """The panels, sort order, editions and view as the user left them."""
        for action, panel, key in (
            (self.sidebar_action, self.w.sidebar, "sidebar-shown"),
            (self.details_action, self.w.details_area, "details-shown"),
        ):
            shown = settings.value(key, True) not in (False, "false")
            action.setChecked(shown)
            panel.setVisible(shown)
        name, _, way = str(settings.value("sort", "title asc") or "title asc").partition(" ")
        if name in self.w.model.COLUMNS:
            self.sort_descending.setChecked(way == "desc")
            self.sort_by(name)
        all_editions = settings.value("all-editions", False) in (True, "true")
        self.w.model.all_editions = all_editions
        self.editions_action.setChecked(all_editions)
        table = settings.value("view") == "table"
        self.grid_action.setChecked(not table)
        self.table_action.setChecked(table)
        self.w.center.setCurrentIndex(TABLE if table else GRID)

    def _undo_changed(self) -> None:
        what = self.edits.undo_text()
        self.undo_action.setEnabled(bool(what) and not self.w.service.read_only)
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", what) if what else self.tr("&Undo")
        )
        again = self.edits.redo_text()
        self.redo_action.setEnabled(bool(again) and not self.w.service.read_only)
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", again) if again else self.tr("&Redo")
        )

    def show_panel(self, panel: QWidget, shown: bool) -> None:
        """Show or hide the sidebar or the details panel (remembered for the next start)."""
        panel.setVisible(shown)
        key = "sidebar-shown" if panel is self.w.sidebar else "details-shown"
        self.w.settings.setValue(key, shown)

    def abbreviations(self) -> None:
        from brochuredesk.ui.abbreviations_dialog import AbbreviationsDialog

        def change(work: Callable[[], dict[str, list[str]]]) -> None:
            self.w.runner.start(work, on_done=dialog.show_pairs, on_error=self.w.error)

        dialog = AbbreviationsDialog(
            self.w.service.abbreviations(),
            lambda s, long: change(lambda: self.w.service.add_abbreviation(s, long)),
            lambda s, long: change(lambda: self.w.service.remove_abbreviation(s, long)),
            self.w,
            read_only=self.w.service.read_only,
        )
        run_dialog(dialog)
        self.w.search_again()  # the results as the pairs now are

    def preferences(self) -> None:
        from brochuredesk.ui.preferences import PreferencesDialog

        if run_dialog(
            PreferencesDialog(
                self.w, self.w.service.library.root, self.w.service.library.library_id
            )
        ):
            self.watching.start()  # the folders as they are set now

    def shortcuts(self) -> None:
        """Every key the window answers to, in one table (the menus show them one by one)."""
        rows = [
            ("Ctrl+O", self.tr("Import files")), ("Ctrl+Shift+O", self.tr("Import a folder")),
            ("Ctrl+F", self.tr("Search")),
            ("F3 / Shift+F3", self.tr("Next / previous hit in the viewer")),
            ("Ctrl+1 / Ctrl+2", self.tr("Covers / table")), ("F9", self.tr("Sidebar")),
            ("Ctrl+I", self.tr("Details panel")), ("Ctrl+T", self.tr("Tag the chosen brochures")),
            ("Ctrl+Shift+D", self.tr("Edit the chosen brochures together")),
            ("Ctrl+S", self.tr("Save the search")), ("Ctrl+E", self.tr("New example from the page")),
            ("Ctrl+M", self.tr("Highlight the selection with a note")),
            ("Ctrl+Shift+E", self.tr("Suggest examples in all brochures")),
            ("Ctrl+Z", self.tr("Undo")), ("Ctrl+Shift+Z", self.tr("Redo")),
            ("Del", self.tr("Remove from the library")),
            ("Esc / Alt+←", self.tr("Back from the viewer")), ("F1", self.tr("This list")),
        ]  # fmt: skip

        def native(keys: str) -> str:  # "Strg+O" on a German desktop, "⌘O" on a Mac
            shown = (QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) or k
                     for k in keys.split(" / "))  # fmt: skip
            return " / ".join(shown)

        table = "".join(
            f"<tr><td><b>{html.escape(native(k))}</b>&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>"
            for k, what in rows
        )
        QMessageBox.information(self.w, self.tr("Keyboard shortcuts"), f"<table>{table}</table>")

    def search_help(self) -> None:
        """What the search field understands."""
        rows = [
            ("Fachkräfte", self.tr("every form of the word, compounds too (Fachkräftemangel)")),
            ("\"Werde Foodstarter\"", self.tr("these words in this order")),
            ("Nachwuchs -Sport", self.tr("without the pages with 'Sport'")),
            ("tag:Ausbildung  publisher:BMBF", self.tr("in a field: title, tag, publisher, org, region, sector, field, source")),
            ("year:2015..2019", self.tr("published in these years")),
            ("type:example  type:note", self.tr("only good-practice examples, only one's own notes")),
            ("KMU", self.tr("abbreviations find their long forms and back (Edit → Abbreviations)")),
        ]  # fmt: skip
        table = "".join(
            f"<tr><td><code>{html.escape(k)}</code>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        QMessageBox.information(self.w, self.tr("Searching"), f"<table>{table}</table>")

    def about(self) -> None:
        QMessageBox.about(
            self.w,
            self.tr("About BrochureDesk"),
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + html.escape(
                self.tr("A catalog of PDF brochures and the good-practice examples inside them.")
            )
            + "</p><p>"
            + html.escape(
                self.tr(
                    "Licence: GNU AGPL 3.0 or later. Uses PyMuPDF (AGPL), Qt for Python (LGPL), TinyDB (MIT), Snowball stemmers (BSD)."
                )
            )
            + "</p>",
        )
