"""Dialogs made and run the same way everywhere: their button row, and running them modal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; it is deleted afterwards (its values read before that returns to
    the event loop), so closed dialogs do not pile up as children of the window."""
    accepted = bool(dialog.exec())
    dialog.deleteLater()
    return accepted


def dialog_buttons(
    dialog: QDialog,
    buttons: QDialogButtonBox.StandardButton,
    accept: Callable[[], object] | None = None,
) -> QDialogButtonBox:
    """The dialog's row of standard buttons (in the platform's order and the user's
    language), OK/Save running `accept` (the dialog's own accept when none), Cancel/Close
    rejecting."""
    box = QDialogButtonBox(buttons)
    box.accepted.connect(accept or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
