"""The app's palette: the dark one when the user chose it or the system is dark, else the
style's own."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def wants_dark(settings: QSettings) -> bool:
    theme = str(settings.value("theme", "") or os.environ.get("BROCHUREDESK_THEME", "system"))
    if theme in ("dark", "light"):
        return theme == "dark"
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == hints.colorScheme().Dark)


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2e",
        QPalette.ColorRole.WindowText: "#e8e8ea",
        QPalette.ColorRole.Base: "#1f1f22",
        QPalette.ColorRole.AlternateBase: "#333338",
        QPalette.ColorRole.ToolTipBase: "#333338",
        QPalette.ColorRole.ToolTipText: "#e8e8ea",
        QPalette.ColorRole.Text: "#e8e8ea",
        QPalette.ColorRole.Button: "#37373c",
        QPalette.ColorRole.ButtonText: "#e8e8ea",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9a9aa2",
        QPalette.ColorRole.Mid: "#55555c",
        # the shades Fusion draws frames, check boxes and hover states from: left to Qt's
        # light defaults, an unticked box was invisible and a chip's hover was light grey
        # under white text
        QPalette.ColorRole.Light: "#6a6a72",
        QPalette.ColorRole.Midlight: "#45454b",
        QPalette.ColorRole.Dark: "#18181b",
        QPalette.ColorRole.Shadow: "#0e0e10",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a80"))
    return palette


def apply_theme(app: QApplication, settings: QSettings) -> None:
    """The dark palette when chosen or when the system is dark, else the style's own."""
    app.setPalette(dark_palette() if wants_dark(settings) else app.style().standardPalette())
