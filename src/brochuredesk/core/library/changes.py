"""What a write to the library changed, told to whoever shows the library (the window's
views listen; nothing in a view refreshes itself after calling a write)."""

from __future__ import annotations

from brochuredesk.core.library.records import Brochure
from brochuredesk.core.plain import datarecord


@datarecord(frozen=True)
class Change:
    changed: tuple[Brochure, ...] = ()  # brochures whose fields changed: their new state
    added: tuple[Brochure, ...] = ()  # brochures new in the library
    reread: bool = False  # removals, examples, settings: the catalog is to be read again
    keep: str | None = None  # the brochure to keep chosen after a re-read
