"""The Qt binding we ship must not corrupt Python's reference counts (PySide6 6.12.0 did on
Python 3.11: every call of a void method took a reference from None, and the app died with
"deallocating None" after some thousand paints)."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("PySide6.QtGui")

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPixmap


def test_void_calls_leave_none_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    canvas = QPixmap(64, 64)
    painter = QPainter(canvas)
    try:
        before = sys.getrefcount(None)
        for _ in range(5000):
            painter.setPen(QColor(10, 20, 30))
            QRect(0, 0, 10, 10).moveBottom(5)
        assert sys.getrefcount(None) >= before - 100
    finally:
        painter.end()
