"""Editions in the window: the grid with or without earlier editions (View → All editions),
a brochure's group in the details, another edition chosen there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from brochuredesk.core.library.records import Brochure

if TYPE_CHECKING:
    from brochuredesk.ui.shell import Shell


class EditionsController(QObject):
    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window

    def show_all(self, on: bool) -> None:
        self.w.model.all_editions = on
        self.w.settings.setValue("all-editions", on)
        self.w.model.set_filters(self.w.model.filters)
        self.w.update_count()

    def chosen(self, brochure_id: str) -> None:
        """Another edition clicked in the details: chosen in the list, or shown in the
        details when the list hides it (an earlier edition)."""
        if self.w.model.row_of(brochure_id) is not None:
            self.w.select_brochure(brochure_id)
            return
        self.w.show_details(next((b for b in self.w.model.all if b.id == brochure_id), None))

    def of(self, brochure: Brochure) -> list[Brochure]:
        """The brochure's edition group, newest first; empty when it has none."""
        if not brochure.edition_group:
            return []
        model = self.w.model
        group = [b for b in model.all if b.edition_group == brochure.edition_group]
        newest = model.earlier.get(brochure.id, brochure.id)
        others = [b for b in group if b.id != newest]
        others.sort(key=lambda b: (b.date or str(b.year or ""), b.added), reverse=True)
        return [b for b in group if b.id == newest] + others
