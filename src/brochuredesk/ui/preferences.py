"""Preferences: the language of the app, its colours (both also follow the system), and the
folders this machine watches for new PDFs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brochuredesk.core.importer.watch import SeenFiles
from brochuredesk.core.importer.watch_import import (
    WatchedFolder,
    baseline,
    downloads_folder,
    save_watched_folders,
    watched_folders,
)
from brochuredesk.ui.dialogs import dialog_buttons
from brochuredesk.ui.theme import apply_theme

LinkRole = Qt.ItemDataRole.UserRole + 1
PathRole = Qt.ItemDataRole.UserRole + 2


class PreferencesDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, library_root: Path | None = None, library_id: str = ""
    ) -> None:
        super().__init__(parent)
        self.library_id = library_id  # the watched folders are this library's
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = QSettings()
        self.library_root = library_root
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in (("", self.tr("As the system")), ("de", "Deutsch"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.value("language", "")))
        )
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colours"))
        for code, label in (
            ("", self.tr("As the system")), ("light", self.tr("Light")), ("dark", self.tr("Dark")),
        ):  # fmt: skip
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.settings.value("theme", ""))))
        note = QLabel(self.tr("A new language applies when BrochureDesk starts next time."))
        note.setWordWrap(True)
        buttons = dialog_buttons(
            self, QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Colours"), self.theme)
        form.addRow(note)
        form.addRow(self.tr("&Watched folders"), self._build_folders())
        form.addRow(buttons)
        self.added_folders: list[Path] = []

    def _build_folders(self) -> QWidget:
        self.folders = QListWidget()
        self.folders.setAccessibleName(self.tr("Watched folders"))
        self.folders.setMinimumWidth(420)
        self.folders.setMaximumHeight(130)
        for folder in watched_folders(self.library_id):
            self._add_item(folder)
        self.add_button = QPushButton(self.tr("Add folder…"))
        self.add_button.clicked.connect(self._choose_folder)
        self.downloads_button = QPushButton(self.tr("Add Downloads"))
        self.downloads_button.setToolTip(str(downloads_folder()))
        self.downloads_button.clicked.connect(lambda: self.add_folder(downloads_folder()))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_folder)
        self.link = QCheckBox(self.tr("Leave the files where they are (do not copy them)"))
        self.link.toggled.connect(self._link_toggled)
        self.folders.currentItemChanged.connect(lambda *_: self._current_changed())
        explain = QLabel(
            self.tr(
                "New PDFs that appear in these folders are imported while BrochureDesk runs "
                "(or while `brochuredesk watch` runs). PDFs already there stay where they are."
            )
        )
        explain.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.add_button, self.downloads_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.folders)
        column.addLayout(row)
        column.addWidget(self.link)
        column.addWidget(explain)
        self._current_changed()
        return box

    def _add_item(self, folder: WatchedFolder) -> None:
        item = QListWidgetItem()
        item.setData(PathRole, folder.path)
        item.setToolTip(folder.path)
        self._set_link(item, folder.link)
        self.folders.addItem(item)

    def _set_link(self, item: QListWidgetItem, link: bool) -> None:
        item.setData(LinkRole, link)
        path = item.data(PathRole)
        item.setText(path + ("   " + self.tr("(files left in place)") if link else ""))

    def paths(self) -> list[str]:
        return [self.folders.item(i).data(PathRole) for i in range(self.folders.count())]

    def add_folder(self, folder: Path) -> None:
        text = str(folder.expanduser().absolute())
        if text in self.paths():
            return
        self._add_item(WatchedFolder(text, False))
        self.added_folders.append(Path(text))
        self.folders.setCurrentRow(self.folders.count() - 1)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Watch a folder for new PDFs"), str(Path.home())
        )
        if folder:
            self.add_folder(Path(folder))

    def _remove_folder(self) -> None:
        row = self.folders.currentRow()
        if row >= 0:
            self.folders.takeItem(row)

    def _current_changed(self) -> None:
        item = self.folders.currentItem()
        self.remove_button.setEnabled(item is not None)
        self.link.setEnabled(item is not None)
        blocked = self.link.blockSignals(True)
        self.link.setChecked(bool(item.data(LinkRole)) if item is not None else False)
        self.link.blockSignals(blocked)
        has_downloads = str(downloads_folder()) in self.paths()
        self.downloads_button.setEnabled(not has_downloads)

    def _link_toggled(self, on: bool) -> None:
        item = self.folders.currentItem()
        if item is not None:
            self._set_link(item, on)

    def accept(self) -> None:
        self.settings.setValue("language", self.language.currentData())
        self.settings.setValue("theme", self.theme.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings)
        folders = [
            WatchedFolder(
                self.folders.item(i).data(PathRole), bool(self.folders.item(i).data(LinkRole))
            )
            for i in range(self.folders.count())
        ]
        save_watched_folders(self.library_id, folders)
        if self.library_root is not None and self.added_folders:
            seen = SeenFiles.of_library(self.library_root)
            for folder in self.added_folders:
                if str(folder) in self.paths():
                    baseline(folder, seen)  # only PDFs that arrive from now on come in
        super().accept()
