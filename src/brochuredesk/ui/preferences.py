"""Preferences: the language of the app and its colours (both also follow the system)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from .app import apply_theme


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = QSettings()
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Colours"), self.theme)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.setValue("language", self.language.currentData())
        self.settings.setValue("theme", self.theme.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings)
        super().accept()
