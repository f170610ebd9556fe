"""Where and how large the main window opens: the geometry saved last time, taken only as far as
it is usable on the screen the app starts on now."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget


def restore_geometry(window: QWidget, saved: object) -> None:
    """`saved` (from QSettings) restored, then made usable here: never smaller than a working
    window, never larger than the screen, never off it. A geometry saved on another screen, or
    a window once shrunk by hand to a strip, came back as it was (ux-review 103: 1070×320 on a
    1600×1000 screen)."""
    screen = window.screen().availableGeometry()
    if isinstance(saved, QByteArray):
        window.restoreGeometry(saved)
    else:  # the first start: a comfortable size that fits a small laptop's screen too
        window.resize(min(1280, screen.width() * 94 // 100), min(800, screen.height() * 9 // 10))
    if window.isMaximized():
        return
    usable_w = min(1024, screen.width() * 94 // 100)
    usable_h = min(640, screen.height() * 9 // 10)
    window.resize(
        min(max(window.width(), usable_w), screen.width()),
        min(max(window.height(), usable_h), screen.height()),
    )
    frame = window.frameGeometry()
    if not screen.contains(frame.topLeft()) or not screen.contains(frame.bottomRight()):
        frame.moveCenter(screen.center())
        window.move(frame.topLeft())
