"""The good-practice examples' room of the main window: the Examples view, the example form
(new, from the viewer's pages or a suggestion; edit; delete), suggestions for one brochure,
and exports. The window builds the widgets; this holds what they do."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from brochuredesk.core.citations import Cited
from brochuredesk.core.examples.facts import read_facts
from brochuredesk.core.examples.suggest import Candidate
from brochuredesk.core.library.example_records import Example
from brochuredesk.core.library.records import Brochure
from brochuredesk.ui.citations import Citations
from brochuredesk.ui.dialogs import run_dialog
from brochuredesk.ui.example_form import ExampleDialog
from brochuredesk.ui.stack import EXAMPLES
from brochuredesk.ui.suggestions import SuggestionsDialog

if TYPE_CHECKING:
    from brochuredesk.ui.shell import Shell


class ExamplesController(QObject):
    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.w = window
        self.citations = Citations(
            window, lambda work: window.runner.start(work, on_error=window.error)
        )

    def pdf_of(self, brochure_id: str) -> tuple[Path, str] | None:
        """A brochure's PDF and password, when the file is there (for its examples' pages)."""
        brochure = self.w.example_model.brochures.get(brochure_id)
        if brochure is None:
            return None
        path = self.w.service.library.file_path(brochure)
        return (path, brochure.password) if path.is_file() else None

    def pages_of(self, brochure_id: str) -> list[tuple[int, int, str]]:
        return [
            (e.first_page, e.last_page, e.title)
            for e in self.w.example_model.all
            if e.brochure_id == brochure_id
        ]

    def show(self, facet: tuple[str, str] | None) -> None:
        self.w.example_model.set_facet(facet)
        self.w.center.setCurrentIndex(EXAMPLES)
        label = self.w.sidebar.facet_label(facet) if facet is not None else ""
        self.w.chips.show_examples(facet, label)  # what filters this view, and nothing else
        self.w.update_count()

    def selected(self) -> list[Example]:
        rows = {i.row() for i in self.w.examples_table.selectionModel().selectedIndexes()}
        return [self.w.example_model.rows[r] for r in sorted(rows)]

    def open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        example = self.w.example_model.rows[index.row()]
        brochure = next((b for b in self.w.model.all if b.id == example.brochure_id), None)
        if brochure is not None:
            pages = list(range(example.first_page, example.last_page + 1))
            self.w.open_viewer(brochure, example.first_page, pages)

    def new(self, first: int, last: int, values: dict[str, object] | None = None) -> None:
        """The form for a new example of pages `first`-`last`; `values` pre-fill it (a
        suggestion's facts, or "excerpt": text selected on the page)."""
        values = dict(values or {})
        brochure = values.pop("brochure", self.w.viewer.brochure)
        if not isinstance(brochure, Brochure) or self.w.service.read_only:
            return
        selected = str(values.pop("excerpt", "") or "")
        fields: dict[str, object] = {"first_page": first, "last_page": last, **values}
        text = selected or self.w.service.excerpt(brochure.id, first, last)
        known = read_facts(text)  # what the pages (or the selected passage) state
        found = {
            "organisation": known.organisation, "region": known.region, "sector": known.sector,
            "fields_of_action": known.fields, "url": known.url or known.contact,
        }  # fmt: skip
        fields = {**{k: v for k, v in found.items() if v}, **fields}
        dialog = ExampleDialog(
            brochure.title, brochure.page_count,
            text,
            self.w.example_model.all, fields, self.w, from_selection=bool(selected),
        )  # fmt: skip
        if run_dialog(dialog):
            chosen = dialog.values()
            if selected:
                chosen["excerpt"] = selected
            pages, title = chosen.pop("pages"), chosen.pop("title")
            self.w.runner.start(
                lambda: self.w.service.add_example(brochure.id, str(pages), str(title), **chosen),
                on_done=lambda example: self.saved(example),
                on_error=self.w.error,
            )

    def saved(self, example: Example) -> None:
        self.w.statusBar().showMessage(
            self.tr("Example “%1” saved.").replace("%1", example.title), 5000
        )

    def edit(self, example: Example) -> None:
        brochure = next((b for b in self.w.model.all if b.id == example.brochure_id), None)
        if brochure is None or self.w.service.read_only:
            return
        dialog = ExampleDialog(
            brochure.title, brochure.page_count, example.excerpt, self.w.example_model.all,
            example.to_record(), self.w,
        )  # fmt: skip
        if run_dialog(dialog):
            chosen = dialog.values()
            self.w.runner.start(
                lambda: self.w.service.edit_example(example.id, **chosen),
                on_done=self.saved,
                on_error=self.w.error,
            )

    def menu(self, pos: QPoint) -> None:
        chosen = self.selected()
        if not chosen:
            return
        menu = QMenu(self.w)
        menu.addAction(
            self.tr("Open pages in viewer"),
            lambda: self.open(self.w.examples_page.current_view.currentIndex()),
        )
        edit = menu.addAction(self.tr("Edit…"), lambda: self.edit(chosen[0]))
        menu.addSeparator()
        menu.addAction(self.tr("Export as dossier PDF…"), lambda: self.export("dossier"))
        menu.addAction(self.tr("Export as CSV…"), lambda: self.export("csv"))
        brochures = self.w.example_model.brochures
        self.citations.add_menu(
            menu, [Cited(brochures[e.brochure_id], e) for e in chosen if e.brochure_id in brochures]
        )
        menu.addSeparator()
        remove = menu.addAction(self.tr("Delete example…"), lambda: self.remove(chosen))
        edit.setEnabled(not self.w.service.read_only)
        remove.setEnabled(not self.w.service.read_only)
        menu.exec(pos)

    def remove(self, examples: list[Example]) -> None:
        answer = QMessageBox.question(
            self.w, self.tr("Delete example"),
            self.tr("Delete %n example(s)? The brochures stay.", "", len(examples)),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            ids = [e.id for e in examples]
            self.w.runner.start(
                lambda: [self.w.service.remove_example(i) for i in ids],
                on_error=self.w.error,
            )

    def suggest(self) -> None:
        brochure = self.w.details.brochure
        if brochure is None:
            self.w.statusBar().showMessage(self.tr("Choose a brochure first."), 4000)
            return
        self.suggest_for(brochure)

    def suggest_for(self, brochure: Brochure) -> None:
        self.w.runner.start(
            lambda: (
                self.w.service.suggestions(brochure.id),
                self.w.service.dismissed_count(brochure.id),
            ),
            on_done=lambda found: self.show_suggestions(brochure, *found),
            on_error=self.w.error,
        )

    def show_suggestions(
        self, brochure: Brochure, candidates: list[Candidate], dismissed: int = 0
    ) -> None:
        dialog = SuggestionsDialog(brochure.title, candidates, self.w, dismissed)
        dialog.preview_requested.connect(lambda page: self.preview_page(dialog, brochure, page))
        read_only = self.w.service.read_only
        if read_only:
            dialog.dismiss_button.setEnabled(False)
        dialog.dismissed_candidate.connect(
            lambda c: self.w.runner.start(
                lambda: self.w.service.dismiss_suggestion(brochure.id, c), on_error=self.w.error
            )
        )
        dialog.restore_requested.connect(
            lambda: self.w.runner.start(
                lambda: self.w.service.restore_suggestions(brochure.id),
                on_done=lambda _: self.suggest_for(brochure),
                on_error=self.w.error,
            )
        )
        dialog.accepted_candidate.connect(
            lambda c: self.new(
                c.first_page,
                c.last_page,
                {
                    "brochure": brochure,
                    "title": c.title,
                    "organisation": c.organisation,
                    "region": c.region,
                    "sector": c.sector,
                    "fields_of_action": c.fields,
                    "url": c.url or c.contact,
                },
            )
        )
        run_dialog(dialog)

    def preview_page(self, dialog: SuggestionsDialog, brochure: Brochure, page: int) -> None:
        """A suggestion's page, drawn in the render process, into the dialog still open."""
        from brochuredesk.core.extract.render import RenderRequest

        path = self.w.service.library.file_path(brochure)
        request = RenderRequest(path, page, 0.45 * self.w.devicePixelRatioF(), brochure.password)

        def show(rendered: object) -> None:
            pixmap = QPixmap()
            pixmap.loadFromData(getattr(rendered, "png", b""))
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                dialog.show_preview(page, pixmap)

        self.w.runner.start(lambda: self.w.strip_renderer.render(request), on_done=show)

    def export(self, kind: str) -> None:
        chosen = self.selected() if self.w.center.currentIndex() == EXAMPLES else []
        ids = [e.id for e in chosen]
        suffix = {"dossier": "pdf", "csv": "csv", "json": "json"}[kind]
        name = self.tr("Good-practice dossier") if kind == "dossier" else self.tr("Examples")
        title = subtitle = ""
        if kind == "dossier":
            from brochuredesk.ui.dossier_dialog import DossierDialog

            dialog = DossierDialog(self.w)
            if not run_dialog(dialog):
                return
            title, subtitle = dialog.values()
            name = title.replace("/", "-") or name
        path, _ = QFileDialog.getSaveFileName(
            self.w, self.tr("Export examples"), str(Path.home() / f"{name}.{suffix}"), f"*.{suffix}"
        )
        if not path:
            return
        from brochuredesk.core.examples import export
        from brochuredesk.core.examples.rows import rows_for
        from brochuredesk.core.i18n import language

        def work() -> Path:
            rows = rows_for(self.w.service.library, ids)
            target = Path(path)  # the file dialog asked about replacing an existing file
            if kind == "csv":
                return export.export_csv(rows, target, force=True, german=language() == "de")
            if kind == "json":
                return export.export_json(rows, target, force=True)
            return export.export_dossier(
                rows, target, title=title, subtitle=subtitle, force=True,
                german=language() == "de",
            )  # fmt: skip

        self.w.runner.start(
            work,
            on_done=lambda written: self.w.statusBar().showMessage(
                self.tr("Exported to %1").replace("%1", str(written)), 8000
            ),
            on_error=self.w.error,
        )
