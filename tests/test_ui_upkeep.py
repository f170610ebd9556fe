"""The window keeping the catalog current: watched folders while it runs, editions in the
details and the grid, OCR hits in the results."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest import SAMPLES
from PySide6.QtCore import QModelIndex
from test_editions import editions_of, sentences, write_brochure
from test_ocr import image_only
from ui_support import isolated_settings, library_of, open_window, sample_library

from brochuredesk.core.extract import ocr
from brochuredesk.core.importer.watch import SeenFiles
from brochuredesk.core.importer.watch_import import (
    WatchedFolder,
    save_watched_folders,
    watched_folders,
)
from brochuredesk.ui.preferences import PreferencesDialog
from brochuredesk.ui.roles import BrochureRole

__all__ = ["isolated_settings", "open_window"]  # fixtures used by name

WAIT = 120_000


def _id_of(root: Path) -> str:
    from brochuredesk.core.library.folder import open_library

    with open_library(root, read_only=True) as library:
        return library.library_id


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("BROCHUREDESK_CONFIG", str(folder))
    return folder


def test_pdfs_dropped_into_a_watched_folder_come_in_while_the_window_runs(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path, config
) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    root = sample_library(tmp_path / "lib")
    save_watched_folders(_id_of(root), [WatchedFolder(str(downloads))])
    window = open_window(root)
    qtbot.waitUntil(lambda: window.watching.watch_thread is not None, timeout=WAIT)
    before = len(window.model.all)
    source = sorted(SAMPLES.glob("*.pdf"))[0]
    new_pdf = tmp_path / "neu.pdf"
    write_brochure(new_pdf, "Neue Broschüre", "Cluster Süd", "2024", sentences(3, 40), 10)

    with qtbot.waitSignal(window.watching.imported, timeout=WAIT):
        shutil.copy(new_pdf, downloads / "neu.pdf.crdownload")
        (downloads / "neu.pdf.crdownload").rename(downloads / "neu.pdf")
    qtbot.waitUntil(lambda: len(window.model.all) == before + 1, timeout=WAIT)
    assert window.watching.notice.isVisible()
    assert "1 new brochure" in window.watching.notice.text()
    window.watching.show_new()
    assert [b.title for b in window.selected()] == ["Neue Broschüre"]
    assert not window.watching.notice.isVisible()

    # A sample again (a duplicate) is ignored silently; a fake PDF waits under Needs attention.
    (downloads / "kaputt.pdf").write_bytes(b"<html>404 Not Found</html>")
    with qtbot.waitSignal(window.watching.imported, timeout=WAIT):
        shutil.copy(source, downloads / "kopie.pdf")
    qtbot.waitUntil(lambda: window.sidebar.find_item("watch-failed", "") is not None, timeout=WAIT)
    assert len(window.model.all) == before + 1
    failures = SeenFiles.of_library(tmp_path / "lib").failures
    assert [Path(f.path).name for f in failures] == ["kaputt.pdf"]
    assert failures[0].reason == "not a PDF"
    item = window.sidebar.find_item("watch-failed", "")
    assert item is not None and "(1)" in item.data()


def test_preferences_add_and_remove_watched_folders(qtbot, tmp_path, config) -> None:  # type: ignore[no-untyped-def]
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[0], downloads / "alte-rechnung.pdf")
    dialog = PreferencesDialog(None, tmp_path / "lib", "library-a")
    qtbot.addWidget(dialog)
    dialog.add_folder(downloads)
    dialog.add_folder(downloads)  # once only
    assert dialog.paths() == [str(downloads)]
    dialog.link.setChecked(True)
    dialog.accept()
    assert watched_folders("library-a") == [WatchedFolder(str(downloads), True)]
    assert watched_folders("library-b") == []  # another library watches nothing of it
    seen = SeenFiles.of_library(tmp_path / "lib")
    assert str(downloads / "alte-rechnung.pdf") in seen.files  # what was there stays out

    dialog = PreferencesDialog(None, tmp_path / "lib", "library-a")
    qtbot.addWidget(dialog)
    assert dialog.paths() == [str(downloads)] and dialog.link.isChecked() is False
    dialog.folders.setCurrentRow(0)
    assert dialog.link.isChecked()
    dialog.remove_button.click()
    dialog.accept()
    assert watched_folders("library-a") == []


def test_editions_in_details_grid_and_results(qtbot, open_window, tmp_path, config) -> None:  # type: ignore[no-untyped-def]
    base = sentences(1, 120)
    folder = tmp_path / "in"
    title, publisher = "Fachkräfte gewinnen im Mittelstand", "Cluster Nord e.V."
    write_brochure(folder / "fk-2016.pdf", title, publisher, "März 2016", base, 10)
    write_brochure(
        folder / "fk-2018.pdf", title, publisher, "Mai 2018", editions_of(base, 20, 2), 9
    )
    window = open_window(library_of(tmp_path / "lib", [folder, SAMPLES]))
    names = {b.original_filename: b for b in window.model.all}
    newest, older = names["fk-2018.pdf"], names["fk-2016.pdf"]
    assert newest.edition_group and newest.edition_group == older.edition_group
    shown = {b.id for b in window.model.brochures}
    assert newest.id in shown and older.id not in shown  # the grid shows the newest only
    # and says why it shows one less (ux-review: "59 von 60" with no filter, unexplained)
    assert window.status_label.text() == (
        "6 of 7 brochures · 1 earlier edition hidden (View → All editions)"
    )

    window.select_brochure(newest.id)
    listed = window.details.editions
    assert window.details.editions_box.isVisible()
    assert window.details.editions_heading.text() == "Newest edition. Earlier editions:"
    assert [listed.item(i).text() for i in range(listed.count())] == [f"03/2016 — {title}"]
    # each edition says where it came from (issue 28: "is there a newer one?")
    window.service.update(older.id, source_url="https://www.clusterplattform.de/fk-2016.pdf")
    qtbot.waitUntil(lambda: any(b.source_url for b in window.model.all if b.id == older.id))
    window.show_details(next(b for b in window.model.all if b.id == newest.id))
    assert listed.item(0).text() == f"03/2016 — {title} · clusterplattform.de"
    listed.itemClicked.emit(listed.item(0))
    assert window.details.brochure is not None and window.details.brochure.id == older.id
    assert "Earlier edition" in window.details.editions_heading.text()
    assert listed.item(0).text() == f"★ 05/2018 — {title}"

    window.menus.editions_action.setChecked(True)  # View → All editions
    assert older.id in {b.id for b in window.model.brochures}
    assert window.status_label.text() == "7 brochures"

    window.search.setText("Fachkräfte gewinnen")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=WAIT)
    headings = {}
    for row in range(window.results.rowCount()):
        brochure, result, hit = window.results.index(row, 0).data(BrochureRole)
        if hit < 0:
            headings[brochure.id] = window.result_delegate._heading(brochure, result)[1]
    assert "earlier edition" in headings[older.id] and "earlier edition" not in headings[newest.id]

    window.menus.editions_action.setChecked(False)
    window.select_brochure(newest.id)
    window.details.split.click()  # "Not an edition of these"
    qtbot.waitUntil(
        lambda: all(not b.edition_group for b in window.model.all if b.id in (newest.id, older.id)),
        timeout=WAIT,
    )
    assert older.id in {b.id for b in window.model.brochures}


def test_a_new_edition_imported_hides_the_older_ones_without_a_reset(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path, config
) -> None:
    """Each newer edition imported while the window runs takes the older ones' place in the
    grid, row by row (a reset lays out every row of a large library again)."""
    base = sentences(3, 120)
    title, publisher = "Innovationsbericht der Region", "Netzwerk Süd GmbH"
    first = tmp_path / "a" / "ib-2016.pdf"
    write_brochure(first, title, publisher, "März 2016", base, 10)
    window = open_window(library_of(tmp_path / "lib", [first.parent, SAMPLES]))
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))

    def imported(name: str, stand: str, seed: int) -> str:
        path = tmp_path / name / f"ib-{name}.pdf"
        write_brochure(path, title, publisher, stand, editions_of(base, 15, seed), 9)
        window.importing.import_paths([path])
        qtbot.waitUntil(
            lambda: any(b.original_filename == path.name for b in window.model.all), timeout=WAIT
        )
        qtbot.waitUntil(lambda: window.import_task is None, timeout=WAIT)
        return next(b.id for b in window.model.all if b.original_filename == path.name)

    def shown() -> set[str]:
        return {b.original_filename for b in window.model.brochures}

    imported("2018", "Mai 2018", 2)
    qtbot.waitUntil(lambda: "ib-2016.pdf" not in shown(), timeout=WAIT)
    assert "ib-2018.pdf" in shown()
    imported("2020", "Juni 2020", 4)
    qtbot.waitUntil(lambda: "ib-2018.pdf" not in shown(), timeout=WAIT)
    assert "ib-2020.pdf" in shown() and "ib-2016.pdf" not in shown()
    assert len({b.edition_group for b in window.model.all if b.title == title}) == 1
    assert window.model.rowCount() == len(window.model.brochures)
    assert all(window.model.row_of(b.id) == r for r, b in enumerate(window.model.brochures))
    assert resets == []


@pytest.mark.skipif(not ocr.available(), reason="Tesseract language data missing")
def test_ocr_hits_say_so_and_a_scan_can_be_read_later(
    qtbot, open_window, tmp_path, config, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import pymupdf

    printed = pymupdf.open()
    page = printed.new_page()
    for number in range(6):
        page.insert_text((60, 100 + 40 * number), "Förderprogramm Fachkräftesicherung", fontsize=20)
    printed.save(tmp_path / "gedruckt.pdf")
    scan = image_only(tmp_path / "gedruckt.pdf", [0], tmp_path / "in" / "scan.pdf", dpi=200)
    monkeypatch.setenv("BROCHUREDESK_TESSDATA", "none")
    ocr.tessdata_folder.cache_clear()
    root = library_of(tmp_path / "lib", [scan])  # imported without Tesseract: no text
    monkeypatch.delenv("BROCHUREDESK_TESSDATA")
    ocr.tessdata_folder.cache_clear()
    window = open_window(root)
    brochure = window.model.all[0]
    assert brochure.status == "no-text"
    window.select_brochure(brochure.id)
    assert window.details.fix.text() == "Recognise text (OCR)"
    window.details.fix.click()
    qtbot.waitUntil(lambda: window.model.all[0].status == "ok", timeout=WAIT)
    qtbot.waitUntil(lambda: window.import_task is None, timeout=WAIT)
    window.search.setText("Fachkräftesicherung")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 1, timeout=WAIT)
    index = window.results.index(1, 0)
    brochure, result, hit = index.data(BrochureRole)
    assert hit == 0 and window.result_delegate._page(brochure, result.hits[0].page) == "1 (OCR)"
    assert isinstance(index, QModelIndex)


@pytest.mark.skipif(not ocr.available(), reason="Tesseract language data missing")
def test_import_progress_counts_the_pages_ocr_reads(qtbot, open_window, tmp_path, config) -> None:  # type: ignore[no-untyped-def]
    import pymupdf

    printed = pymupdf.open()
    for _ in range(2):
        page = printed.new_page()
        for number in range(6):
            page.insert_text((60, 100 + 40 * number), "Weiterbildung im Handwerk", fontsize=20)
    printed.save(tmp_path / "gedruckt.pdf")
    scan = image_only(tmp_path / "gedruckt.pdf", [0, 1], tmp_path / "in" / "zwei.pdf", dpi=200)
    window = open_window(tmp_path / "lib")
    shown: list[str] = []
    original = window.importing.progress

    def recording(done: int, total: int, label: str) -> None:
        original(done, total, label)
        shown.append(window.status_label.text())

    window.importing.progress = recording  # type: ignore[method-assign]
    window.importing.import_paths([scan])
    qtbot.waitUntil(lambda: len(window.model.all) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: window.import_task is None, timeout=WAIT)
    assert "Recognising text (OCR) in zwei.pdf: page 1 of 2" in shown
    assert "Recognising text (OCR) in zwei.pdf: page 2 of 2" in shown
    assert window.model.all[0].ocr_pages == [1, 2]


def test_a_note_typed_while_a_watched_pdf_arrives_is_kept_and_stays_on_its_brochure(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path, config
) -> None:
    """ux-review 96a–c: typing a note while a PDF arrived in the watched folder moved the
    details to the new brochure, the note was never saved and the rest of the typing went into
    the new brochure's fields."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    root = sample_library(tmp_path / "lib")
    save_watched_folders(_id_of(root), [WatchedFolder(str(downloads))])
    window = open_window(root)
    qtbot.waitUntil(lambda: window.watching.watch_thread is not None, timeout=WAIT)
    chosen = window.model.all[1]
    window.select_brochure(chosen.id)
    window.details.notes.setFocus()
    qtbot.keyClicks(window.details.notes, "Gute Quelle fuer ")
    new_pdf = tmp_path / "neu.pdf"
    write_brochure(new_pdf, "Aaa Neue Broschüre", "Cluster Süd", "2024", sentences(3, 40), 10)
    with qtbot.waitSignal(window.watching.imported, timeout=WAIT):
        shutil.copy(new_pdf, downloads / "neu.pdf")
    qtbot.waitUntil(lambda: any(b.title.startswith("Aaa") for b in window.model.all), timeout=WAIT)
    qtbot.keyClicks(window.details.notes, "Praxisbeispiele")
    assert [b.id for b in window.selected()] == [chosen.id]
    assert window.details.brochure is not None and window.details.brochure.id == chosen.id
    assert window.details.notes.toPlainText() == "Gute Quelle fuer Praxisbeispiele"
    new = next(b for b in window.model.all if b.title.startswith("Aaa"))
    window.select_brochure(new.id)  # choosing another brochure keeps what was typed
    catalog = window.service.library.catalog
    qtbot.waitUntil(
        lambda: catalog.get(chosen.id).notes == "Gute Quelle fuer Praxisbeispiele", timeout=WAIT
    )
    assert catalog.get(new.id).notes == ""


def test_a_folder_watched_for_one_library_does_not_pour_into_another(  # type: ignore[no-untyped-def]
    qtbot, open_window, tmp_path, config
) -> None:
    """ux-review: watched folders belonged to the user, so opening a second library imported
    the Downloads folder into it too. The one list of an earlier version goes to the first
    library that asks for its list."""
    import json

    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    config.mkdir()
    (config / "watched-folders.json").write_text(
        json.dumps({"folders": [{"path": str(downloads), "link": False}]}), encoding="utf-8"
    )
    first = sample_library(tmp_path / "work")
    assert watched_folders(_id_of(first)) == [WatchedFolder(str(downloads))]  # adopted
    other = library_of(tmp_path / "archive", [])
    window = open_window(other)
    assert window.watching.watch_thread is None  # nothing is watched for the archive
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[0], downloads / "neu.pdf")
    assert len(window.model.all) == 0
    assert watched_folders(_id_of(first)) == [WatchedFolder(str(downloads))]
