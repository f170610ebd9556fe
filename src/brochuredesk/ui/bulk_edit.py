"""One change for several brochures at once: the publisher, the date, tags to add or take
away. A field left empty stays as each brochure has it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from brochuredesk.core.library.records import Brochure
from brochuredesk.core.text.dates import parse_date, year_of
from brochuredesk.ui.dialogs import dialog_buttons
from brochuredesk.ui.models import date_text


class BulkEditDialog(QDialog):
    def __init__(self, brochures: list[Brochure], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit %n brochure(s)", "", len(brochures)))
        self.brochures = brochures
        publishers = {b.publisher for b in brochures}
        self.publisher = QLineEdit(publishers.pop() if len(publishers) == 1 else "")
        self.publisher.setPlaceholderText(self.tr("unchanged (they differ)"))
        dates = {date_text(b) for b in brochures}
        self.date = QLineEdit(dates.pop() if len(dates) == 1 else "")
        self.date.setPlaceholderText(self.tr("unchanged, e.g. 06/2018"))
        self.add_tags = QLineEdit()
        self.add_tags.setPlaceholderText(self.tr("comma-separated"))
        self.remove_tags = QLineEdit()
        self.remove_tags.setPlaceholderText(self.tr("comma-separated"))
        self.publisher.setMinimumWidth(340)
        form = QFormLayout(self)
        titles = ", ".join(b.title for b in brochures[:3]) + (" …" if len(brochures) > 3 else "")
        intro = QLabel(titles)
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("&Publisher"), self.publisher)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("Add ta&gs"), self.add_tags)
        form.addRow(self.tr("&Remove tags"), self.remove_tags)
        buttons = dialog_buttons(
            self, QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(buttons)

    def accept(self) -> None:
        """OK only with a date that is one ("12.06.2019", "2019-06", "2019"), or none."""
        if parse_date(self.date.text()) is None:
            self.date.setStyleSheet("border: 1px solid #c62828;")
            self.date.setToolTip(self.tr("Not a date: write 2019, 06/2019 or 12.06.2019"))
            self.date.setFocus()
            return
        super().accept()

    def changes(self) -> dict[str, dict[str, object]]:
        """id → the fields that change for that brochure (none: left out)."""
        publisher = " ".join(self.publisher.text().split())
        date = parse_date(self.date.text()) or ""
        add = [t.strip() for t in self.add_tags.text().split(",") if t.strip()]
        drop = {t.strip().casefold() for t in self.remove_tags.text().split(",") if t.strip()}
        out: dict[str, dict[str, object]] = {}
        for b in self.brochures:
            fields: dict[str, object] = {}
            if publisher and publisher != b.publisher:
                fields["publisher"] = publisher
            if date and date != (b.date or (str(b.year) if b.year else "")):
                fields["date"] = date
                fields["year"] = year_of(date)
            tags = [t for t in b.tags if t.casefold() not in drop]
            tags += [t for t in add if t.casefold() not in {x.casefold() for x in tags}]
            if tags != b.tags:
                fields["tags"] = tags
            if fields:
                out[b.id] = fields
        return out
