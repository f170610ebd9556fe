"""The catalog as the window shows it: read and counted off the GUI thread, then swapped in;
and the service's announcements of what changed, carried to the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.note_records import Note
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.library.saved_searches import SavedSearch
from brochuredesk.ui.sidebar import Facets


@dataclass
class CatalogView:
    """What the window shows of the catalog, prepared off the GUI thread."""

    brochures: list[Brochure]
    shown: list[Brochure]
    examples: list[Example]
    saved_searches: list[SavedSearch]
    facets: Facets
    tags: list[str]
    notes: list[Note] = field(default_factory=list)  # one's own, for the examples' cards
    news: dict[str, int] = field(default_factory=dict)  # saved search → new since opened


class CatalogEvents(QObject):
    """The service's announcements, carried to the GUI thread (a queued signal)."""

    changed = Signal(object)  # a core.changes.Change
