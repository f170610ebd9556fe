"""The search index is this machine's (DESIGN.md §3 target): it lives in the local cache,
keyed by the library's id, never in the library folder a sync service carries; a catalog
changed elsewhere is brought in row by row, not by a rebuild."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES
from pdfs import make_pdf

from brochuredesk.core.importer.pipeline import import_paths
from brochuredesk.core.library.folder import open_library
from brochuredesk.core.search.index import SearchIndex
from brochuredesk.core.search.manage import catch_up, open_index, search


def machine(monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    """A different cache folder is a different machine."""
    monkeypatch.setenv("BROCHUREDESK_CACHE", str(cache))


def titles_found(root: Path, query: str) -> set[str]:
    with open_library(root) as library:
        index = open_index(library)
        try:
            hits = search(library, index, query).results
            return {library.catalog.get(r.brochure_id).title for r in hits}
        finally:
            index.close()


def samples_library(root: Path) -> tuple[str, Path, dict[str, str]]:
    """The samples imported at `root`: (library id, index path, file name → brochure id)."""
    with open_library(root) as library:
        index = open_index(library)
        import_paths(library, [SAMPLES], index=index)
        index.close()
        ids = {b.original_filename: b.id for b in library.catalog.brochures()}
        return library.library_id, library.index_path, ids


def test_index_lives_in_the_machine_cache_not_in_the_library(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    machine(monkeypatch, tmp_path / "cache-a")
    root = tmp_path / "Bibliothek"
    library_id, index_path, _ = samples_library(root)
    assert index_path == tmp_path / "cache-a" / "libraries" / f"id-{library_id}" / "index.sqlite"
    assert titles_found(root, "Foodstarter")
    assert not list(root.glob("index.sqlite*"))  # no SQLite, no WAL in the synced folder
    # The id travels with the library: renamed or moved, the same index is found.
    moved = tmp_path / "anderswo" / "Umbenannt"
    moved.parent.mkdir()
    shutil.move(root, moved)
    with open_library(moved) as library:
        assert library.library_id == library_id
        assert library.index_path.exists()


def test_an_index_in_the_library_folder_moves_out_on_open(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    machine(monkeypatch, tmp_path / "cache")
    root = tmp_path / "lib"
    _, cached, _ = samples_library(root)
    shutil.move(cached, root / "index.sqlite")  # the layout of round 1
    inode = (root / "index.sqlite").stat().st_ino
    with open_library(root) as library:
        assert not (root / "index.sqlite").exists()
        assert library.index_path.stat().st_ino == inode  # moved, not rebuilt
    assert titles_found(root, "Foodstarter")


def test_changes_from_another_machine_come_in_row_by_row(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root_a = tmp_path / "a" / "lib"
    machine(monkeypatch, tmp_path / "cache-a")
    _, _, ids = samples_library(root_a)
    assert titles_found(root_a, "Clusterservice")

    # The sync service carries the folder to machine B, which edits it there.
    root_b = tmp_path / "b" / "lib"
    shutil.copytree(root_a, root_b)
    machine(monkeypatch, tmp_path / "cache-b")
    new_pdf = make_pdf(tmp_path / "neu.pdf", [["Quantenkommunikation im Mittelstand"]] * 3)
    names = sorted(ids)
    with open_library(root_b) as library:
        index = open_index(library)  # machine B builds its own index
        library.catalog.update(ids[names[0]], title="Zukunftswerkstatt Ostwestfalen")
        library.catalog.tag(ids[names[1]], ["Leuchtturm"])
        library.catalog.remove(ids[names[2]])
        import_paths(library, [new_pdf], index=index)
        index.close()

    # … and carries it back, whole files: catalog.json, files/, thumbnails/.
    shutil.rmtree(root_a)
    shutil.copytree(root_b, root_a)
    machine(monkeypatch, tmp_path / "cache-a")
    with open_library(root_a) as library:
        index = SearchIndex(library.index_path)
        new_id = next(b.id for b in library.catalog.brochures() if b.original_filename == "neu.pdf")
        changed = catch_up(library, index)
        assert changed == 4  # a title, a tag, a removal, a new brochure: nothing else re-read
        assert catch_up(library, index) == 0  # the catalog seen: not even compared again
        with_pages = index.brochures_with_pages()
        assert new_id in with_pages and ids[names[2]] not in with_pages
        index.close()
    assert titles_found(root_a, "Zukunftswerkstatt") == {"Zukunftswerkstatt Ostwestfalen"}
    assert titles_found(root_a, "tag:Leuchtturm")
    assert titles_found(root_a, "Quantenkommunikation")
