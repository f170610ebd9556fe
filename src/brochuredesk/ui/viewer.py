"""The built-in viewer: pages rendered by the render process off the GUI thread, zoom, page
navigation, a strip of page thumbnails, and search hits highlighted on the page."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, QSize, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from brochuredesk.core.extract.page_labels import label_of
from brochuredesk.core.extract.render import RenderedPage, RenderRequest, RenderService
from brochuredesk.core.library.records import Brochure
from brochuredesk.core.library.safety import is_web_link
from brochuredesk.ui.flow_layout import FlowLayout
from brochuredesk.ui.page_image import PageImage
from brochuredesk.ui.workers import TaskRunner

FIT_WIDTH, FIT_PAGE = "fit-width", "fit-page"
ZOOMS = [0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0]
STRIP_ZOOM = 0.12
STRIP_MAX = 300


class Viewer(QWidget):
    closed = Signal()
    page_changed = Signal(int)
    new_example = Signal(int, int, str)  # first and last page chosen, the text selected on it
    new_note = Signal(int, str)  # the page, the words selected on it (none: the whole page)

    def __init__(
        self, renderer: RenderService, strip_renderer: RenderService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.strip_renderer = strip_renderer
        # One thread each: the page never waits behind the strip's thumbnails.
        self.runner = TaskRunner(self, _single_thread_pool(self))
        self.strip_runner = TaskRunner(self, _single_thread_pool(self))
        self.brochure: Brochure | None = None
        self.path: Path | None = None
        self.page = 1
        self.page_count = 1
        self.zoom_mode: str | float = FIT_WIDTH
        self.terms: tuple[str, ...] = ()
        self.hit_pages: list[int] = []
        self._generation = 0
        self._strip_generation = 0
        self.hits_on_page = 0
        self.drawn_page = 0
        self._last: RenderedPage | None = None
        self.word_finder: Callable[[int], tuple[str, ...]] | None = None  # set by the window

        self.back = _button(self.tr("◀ Back"))
        self.back.setToolTip(self.tr("Back to the list (Esc, Alt+Left)"))
        self.back.clicked.connect(self.closed.emit)
        self.previous = _button("‹")
        self.previous.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous.setAccessibleName(self.tr("Previous page"))
        self.previous.clicked.connect(lambda: self.go(self.page - 1))
        self.next = _button("›")
        self.next.setToolTip(self.tr("Next page (Page Down)"))
        self.next.setAccessibleName(self.tr("Next page"))
        self.next.clicked.connect(lambda: self.go(self.page + 1))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setMinimum(1)
        self.page_box.editingFinished.connect(lambda: self.go(self.page_box.value()))
        self.count_label = QLabel()
        self.zoom_box = QComboBox()
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_box.addItem(self.tr("Fit page"), FIT_PAGE)
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{round(zoom * 100)} %", zoom)
        self.zoom_box.currentIndexChanged.connect(self._zoom_chosen)
        # Arrows only, named for screen readers and in their tooltips: the bar fits 1024 px.
        self.previous_hit = _button("◀")
        self.previous_hit.setAccessibleName(self.tr("Previous hit"))
        self.previous_hit.setToolTip(self.tr("Previous page with a hit (Shift+F3)"))
        self.previous_hit.clicked.connect(lambda: self.jump_hit(-1))
        self.next_hit = _button("▶")
        self.next_hit.setAccessibleName(self.tr("Next hit"))
        self.next_hit.setToolTip(self.tr("Next page with a hit (F3)"))
        self.next_hit.clicked.connect(lambda: self.jump_hit(1))
        self.hit_label = QLabel()
        self.hit_label.setAccessibleName(self.tr("Hits"))
        self.hit_index = 0  # the hit on this page that F3 reached
        self._hits: list[tuple[float, float, float, float]] = []
        self._arrive_last = False  # Shift+F3 came from the next page: start at its last hit
        self._page_image: QImage | None = None
        self._page_ratio = 1.0
        self.examples: list[tuple[int, int, str]] = []  # (first, last, title) in this brochure
        self.notes: list[tuple[int, str, tuple[float, float, float]]] = []  # see set_notes
        self.read_only = False
        self.example_label = QLabel()
        self.example_label.setAccessibleName(self.tr("Example on this page"))
        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long title must not widen the viewer (it would squeeze the sidebar): it is cut.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.example_button = _button(self.tr("New example…"))
        self.example_button.setToolTip(
            self.tr(
                "Mark this page, or the pages selected in the strip, as a good-practice example (Ctrl+E)"
            )
        )
        self.example_button.clicked.connect(self._new_example)

        # Groups in rows that wrap: on a narrow window the bar takes a second row instead of
        # hiding buttons behind a » (a QToolBar's » cannot show widgets) or widening the window.
        bar = QWidget()
        bar.setAccessibleName(self.tr("Viewer tools"))
        flow = FlowLayout(bar, spacing=14)
        for group in (
            (self.back, self.previous, self.page_box, self.count_label, self.next),
            (self.previous_hit, self.next_hit, self.hit_label),
            (self.zoom_box,),
            (self.example_button, self.example_label),
        ):
            flow.addWidget(_group(group))
        flow.addWidget(self.title)
        self.bar = bar

        self.image = PageImage()
        self.image.setAccessibleName(self.tr("Page image"))
        self.image.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.image.customContextMenuRequested.connect(self._page_menu)
        self.image.selection_changed.connect(self._selection_changed)
        self.image.link_clicked.connect(self._open_link)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.strip_model = QStandardItemModel(self)
        self.strip = QListView()
        self.strip.setModel(self.strip_model)
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.TopToBottom)
        self.strip.setWrapping(False)
        self.strip.setIconSize(QSize(72, 100))
        self.strip.setGridSize(QSize(92, 126))
        self.strip.setUniformItemSizes(True)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setFixedWidth(114)
        self.strip.setAccessibleName(self.tr("Pages"))
        self.strip.clicked.connect(lambda index: self.go(index.row() + 1))
        self.strip.setSelectionMode(QListView.SelectionMode.ExtendedSelection)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.strip)
        body.addWidget(self.scroll_area, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar)
        layout.addLayout(body, 1)

        shortcuts: dict[QKeySequence.StandardKey | QKeySequence, Callable[[], object]] = {
            QKeySequence.StandardKey.MoveToNextPage: lambda: self.go(self.page + 1),
            QKeySequence.StandardKey.MoveToPreviousPage: lambda: self.go(self.page - 1),
            QKeySequence.StandardKey.ZoomIn: lambda: self.step_zoom(1),
            QKeySequence.StandardKey.ZoomOut: lambda: self.step_zoom(-1),
            QKeySequence.StandardKey.FindNext: lambda: self.jump_hit(1),
            QKeySequence.StandardKey.FindPrevious: lambda: self.jump_hit(-1),
            QKeySequence(Qt.Key.Key_Escape): lambda: self.closed.emit(),
            QKeySequence.StandardKey.Back: lambda: self.closed.emit(),  # Alt+Left, ⌘[
            QKeySequence(Qt.Key.Key_Home): lambda: self.go(1),
            QKeySequence("Ctrl+E"): self._new_example,
            QKeySequence("Ctrl+M"): self._new_note,
            QKeySequence.StandardKey.Copy: self.copy_selection,
            QKeySequence.StandardKey.SelectAll: self.image.select_all,
            QKeySequence(Qt.Key.Key_End): lambda: self.go(self.page_count),
        }
        for keys, action in shortcuts.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # -- opening and moving -----------------------------------------------------------------
    def open(
        self, brochure: Brochure, path: Path, page: int = 1, hit_pages: list[int] | None = None
    ) -> None:
        self.brochure, self.path = brochure, path
        self.page_count = max(1, brochure.page_count)
        self.hit_pages = sorted(set(hit_pages or []))
        self.title.setText(brochure.title)
        self.page_box.setMaximum(self.page_count)
        self.count_label.setText(f"/ {self.page_count}")
        self.previous_hit.setEnabled(bool(self.hit_pages))
        self.next_hit.setEnabled(bool(self.hit_pages))
        self._fill_strip()
        self.page = 0
        self.go(page)
        self.scroll_area.setFocus()

    def add_hit_pages(self, brochure_id: str, pages: list[int]) -> None:
        """Every page with a hit, known once the search worked them out (a result lists only
        its best few): F3 and Shift+F3 then go through all of them."""
        if self.brochure is None or self.brochure.id != brochure_id:
            return  # another brochure is shown by now
        self.hit_pages = sorted(set(self.hit_pages) | set(pages))
        self._update_hit_controls()

    def go(self, page: int) -> None:
        if self.brochure is None:
            return
        page = max(1, min(self.page_count, page))
        if page == self.page and self._last is not None:
            return
        self.page = page
        self.page_box.setValue(page)
        printed = label_of(self.brochure.page_labels, page)
        self.count_label.setText(
            f"/ {self.page_count}"
            + (
                f"  ({self.tr('printed %1').replace('%1', printed)})"
                if printed and printed != str(page)
                else ""
            )
        )
        self.previous.setEnabled(page > 1)
        self.next.setEnabled(page < self.page_count)
        selection = self.strip.selectionModel()
        keep_range = len(selection.selectedIndexes()) > 1  # pages chosen for an example
        flag = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(
            self.strip_model.index(page - 1, 0),
            flag.NoUpdate if keep_range else flag.ClearAndSelect,
        )
        self.page_changed.emit(page)
        self._show_example_of_page()
        self._render()

    def set_examples(self, examples: list[tuple[int, int, str]]) -> None:
        """The good-practice examples marked in the brochure shown: their pages say so in the
        strip and in the bar (a page already an example is not marked twice by mistake)."""
        self.examples = sorted(examples)
        for row in range(self.strip_model.rowCount()):
            item = self.strip_model.item(row)
            titles = self._examples_on(row + 1)
            item.setText(f"{row + 1} ★" if titles else str(row + 1))
            item.setToolTip(
                self.tr("Good-practice example: %1").replace("%1", "; ".join(titles))
                if titles
                else ""
            )
        self._show_example_of_page()

    def _examples_on(self, page: int) -> list[str]:
        return [title for first, last, title in self.examples if first <= page <= last]

    def _show_example_of_page(self) -> None:
        titles = self._examples_on(self.page)
        self.example_label.setText(
            "★ " + self.tr("Example: %1").replace("%1", "; ".join(titles)) if titles else ""
        )

    def shutdown(self) -> None:
        """Before the window goes: results still on their way are ignored, workers finish."""
        self._generation += 1
        self._strip_generation += 1
        self.runner.wait(10000)
        self.strip_runner.wait(10000)
        self.runner.stop()
        self.strip_runner.stop()

    def chosen_pages(self) -> tuple[int, int]:
        """The pages selected in the strip (first, last), else the page shown."""
        rows = sorted(i.row() + 1 for i in self.strip.selectionModel().selectedIndexes())
        if len(rows) > 1:
            return rows[0], rows[-1]
        return self.page, self.page

    def _new_note(self) -> None:
        if self.brochure is not None:
            self.new_note.emit(self.page, self.image.selected_text())

    def set_notes(self, notes: list[tuple[int, str, tuple[float, float, float]]]) -> None:
        """One's own notes in this brochure: (page, quote, colour); their quotes are marked
        in their colour on the page shown."""
        self.notes = notes
        self.image.marks = [
            (quote, colour) for page, quote, colour in notes if page == self.page and quote
        ]
        self.image.update()

    def _new_example(self) -> None:
        if self.brochure is not None:
            first, last = self.chosen_pages()
            self.new_example.emit(first, last, self.image.selected_text())

    def _open_link(self, uri: str) -> None:
        """A web link the user clicked opens in their browser; nothing else ever opens."""
        if is_web_link(uri):
            QDesktopServices.openUrl(QUrl(uri))

    def copy_selection(self) -> None:
        text = self.image.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def _selection_changed(self, text: str) -> None:
        """The button keeps its label (the bar must fit 1024 px and not move when text is
        selected); its tooltip says the selection becomes the excerpt."""
        self.example_button.setToolTip(
            self.tr("New example from selection…")
            if text
            else self.tr(
                "Mark this page, or the pages selected in the strip, as a good-practice example (Ctrl+E)"
            )
        )

    def _page_menu(self, pos: QPoint) -> None:
        if self.brochure is None:
            return
        menu = QMenu(self)
        has_text = bool(self.image.selected_text())
        copy = menu.addAction(self.tr("&Copy"), self.copy_selection)
        copy.setEnabled(has_text)
        menu.addAction(self.tr("Select &all text"), self.image.select_all).setEnabled(
            bool(self.image.words)
        )
        menu.addSeparator()
        menu.addAction(
            self.tr("New example from selection…") if has_text else self.tr("New example…"),
            self._new_example,
        )
        menu.addAction(
            self.tr("Highlight with a note…") if has_text else self.tr("Note on this page…"),
            self._new_note,
        ).setEnabled(not self.read_only)
        menu.exec(self.image.mapToGlobal(pos))

    def jump_hit(self, direction: int) -> None:
        """F3 / Shift+F3: the next (previous) hit on this page, then the next page with hits."""
        step = self.hit_index + direction
        if self._hits and 0 <= step < len(self._hits):
            self.hit_index = step
            self._paint_page()
            return
        later = [p for p in self.hit_pages if (p - self.page) * direction > 0]
        if later:
            self._arrive_last = direction < 0
            self.go(min(later) if direction > 0 else max(later))

    def step_zoom(self, direction: int) -> None:
        current = self._last.zoom if self._last else 1.0
        options = ZOOMS if direction > 0 else list(reversed(ZOOMS))
        target = next((z for z in options if (z - current) * direction > 0.01), options[-1])
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(target))

    def _zoom_chosen(self) -> None:
        self.zoom_mode = self.zoom_box.currentData()
        self._render()

    # -- rendering --------------------------------------------------------------------------
    def _zoom(self, width: float, height: float) -> float:
        viewport = self.scroll_area.viewport().size()
        if self.zoom_mode == FIT_WIDTH:
            return float(max(0.1, (viewport.width() - 24) / max(1.0, width)))
        if self.zoom_mode == FIT_PAGE:
            return max(
                0.1,
                min(
                    (viewport.width() - 24) / max(1.0, width),
                    (viewport.height() - 8) / max(1.0, height),
                ),
            )
        return float(self.zoom_mode)

    def _render(self) -> None:
        if self.path is None or self.brochure is None:
            return
        self._generation += 1
        generation = self._generation
        ratio = self.devicePixelRatioF()
        width, height = (self._last.width, self._last.height) if self._last else (595.0, 842.0)
        zoom = self._zoom(width, height)
        terms = self.word_finder(self.page) if self.word_finder else ()
        request = RenderRequest(
            self.path, self.page, zoom * ratio, self.brochure.password, tuple(terms), words=True
        )
        self.runner.start(
            lambda: self.renderer.render(request),
            on_done=lambda page: self._show(generation, page, ratio, zoom),
            on_error=lambda message: self._failed(generation, message),
        )

    def _show(self, generation: int, page: RenderedPage, ratio: float, zoom: float) -> None:
        if generation != self._generation:
            return
        first = self._last is None or (self._last.width, self._last.height) != (
            page.width,
            page.height,
        )
        self._last = page
        if (
            first
            and self.zoom_mode in (FIT_WIDTH, FIT_PAGE)
            and abs(self._zoom(page.width, page.height) - zoom) > 0.01
        ):
            self._render()  # the page size is known now: fit it properly
            return
        self._page_image = QImage.fromData(page.png)
        self._page_ratio = ratio
        self._hits = list(page.hits)
        self.drawn_page = self.page  # the page on screen now, its hits counted
        self.hit_index = len(self._hits) - 1 if self._arrive_last else 0
        self._arrive_last = False
        self.hits_on_page = len(page.hits)
        self._paint_page()
        self.image.setAccessibleDescription(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.page))
            .replace("%2", str(self.page_count))
        )

    def _paint_page(self) -> None:
        """The page with its hits marked, the one F3 reached more strongly, scrolled to."""
        if self._page_image is None or self._last is None:
            return
        image = self._page_image.copy()
        z = self._last.zoom
        if self._hits:
            painter = QPainter(image)
            for number, (x0, y0, x1, y1) in enumerate(self._hits):
                current = number == self.hit_index
                painter.setBrush(QColor(255, 150, 0, 150) if current else QColor(255, 200, 0, 110))
                painter.setPen(QColor(200, 80, 0) if current else QColor(230, 150, 0))
                painter.drawRect(
                    int(x0 * z), int(y0 * z), int((x1 - x0) * z) + 1, int((y1 - y0) * z) + 1
                )
            painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._page_ratio)
        self.image.marks = [(q, c) for page, q, c in self.notes if page == self.page and q]
        self.image.show_page(pixmap, z / self._page_ratio, self._last.words, self._last.links)
        self._update_hit_controls()
        if self._hits:
            box = self.image.hit_rect(self._hits[self.hit_index])
            self.scroll_area.ensureWidgetVisible(self.image)  # the page is laid out
            self.scroll_area.ensureVisible(
                int(box.center().x()), int(box.center().y()), 80, int(box.height()) + 120
            )

    def _update_hit_controls(self) -> None:
        later = any(p > self.page for p in self.hit_pages)
        earlier = any(p < self.page for p in self.hit_pages)
        self.next_hit.setEnabled(later or self.hit_index + 1 < len(self._hits))
        self.previous_hit.setEnabled(earlier or self.hit_index > 0)
        self.hit_label.setText(
            self.tr("Hit %1 of %2 on this page")
            .replace("%1", str(self.hit_index + 1))
            .replace("%2", str(len(self._hits)))
            if self._hits
            else ""
        )

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("This page cannot be shown: %1").replace("%1", message))

    def _fill_strip(self) -> None:
        self.strip_model.clear()
        blank = QPixmap(self.strip.iconSize())
        blank.fill(QColor(235, 235, 238))
        placeholder = QIcon(blank)
        for number in range(1, self.page_count + 1):
            titles = self._examples_on(number)
            item = QStandardItem(placeholder, f"{number} ★" if titles else str(number))
            if titles:
                item.setToolTip(
                    self.tr("Good-practice example: %1").replace("%1", "; ".join(titles))
                )
            item.setEditable(False)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setSizeHint(self.strip.gridSize())
            self.strip_model.appendRow(item)
        if self.path is None or self.brochure is None:
            return
        self._strip_generation += 1
        path, password, generation = self.path, self.brochure.password, self._strip_generation
        for number in range(1, min(self.page_count, STRIP_MAX) + 1):
            request = RenderRequest(path, number, STRIP_ZOOM * self.devicePixelRatioF(), password)
            self.strip_runner.start(
                partial(self._render_strip_page, generation, request),
                on_done=partial(self._strip_icon, generation, number),
            )

    def _render_strip_page(self, generation: int, request: RenderRequest) -> RenderedPage | None:
        if generation != self._strip_generation:
            return None  # another brochure was opened meanwhile
        return self.strip_renderer.render(request)

    def _strip_icon(self, generation: int, number: int, page: RenderedPage | None) -> None:
        if page is None or generation != self._strip_generation:
            return
        pixmap = QPixmap.fromImage(QImage.fromData(page.png))
        self.strip_model.item(number - 1).setIcon(QIcon(pixmap))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.zoom_mode in (FIT_WIDTH, FIT_PAGE) and self.brochure is not None:
            self._render()


def _single_thread_pool(parent: QWidget) -> QThreadPool:
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return pool


def _group(widgets: tuple[QWidget, ...]) -> QWidget:
    """Widgets that stay together on one row of the bar."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for widget in widgets:
        row.addWidget(widget)
    return group


def _button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button
