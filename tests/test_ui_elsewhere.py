"""Changes made elsewhere appear in the open window within seconds, the selection kept: by
another process on this machine (the window is then read-only), and by another machine whose
catalog a sync service carries over."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("PySide6.QtWidgets")

from ui_support import isolated_settings, open_window, sample_library

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index
from brochuredesk.ui.roles import BrochureRole

__all__ = ["isolated_settings", "open_window"]  # fixtures used by name

WAIT = 60_000

WRITER = """
import sys
from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.manage import open_index
from brochuredesk.ui.roles import BrochureRole
library = open_library(sys.argv[1])
print("locked", flush=True)
for line in sys.stdin:
    brochure_id, title = line.rstrip("\\n").split("\\t")
    index = open_index(library)
    brochure = library.catalog.update(brochure_id, title=title)
    library.catalog.tag(brochure_id, ["Anderswo"])
    index.update_brochure_metadata(library.catalog.get(brochure_id))
    index.close()
    print("done", flush=True)
"""


def test_the_window_follows_another_process_on_the_same_folder(
    qtbot, open_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ),
    )  # fmt: skip
    try:
        assert writer.stdout is not None and writer.stdin is not None
        assert writer.stdout.readline().strip() == "locked"
        window = open_window(root)
        assert window.service.read_only  # the other process writes
        chosen, other = window.model.brochures[0], window.model.brochures[1]
        window.select_brochure(chosen.id)
        writer.stdin.write(f"{other.id}\tVon nebenan geändert\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "done"
        qtbot.waitUntil(
            lambda: any(b.title == "Von nebenan geändert" for b in window.model.all), timeout=WAIT
        )
        changed = next(b for b in window.model.all if b.id == other.id)
        assert "Anderswo" in changed.tags
        assert [b.id for b in window.selected()] == [chosen.id]  # the selection stays
        assert window.details.brochure is not None and window.details.brochure.id == chosen.id
    finally:
        if writer.stdin:
            writer.stdin.close()
        writer.wait(timeout=30)


def test_the_window_takes_a_catalog_synced_from_another_machine(
    qtbot, open_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    root = sample_library(tmp_path / "lib")
    elsewhere = tmp_path / "elsewhere" / "lib"
    shutil.copytree(root, elsewhere)
    window = open_window(root)
    assert not window.service.read_only
    chosen = window.model.brochures[0]
    window.select_brochure(chosen.id)
    other = window.model.brochures[-1]

    own_cache = os.environ["BROCHUREDESK_CACHE"]
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(tmp_path / "other-machine"))
    with open_library(elsewhere) as library:
        open_index(library).close()
        library.catalog.update(other.id, title="Auf dem Laptop umbenannt")
    monkeypatch.setenv("BROCHUREDESK_CACHE", own_cache)
    # The sync client puts the new catalog.json in place (a whole file, renamed over).
    shutil.copyfile(elsewhere / "catalog.json", root / ".catalog.sync.tmp")
    os.replace(root / ".catalog.sync.tmp", root / "catalog.json")

    qtbot.waitUntil(
        lambda: any(b.title == "Auf dem Laptop umbenannt" for b in window.model.all), timeout=WAIT
    )
    assert [b.id for b in window.selected()] == [chosen.id]
    window.search.setText("Laptop umbenannt")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=WAIT)
    brochure, _result, _hit = window.results.index(0, 0).data(BrochureRole)
    assert brochure.id == other.id  # this machine's index took the new title in


def test_two_writers_on_one_folder_both_keep_their_edits(qtbot, open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two machines on one library folder (a file share): both write at the same time; the
    window shows the other's edits within seconds, and neither loses its own."""
    root = sample_library(tmp_path / "lib")
    env = dict(os.environ, BROCHUREDESK_CACHE=str(tmp_path / "other-machine"))
    window = open_window(root)
    assert not window.service.read_only
    other = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline().strip() == "locked"  # not read-only: its own lock
        mine, theirs = window.model.brochures[0], window.model.brochures[1]
        window.select_brochure(mine.id)
        other.stdin.write(f"{theirs.id}\tIm Büro nebenan geändert\n")
        other.stdin.flush()
        window.service.tag([mine.id], ["Meins"])  # at the same time, here
        assert other.stdout.readline().strip() == "done"
        qtbot.waitUntil(
            lambda: any(b.title == "Im Büro nebenan geändert" for b in window.model.all),
            timeout=WAIT,
        )
        here = next(b for b in window.model.all if b.id == mine.id)
        assert "Meins" in here.tags  # our own edit survived theirs
        assert [b.id for b in window.selected()] == [mine.id]
    finally:
        if other.stdin:
            other.stdin.close()
        other.wait(timeout=30)
    window.close()
    with open_library(root, read_only=True) as library:  # the folder holds both
        assert library.catalog.get(theirs.id).title == "Im Büro nebenan geändert"
        assert "Anderswo" in library.catalog.get(theirs.id).tags
        assert "Meins" in library.catalog.get(mine.id).tags


def test_a_brochure_from_another_machine_whose_file_is_still_on_its_way(
    qtbot, open_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The laptop imports a brochure; the sync service brings its change log and the catalog
    before the PDF. The window says whose changes it took in and when; opening the new
    brochure says its file is on its way, not that it is missing."""
    from pdfs import make_pdf

    root = sample_library(tmp_path / "lib")
    laptop = tmp_path / "laptop" / "lib"
    shutil.copytree(root, laptop)
    window = open_window(root)
    own_cache = os.environ["BROCHUREDESK_CACHE"]
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(tmp_path / "laptop-cache"))
    pdf = make_pdf(tmp_path / "vom-laptop.pdf", [["Fachkräfte vom Laptop"]])
    with open_library(laptop) as library:
        new = import_paths(library, [pdf]).added[0]
    monkeypatch.setenv("BROCHUREDESK_CACHE", own_cache)
    shutil.copytree(laptop / "changes", root / "changes", dirs_exist_ok=True)
    shutil.copyfile(laptop / "catalog.json", root / ".catalog.sync.tmp")
    os.replace(root / ".catalog.sync.tmp", root / "catalog.json")

    qtbot.waitUntil(lambda: any(b.id == new.id for b in window.model.all), timeout=WAIT)
    qtbot.waitUntil(
        lambda: "Changes from 1 other machine taken in at" in window.statusBar().currentMessage(),
        timeout=WAIT,
    )
    told: list[str] = []
    monkeypatch.setattr(window, "error", told.append)
    window.open_viewer(next(b for b in window.model.all if b.id == new.id), 1)
    assert len(told) == 1 and "has not arrived yet" in told[0], told
    # a file this machine's own import lost is still called missing
    own = window.model.brochures[0]
    window.service.library.file_path(own).unlink()
    window.open_viewer(own, 1)
    assert "is missing" in told[-1], told
