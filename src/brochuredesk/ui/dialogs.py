"""Running a modal dialog the same way everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; it is deleted afterwards (its values read before that returns to
    the event loop), so closed dialogs do not pile up as children of the window."""
    accepted = bool(dialog.exec())
    dialog.deleteLater()
    return accepted
