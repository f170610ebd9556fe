"""The item-data roles of our models, in one place: the views, delegates and controllers that
read them need not import the models (or each other) to know them."""

from __future__ import annotations

from PySide6.QtCore import Qt

BrochureRole = Qt.ItemDataRole.UserRole + 1  # the Brochure of a row
CoverRole = Qt.ItemDataRole.UserRole + 3  # its cover image, once rendered
ExampleRole = Qt.ItemDataRole.UserRole + 20  # the Example of a row of the examples' models
BrochureTitleRole = Qt.ItemDataRole.UserRole + 21  # the title of that example's brochure
NoteCountRole = Qt.ItemDataRole.UserRole + 22  # one's own notes on that example's pages
