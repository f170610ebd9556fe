"""Citing from the app: the brochures or examples chosen, copied as a citation in DIN 1505-2
or APA (plain text and, for word processors, with the title in italics), or saved for a
reference manager as RIS, BibTeX or CSL-JSON."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from brochuredesk.core.citations import Cited, format_citation, render
from brochuredesk.core.fsutil import atomic_write
from brochuredesk.core.i18n import language


class Citations(QObject):
    """The "Cite" submenu of a context menu."""

    def __init__(self, parent: QWidget, run: Callable[..., object]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.run = run  # the window's runner.start: files are written off the GUI thread
        self.copied = ""  # the last text copied (what the clipboard got)

    def add_menu(self, menu: QMenu, items: list[Cited]) -> None:
        cite = menu.addMenu(self.tr("Cite"))
        cite.addAction(self.tr("Copy citation (DIN 1505-2)"), lambda: self.copy(items, "din"))
        cite.addAction(self.tr("Copy citation (APA)"), lambda: self.copy(items, "apa"))
        cite.addSeparator()
        cite.addAction(
            self.tr("Save for a reference manager (RIS, BibTeX, CSL-JSON)…"),
            lambda: self.save(items),
        )

    def copy(self, items: list[Cited], style: str) -> None:
        texts = [format_citation(item, style, language()) for item in items]
        data = QMimeData()
        self.copied = "\n".join(plain for plain, _ in texts)
        data.setText(self.copied)
        data.setHtml("<br>".join(rich for _, rich in texts))
        QGuiApplication.clipboard().setMimeData(data)

    def save(self, items: list[Cited]) -> None:
        filters = {
            "RIS (*.ris)": ("ris", ".ris"),
            "BibTeX (*.bib)": ("bibtex", ".bib"),
            "CSL-JSON (*.json)": ("csl-json", ".json"),
        }
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save citations"), "", ";;".join(filters)
        )
        if not path:
            return
        form, suffix = filters.get(chosen, ("ris", ".ris"))
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(suffix)
        text = render(items, form)
        self.run(lambda: atomic_write(target, text.encode("utf-8"), durable=False))
