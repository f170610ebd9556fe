"""Changing brochures from the main window: a field edited in the details panel, tags for a
selection, removal, a password or a new place for the file, and the context menu that
offers these. The window builds the widgets; this holds what they do."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
)

from ..core.models import Brochure
from .sidebar import count_facets

if TYPE_CHECKING:
    from .main_window import MainWindow


class EditController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def edit(self, brochure_id: str, changes: dict[str, object]) -> None:
        if self.w.service.read_only:
            return
        self.w.runner.start(
            lambda: self.w.service.update(brochure_id, **changes),
            on_done=self.edited,
            on_error=self.w.error,
        )

    def edited(self, brochure: Brochure) -> None:
        self.w.model.update_brochure(brochure)
        brochures = self.w.model.all
        saved = self.w.service.library.catalog.setting("saved_searches", []) or []
        self.w.sidebar.rebuild(
            count_facets(brochures, self.w.example_model.all), saved, self.w.service.library.name
        )
        self.w.details.set_tag_vocabulary(
            sorted({t for b in brochures for t in b.tags}, key=str.casefold)
        )
        self.w.statusBar().showMessage(self.tr("Saved."), 2000)

    def tag_selected(self) -> None:
        chosen = self.w.selected()
        if not chosen or self.w.service.read_only:
            return
        text, ok = QInputDialog.getText(
            self.w,
            self.tr("Tag"),
            self.tr("Tags for %n brochure(s), comma-separated:", "", len(chosen)),
        )
        tags = [t.strip() for t in text.split(",") if t.strip()]
        if ok and tags:
            ids = [b.id for b in chosen]
            self.w.runner.start(
                lambda: self.w.service.tag(ids, tags),
                on_done=lambda _: self.w.reload(),
                on_error=self.w.error,
            )

    def remove_selected(self) -> None:
        chosen = self.w.selected()
        if not chosen or self.w.service.read_only:
            return
        answer = QMessageBox.question(
            self.w,
            self.tr("Remove from library"),
            self.tr(
                "Remove %n brochure(s) from the library? Their copies in the library folder are deleted; your original files are not touched.",
                "",
                len(chosen),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            ids = [b.id for b in chosen]
            for brochure_id in ids:
                self.w.covers.forget(brochure_id)
            self.w.runner.start(
                lambda: self.w.service.remove(ids),
                on_done=lambda _: self.w.reload(),
                on_error=self.w.error,
            )

    def fix_status(self, brochure_id: str, kind: str) -> None:
        if kind == "unlock":
            password, ok = QInputDialog.getText(
                self.w,
                self.tr("Password"),
                self.tr("Password of this PDF:"),
                QLineEdit.EchoMode.Password,
            )
            if ok and password:
                self.w.runner.start(
                    lambda: self.w.service.unlock(brochure_id, password),
                    on_done=lambda b: self.w.reload(keep=b.id),
                    on_error=self.w.error,
                )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self.w, self.tr("Locate the PDF"), "", self.tr("PDF files (*.pdf)")
            )
            if path:
                self.w.runner.start(
                    lambda: self.w.service.relink(brochure_id, Path(path)),
                    on_done=lambda b: self.w.reload(keep=b.id),
                    on_error=self.w.error,
                )

    def context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        chosen = self.w.selected()
        if not chosen:
            return
        menu = QMenu(self.w)
        first = chosen[0]
        path = self.w.service.library.file_path(first)
        menu.addAction(self.tr("Open in viewer"), lambda: self.w.open_viewer(first, 1))
        menu.addAction(
            self.tr("Open with system PDF viewer"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        )
        menu.addAction(
            self.tr("Show file in folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))),
        )
        menu.addAction(self.tr("Edit details"), lambda: self.w.details.title.setFocus())
        menu.addSeparator()
        tag = menu.addAction(self.tr("Tag…"), self.tag_selected)
        remove = menu.addAction(self.tr("Remove from library…"), self.remove_selected)
        tag.setEnabled(not self.w.service.read_only)
        remove.setEnabled(not self.w.service.read_only)
        menu.exec(view.viewport().mapToGlobal(pos))
