"""Before a dossier is made: its title and subtitle for the cover (the last ones offered)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from brochuredesk.ui.dialogs import dialog_buttons


class DossierDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Good-practice dossier"))
        self.settings = QSettings()
        self.title = QLineEdit(str(self.settings.value("dossier-title", "") or ""))
        self.title.setPlaceholderText(self.tr("Good-practice dossier"))
        self.subtitle = QLineEdit(str(self.settings.value("dossier-subtitle", "") or ""))
        self.subtitle.setPlaceholderText(self.tr("e.g. Fachkräftesicherung in Clustern, 2026"))
        self.title.setMinimumWidth(360)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Subtitle"), self.subtitle)
        buttons = dialog_buttons(
            self, QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.setValue("dossier-title", self.title.text().strip())
        self.settings.setValue("dossier-subtitle", self.subtitle.text().strip())
        super().accept()

    def values(self) -> tuple[str, str]:
        return self.title.text().strip(), self.subtitle.text().strip()
